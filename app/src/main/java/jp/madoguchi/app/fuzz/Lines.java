package jp.madoguchi.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Line-level edits; the file is split on '\n' bytes, so a mutation before may have left any bytes in a line. */
final class Lines {
    private Lines() {}

    static byte[] delete(byte[] file, Random random) {
        List<byte[]> lines = split(file);
        if (!lines.isEmpty()) {
            lines.remove(random.nextInt(lines.size()));
        }
        return join(lines);
    }

    static byte[] duplicate(byte[] file, Random random) {
        List<byte[]> lines = split(file);
        if (!lines.isEmpty()) {
            int at = random.nextInt(lines.size());
            lines.add(at, lines.get(at));
        }
        return join(lines);
    }

    /** Whatever follows the first {@code ": "} of a random line becomes {@code value}. */
    static byte[] replaceValue(byte[] file, Random random, String value) {
        List<byte[]> lines = split(file);
        if (lines.isEmpty()) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(lines.size());
        byte[] line = lines.get(at);
        int colon = indexOf(line, (byte) ':');
        byte[] head = colon < 0 ? line : Arrays.copyOf(line, colon + 1);
        lines.set(at, Mutation.insert(head, head.length, (" " + value).getBytes(StandardCharsets.UTF_8)));
        return join(lines);
    }

    private static int indexOf(byte[] line, byte wanted) {
        for (int i = 0; i < line.length; i++) {
            if (line[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static List<byte[]> split(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i));
                start = i + 1;
            }
        }
        if (start < file.length) {
            lines.add(Arrays.copyOfRange(file, start, file.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        int size = lines.stream().mapToInt(line -> line.length + 1).sum();
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, out, at, line.length);
            at += line.length;
            out[at++] = '\n';
        }
        return out;
    }
}
