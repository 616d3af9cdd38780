package jp.madoguchi.card.virtual;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import jp.madoguchi.card.virtual.holder.Person;

/**
 * The two 券面事項入力補助 EFs the virtual card carries, in the card's BER layout (docs/card.md):
 * EF 0001 {@code FF 10 0C <12 digits> FF FF} and EF 0002
 * {@code FF 20 L { DF21 08 <4 offsets>, DF22 氏名, DF23 住所, DF24 YYYYMMDD, DF25 性別 }}.
 */
final class KenhojoRecords {
    private KenhojoRecords() {}

    /** 17 bytes: the tag, 12 ASCII digits and the card's FF FF filler. */
    static byte[] myNumber(String digits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tlv(0xFF10, digits.getBytes(StandardCharsets.US_ASCII)));
        out.write(0xFF);
        out.write(0xFF);
        return out.toByteArray();
    }

    /** 基本4情報. DF21 holds the offsets of DF22..DF25 counted from the start of the file. */
    static byte[] basicFourInfo(Person person) {
        byte[][] fields = {
            tlv(0xDF22, utf8(person.name())),
            tlv(0xDF23, utf8(person.address())),
            tlv(0xDF24, utf8(person.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE))),
            tlv(0xDF25, utf8(person.sex().kenhojoCode()))};
        int offsetTableSize = 3 + 8;
        int contentLength = offsetTableSize;
        for (byte[] field : fields) {
            contentLength += field.length;
        }
        int position = 2 + lengthBytes(contentLength).length + offsetTableSize;
        ByteArrayOutputStream offsets = new ByteArrayOutputStream();
        for (byte[] field : fields) {
            offsets.write(position >> 8);
            offsets.write(position);
            position += field.length;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(tlv(0xDF21, offsets.toByteArray()));
        for (byte[] field : fields) {
            content.writeBytes(field);
        }
        return tlv(0xFF20, content.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag >> 8);
        out.write(tag);
        out.writeBytes(lengthBytes(value.length));
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** BER definite length: short form below 128, else 81 xx or 82 xx xx. */
    private static byte[] lengthBytes(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length <= 0xFF) {
            return new byte[] {(byte) 0x81, (byte) length};
        }
        return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
