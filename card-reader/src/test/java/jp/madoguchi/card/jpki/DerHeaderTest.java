package jp.madoguchi.card.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerHeaderTest {
    @ParameterizedTest(name = "{0} -> header {1}, content {2}")
    @CsvSource({
        "30 05 01 02, 2, 5",
        "30 7F, 2, 127",
        "30 81 80, 3, 128",
        "30 81 FF 00, 3, 255",
        "30 82 03 6B, 4, 875",
        "30 82 7F FB, 4, 32763",
    })
    void readsEveryLengthForm(String prefix, int header, int content) throws Exception {
        assertThat(parse(prefix)).contains(new DerHeader(header, content));
    }

    @ParameterizedTest(name = "{0} needs more bytes")
    @CsvSource({"30", "30 81", "30 82 03", "30 83 01 00"})
    void asksForMoreWhenTheHeaderIsCut(String prefix) throws Exception {
        assertThat(parse(prefix)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "FF FF FF FF | does not start with a DER SEQUENCE (starts FF FF FF FF)",
        "04 82 03 6B | does not start with a DER SEQUENCE",
        "30 80 02 01 | indefinite length",
        "30 84 00 00 03 6B | 4-byte length field",
        "30 00 | SEQUENCE is empty",
        "30 81 05 00 | non-minimal length encoding",
        "30 82 00 FF | non-minimal length encoding",
        "30 83 00 03 6B | non-minimal length encoding",
        "30 83 01 00 00 | beyond what READ BINARY can address",
        "30 82 80 00 | beyond what READ BINARY can address",
    })
    void rejectsGarbage(String prefix, String reason) {
        assertThatThrownBy(() -> parse(prefix))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
                    assertThat(e.getMessage()).contains("Reading JPKI/000A").contains("malformed DER")
                            .contains(reason);
                });
    }

    private static Optional<DerHeader> parse(String hex) throws CardFaultException {
        byte[] bytes = Hex.parse(hex);
        return DerHeader.parse(bytes, bytes.length, "Reading JPKI/000A");
    }
}
