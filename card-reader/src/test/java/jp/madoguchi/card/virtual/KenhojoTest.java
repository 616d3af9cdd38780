package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.Apdus.SELECT_KENHOJO;
import static jp.madoguchi.card.virtual.Apdus.data;
import static jp.madoguchi.card.virtual.Apdus.read;
import static jp.madoguchi.card.virtual.Apdus.selectEf;
import static jp.madoguchi.card.virtual.Apdus.send;
import static jp.madoguchi.card.virtual.Apdus.sw;
import static jp.madoguchi.card.virtual.Apdus.verify;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.holder.Person;
import org.junit.jupiter.api.Test;

/** 券面事項入力補助 AP: 基本4情報 and the (fake) 個人番号 behind PIN 0011 only. */
class KenhojoTest {
    private final VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());

    private void unlock() {
        send(card, SELECT_KENHOJO);
        send(card, selectEf(JpkiFile.KENHOJO_PIN));
        assertThat(send(card, verify("1234"))).isEqualTo(0x9000);
    }

    @Test
    void nothingPersonalIsReadableWithoutThePin() {
        send(card, SELECT_KENHOJO);
        for (int fid : new int[] {0x0001, 0x0002}) {
            send(card, selectEf(fid));
            assertThat(sw(card.process(read(0, 0)))).isEqualTo(0x6982);
        }
        assertThat(send(card, selectEf(0x0014))).isEqualTo(0x6A82);
    }

    @Test
    void myNumberIsAnObviouslyFakeTestNumberInTheCardLayout() {
        unlock();
        send(card, selectEf(0x0001));
        byte[] record = data(card.process(read(0, 17)));
        assertThat(Hex.of(Arrays.copyOf(record, 3))).isEqualTo("FF100C");
        assertThat(new String(record, 3, 12, StandardCharsets.US_ASCII)).isEqualTo("000099990001");
        assertThat(Hex.of(Arrays.copyOfRange(record, 15, 17))).isEqualTo("FFFF");
    }

    @Test
    void basicFourInfoFollowsTheCardLayoutWithWorkingOffsets() {
        unlock();
        send(card, selectEf(0x0002));
        byte[] file = data(card.process(read(0, 0)));
        assertThat(file[0]).isEqualTo((byte) 0xFF);
        assertThat(file[1]).isEqualTo((byte) 0x20);
        Map<String, String> fields = fieldsByOffset(file);
        Person person = Holders.defaultHolder().person();
        assertThat(fields).containsExactly(
                Map.entry("DF22", person.name()),
                Map.entry("DF23", person.address()),
                Map.entry("DF24", "19800401"),
                Map.entry("DF25", "1"));
    }

    /** Follows the DF21 offsets the way a client does, without walking the TLVs. */
    private static Map<String, String> fieldsByOffset(byte[] file) {
        int lengthBytes = (file[2] & 0x80) == 0 ? 1 : 1 + (file[2] & 0x7F);
        int table = 2 + lengthBytes;
        assertThat(Hex.of(Arrays.copyOfRange(file, table, table + 3))).isEqualTo("DF2108");
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            int at = ((file[table + 3 + 2 * i] & 0xFF) << 8) | (file[table + 4 + 2 * i] & 0xFF);
            String tag = Hex.of(Arrays.copyOfRange(file, at, at + 2));
            int length = file[at + 2] & 0xFF;
            int valueAt = at + 3;
            if (length == 0x81) {
                length = file[at + 3] & 0xFF;
                valueAt++;
            }
            fields.put(tag, new String(file, valueAt, length, StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void foreignResidentsNameIsLatin() {
        VirtualMyNumberCard foreign = VirtualMyNumberCard.of(Holders.byId("foreign"));
        send(foreign, SELECT_KENHOJO);
        send(foreign, selectEf(JpkiFile.KENHOJO_PIN));
        send(foreign, verify("1234"));
        send(foreign, selectEf(0x0002));
        byte[] file = data(foreign.process(read(0, 0)));
        assertThat(fieldsByOffset(file)).containsEntry("DF22", "SAMPLE JOHN");
    }

    @Test
    void onlyMyNumberCardsHaveTheKenhojoAp() {
        assertThat(send(VirtualMyNumberCard.of(Holders.byId("juki")), SELECT_KENHOJO)).isEqualTo(0x6A82);
        assertThat(send(VirtualMyNumberCard.of(Holders.byId("smartphone")), SELECT_KENHOJO)).isEqualTo(0x6A82);
    }
}
