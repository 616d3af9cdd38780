package jp.madoguchi.app.output.printing.cups;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IPP/1.1 binary encoding (RFC 8010), only as far as the kiosk needs: requests with operation attributes, and
 * responses read into groups of name → values, integers and enums as numbers, everything else as text.
 */
final class IppMessage {
    static final int TAG_OPERATION = 0x01;
    static final int TAG_JOB = 0x02;
    static final int TAG_END = 0x03;
    static final int TAG_PRINTER = 0x04;
    static final int INTEGER = 0x21;
    static final int BOOLEAN = 0x22;
    static final int ENUM = 0x23;
    static final int KEYWORD = 0x44;
    static final int URI = 0x45;
    static final int CHARSET = 0x47;
    static final int LANGUAGE = 0x48;
    static final int NAME = 0x42;

    private IppMessage() {}

    /** One attribute group of a response. */
    record Group(int tag, Map<String, List<Object>> attributes) {
        String text(String name) {
            List<Object> values = attributes.get(name);
            return values == null || values.isEmpty() ? "" : values.get(0).toString();
        }

        int number(String name) {
            List<Object> values = attributes.get(name);
            return values != null && !values.isEmpty() && values.get(0) instanceof Integer i ? i : -1;
        }

        List<String> texts(String name) {
            return attributes.getOrDefault(name, List.of()).stream().map(Object::toString).toList();
        }
    }

    record Response(int status, List<Group> groups) {
        boolean ok() {
            return status < 0x0100;
        }

        List<Group> groups(int tag) {
            return groups.stream().filter(g -> g.tag() == tag).toList();
        }
    }

    /** A request: version 2.0, charset and language first as RFC 8011 requires, then {@code attributes}. */
    static byte[] request(int operation, int requestId, List<Object[]> attributes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(0x0200);
            out.writeShort(operation);
            out.writeInt(requestId);
            out.writeByte(TAG_OPERATION);
            write(out, CHARSET, "attributes-charset", "utf-8");
            write(out, LANGUAGE, "attributes-natural-language", "en");
            for (Object[] attribute : attributes) {
                int tag = (Integer) attribute[0];
                String name = (String) attribute[1];
                for (int i = 2; i < attribute.length; i++) {
                    write(out, tag, i == 2 ? name : "", (String) attribute[i]);
                }
            }
            out.writeByte(TAG_END);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        in.readUnsignedShort();
        int status = in.readUnsignedShort();
        in.readInt();
        List<Group> groups = new ArrayList<>();
        Map<String, List<Object>> current = null;
        String lastName = "";
        while (true) {
            int tag = in.readUnsignedByte();
            if (tag == TAG_END) {
                return new Response(status, groups);
            }
            if (tag < 0x10) {
                current = new LinkedHashMap<>();
                groups.add(new Group(tag, current));
                continue;
            }
            if (current == null) {
                throw new EOFException("IPP value before any group");
            }
            String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
            byte[] value = in.readNBytes(in.readUnsignedShort());
            lastName = name.isEmpty() ? lastName : name;
            current.computeIfAbsent(lastName, n -> new ArrayList<>()).add(decode(tag, value));
        }
    }

    private static Object decode(int tag, byte[] value) {
        if ((tag == INTEGER || tag == ENUM) && value.length == 4) {
            return ByteBuffer.wrap(value).getInt();
        }
        if (tag == BOOLEAN && value.length == 1) {
            return value[0] != 0;
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    private static void write(DataOutputStream out, int tag, String name, String value) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(tag);
        out.writeShort(n.length);
        out.write(n);
        out.writeShort(v.length);
        out.write(v);
    }
}
