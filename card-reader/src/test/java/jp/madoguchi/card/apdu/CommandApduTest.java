package jp.madoguchi.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandApduTest {
    @Test
    void encodesTheFourShortCases() {
        assertThat(Hex.of(CommandApdu.of(0x00, 0x20, 0x00, 0x80).bytes())).isEqualTo("00200080");
        assertThat(Hex.of(CommandApdu.expecting(0x00, 0xB0, 0x01, 0x00, 256).bytes())).isEqualTo("00B0010000");
        assertThat(Hex.of(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.parse("0018")).bytes()))
                .isEqualTo("00A4020C020018");
        assertThat(Hex.of(CommandApdu.of(0x80, 0x2A, 0x00, 0x80, new byte[] {1, 2}, 256).bytes()))
                .isEqualTo("802A008002010200");
    }

    @Test
    void exposesHeaderDataAndNe() {
        CommandApdu read = CommandApdu.expecting(0x00, 0xB0, 0x03, 0x00, 0x6F);
        assertThat(read.ins()).isEqualTo(0xB0);
        assertThat(read.p1()).isEqualTo(3);
        assertThat(read.ne()).isEqualTo(0x6F);
        assertThat(read.data()).isEmpty();
        CommandApdu select = CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.parse("000A"));
        assertThat(select.data()).containsExactly(0x00, 0x0A);
        assertThat(select.ne()).isZero();
        assertThat(select.withNe(4).bytes()).containsExactly(0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x0A, 0x04);
    }

    @Test
    void rejectsMalformedAndOversizedCommands() {
        assertThatThrownBy(() -> new CommandApdu(new byte[] {0, 1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandApdu(Hex.parse("00A4020C05AABB")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandApdu.of(0, 0xD6, 0, 0, new byte[256]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandApdu.expecting(0, 0xB0, 0, 0, 257)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutable() {
        byte[] raw = Hex.parse("00A4020C020018");
        CommandApdu apdu = new CommandApdu(raw);
        raw[6] = 0x1B;
        apdu.bytes()[6] = 0x1B;
        assertThat(Hex.of(apdu.bytes())).isEqualTo("00A4020C020018");
    }

    @Test
    void neverPrintsPinBodies() {
        for (int ins : new int[] {0x20, 0x24, 0x2C}) {
            CommandApdu apdu = CommandApdu.of(0x00, ins, 0x00, 0x80, "9753".getBytes());
            assertThat(apdu.carriesSecret()).isTrue();
            assertThat(apdu.toLogString()).doesNotContain("39373533").contains("redacted");
            assertThat(apdu.toString()).doesNotContain("39373533").doesNotContain("9753");
        }
        assertThat(CommandApdu.of(0x00, 0x20, 0x00, 0x80).toLogString()).isEqualTo("00200080");
    }

    @Test
    void wipeClearsTheBody() {
        CommandApdu apdu = CommandApdu.of(0x00, 0x20, 0x00, 0x80, "1234".getBytes());
        apdu.wipe();
        // bytes() returns a copy of the internal array, so this proves the internal copy is zeroed
        assertThat(apdu.bytes()).containsOnly(0x00, 0x20, 0x80);
    }
}
