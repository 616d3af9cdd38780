package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.Apdus.SELECT_JPKI;
import static jp.madoguchi.card.virtual.Apdus.data;
import static jp.madoguchi.card.virtual.Apdus.read;
import static jp.madoguchi.card.virtual.Apdus.selectEf;
import static jp.madoguchi.card.virtual.Apdus.send;
import static jp.madoguchi.card.virtual.Apdus.sw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SELECT, READ BINARY and the catch-all status words, as OpenSC and the kiosk send them. */
class CommandSetTest {
    private final VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());

    @Test
    void atrIsTheOneOpenScMatches() {
        assertThat(Hex.of(card.atr())).isEqualTo("3BE000FF8131FE4514");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00A4040C0AD392F000260100000001", "00A404000AD392F000260100000001",
        "00A404000AD392F00026010000000100"})
    void selectsTheJpkiApWithOrWithoutFci(String select) {
        assertThat(send(card, select)).isEqualTo(0x9000);
    }

    /** The probes OpenSC 0.23 sends before its jpki driver (docs/card.md); 9000 would let them claim the card. */
    @ParameterizedTest
    @ValueSource(strings = {"00A4040007627601FF000000", "00A4040006A00000000101",
        "00A404000BE82B0601040181C31F020100", "00A4040C0FD23300000045737445494420763335",
        "00A4040009A0000003080000100000", "00A4040C07A000000116DB0000", "00A4040C07A000000079100000",
        "00A404000CF276A288BCFBA69D34F3100100", "00A4040009A0000003974254465900", "00A4040006D2760001240100",
        "00A4040C0AD3921000310001010402"})
    void unknownApplicationsAreNotFound(String probe) {
        assertThat(send(card, probe)).isEqualTo(0x6A82);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00CADF3005", "00CB3FFF035C017E08", "00C0000000", "00880000020102", "0084000008"})
    void unknownInstructionsAre6D00(String command) {
        assertThat(send(card, command)).isEqualTo(0x6D00);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0CA4040C0AD392F000260100000001", "01B0000004", "FF20008000", "A0B0000004"})
    void unknownClassesAre6E00(String command) {
        assertThat(send(card, command)).isEqualTo(0x6E00);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00A404", "00A4040C0AD392", "00A4040C0AD392F00026010000000100FF", "00B00000000100",
        "00A4040C000000"})
    void malformedAndExtendedApdusAre6700(String command) {
        assertThat(send(card, command)).isEqualTo(0x6700);
    }

    @Test
    void efsAreSelectedOnlyWithP1Equal02() {
        send(card, SELECT_JPKI);
        assertThat(send(card, "00A4020C02000A")).isEqualTo(0x9000);
        assertThat(send(card, "00A4090C02000A")).isEqualTo(0x6A86);
        assertThat(send(card, "00A4010C02000A")).isEqualTo(0x6A86);
        assertThat(send(card, "00A4080C02000A")).isEqualTo(0x6A86);
        assertThat(send(card, "00A4020402000A")).isEqualTo(0x6A86);
    }

    @Test
    void unknownEfsAndEfsWithoutAnApAreNotFound() {
        assertThat(send(card, selectEf(JpkiFile.AUTH_CERT))).isEqualTo(0x6A82);
        send(card, SELECT_JPKI);
        assertThat(send(card, selectEf(0x3F00))).isEqualTo(0x6A82);
        assertThat(send(card, selectEf(0x0009))).isEqualTo(0x6A82);
        assertThat(send(card, "00A4020C03000A00")).isEqualTo(0x6700);
    }

    @Test
    void readsTheAuthCertificateTheWayOpenScDoes() throws Exception {
        byte[] der = card.authCertificate().getEncoded();
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.AUTH_CERT));
        byte[] header = data(card.process(read(0, 4)));
        assertThat(header[0]).isEqualTo((byte) 0x30);
        assertThat(header[1]).isEqualTo((byte) 0x82);
        int size = (((header[2] & 0xFF) << 8) | (header[3] & 0xFF)) + 4;
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int offset = 0; offset < size; offset += 256) {
            byte[] response = card.process(read(offset, Math.min(256, size - offset)));
            assertThat(sw(response)).isEqualTo(0x9000);
            whole.writeBytes(data(response));
        }
        assertThat(whole.toByteArray()).isEqualTo(der);
    }

    @Test
    void readReturnsFewerBytesAtTheEndAnd6B00FromTheEndOn() throws Exception {
        int size = card.authCertificate().getEncoded().length;
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.AUTH_CERT));
        byte[] tail = card.process(read(size - 10, 0));
        assertThat(sw(tail)).isEqualTo(0x9000);
        assertThat(data(tail)).hasSize(10);
        assertThat(sw(card.process(read(size, 1)))).isEqualTo(0x6B00);
        assertThat(sw(card.process(read(size + 1, 1)))).isEqualTo(0x6B00);
        assertThat(sw(card.process(read(0x7FFF, 1)))).isEqualTo(0x6B00);
    }

    @Test
    void readByShortEfIdSelectsTheFile() {
        send(card, SELECT_JPKI);
        byte[] response = card.process(Hex.parse("00B0880003"));
        assertThat(Hex.of(response)).isEqualTo("8F8F009000");
        assertThat(Hex.of(card.process(read(0, 3)))).isEqualTo("8F8F009000");
        assertThat(send(card, "00B0890001")).isEqualTo(0x6A82);
    }

    @Test
    void readWithoutACurrentEfIs6986AndOnAPinOrKeyIs6981() {
        send(card, SELECT_JPKI);
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6986);
        send(card, selectEf(JpkiFile.AUTH_PIN));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6981);
        send(card, selectEf(JpkiFile.AUTH_KEY));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6981);
    }

    @Test
    void readNeedsLeAndNoData() {
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.TOKEN_INFO));
        assertThat(send(card, "00B00000")).isEqualTo(0x6700);
        assertThat(send(card, "00B000000100")).isEqualTo(0x6700);
    }

    @Test
    void tokenInfoIs160BytesWithTheMyNumberLabel() {
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.TOKEN_INFO));
        byte[] info = data(card.process(read(0, 0)));
        assertThat(info).hasSize(160);
        assertThat(new String(info, 0, 32, StandardCharsets.US_ASCII))
                .isEqualTo(String.format("%-32s", "JPKIAPICCTOKEN2"));
        // CK_TOKEN_INFO: flags at 96, then 4 session counts, then ulMaxPinLen and ulMinPinLen (4-byte BE).
        assertThat(Arrays.copyOfRange(info, 96, 100)).containsExactly(0, 0, 4, 0x0D);
        assertThat(Arrays.copyOfRange(info, 116, 124)).containsExactly(0, 0, 0, 16, 0, 0, 0, 6);
    }

    @Test
    void signCaAndAuthCaCertificatesAreFree() throws Exception {
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.AUTH_CA_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x9000);
        send(card, selectEf(JpkiFile.SIGN_CA_CERT));
        byte[] head = data(card.process(read(0, 16)));
        assertThat(head).isEqualTo(Arrays.copyOf(card.signCaCertificate().getEncoded(), 16));
    }

    @Test
    void countsEveryApduIncludingMalformedOnes() {
        send(card, SELECT_JPKI);
        send(card, "00");
        send(card, "FF000000");
        assertThat(card.apduCount()).isEqualTo(3);
    }
}
