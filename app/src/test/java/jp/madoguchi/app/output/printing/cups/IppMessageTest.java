package jp.madoguchi.app.output.printing.cups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IppMessageTest {
    @Test
    void aRequestStartsWithCharsetAndLanguageAndCarriesMultiValuedAttributes() throws IOException {
        byte[] request = IppMessage.request(0x000B, 7, List.<Object[]>of(
                new Object[] {IppMessage.URI, "printer-uri", "ipp://localhost/printers/Q"},
                new Object[] {IppMessage.KEYWORD, "requested-attributes", "printer-state", "printer-state-reasons"}));

        assertThat(request[0]).isEqualTo((byte) 2);
        assertThat(request[3]).as("operation Get-Printer-Attributes").isEqualTo((byte) 0x0B);
        // A request has the same layout as a response, with the operation where the status would be.
        IppMessage.Response parsed = IppMessage.read(new ByteArrayInputStream(request));
        IppMessage.Group operation = parsed.groups(IppMessage.TAG_OPERATION).get(0);
        assertThat(operation.attributes().keySet()).containsExactly("attributes-charset",
                "attributes-natural-language", "printer-uri", "requested-attributes");
        assertThat(operation.texts("requested-attributes")).containsExactly("printer-state", "printer-state-reasons");
    }

    @Test
    void aResponseIsReadIntoGroupsWithNumbersBooleansAndTexts() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0200);
        out.writeShort(0x0000);
        out.writeInt(7);
        out.writeByte(IppMessage.TAG_OPERATION);
        value(out, IppMessage.CHARSET, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        out.writeByte(IppMessage.TAG_PRINTER);
        value(out, IppMessage.ENUM, "printer-state", new byte[] {0, 0, 0, 5});
        value(out, IppMessage.KEYWORD, "printer-state-reasons", "paused".getBytes(StandardCharsets.US_ASCII));
        value(out, IppMessage.KEYWORD, "", "media-empty-error".getBytes(StandardCharsets.US_ASCII));
        value(out, IppMessage.BOOLEAN, "printer-is-accepting-jobs", new byte[] {1});
        value(out, 0x41, "printer-state-message", "用紙切れ".getBytes(StandardCharsets.UTF_8));
        out.writeByte(IppMessage.TAG_END);

        IppMessage.Response response = IppMessage.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(response.ok()).isTrue();
        IppMessage.Group printer = response.groups(IppMessage.TAG_PRINTER).get(0);
        assertThat(printer.number("printer-state")).isEqualTo(5);
        assertThat(printer.texts("printer-state-reasons")).containsExactly("paused", "media-empty-error");
        assertThat(printer.text("printer-is-accepting-jobs")).isEqualTo("true");
        assertThat(printer.text("printer-state-message")).isEqualTo("用紙切れ");
        assertThat(printer.number("missing")).isEqualTo(-1);
    }

    private static void value(DataOutputStream out, int tag, String name, byte[] value) throws IOException {
        out.writeByte(tag);
        out.writeShort(name.length());
        out.writeBytes(name);
        out.writeShort(value.length);
        out.write(value);
    }
}
