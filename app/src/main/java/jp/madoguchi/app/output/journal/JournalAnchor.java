package jp.madoguchi.app.output.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The journal's head (record count and newest hash) kept outside the SQLite file, in {@code journal.db.anchor}, so
 * that what the file cannot tell about itself is found: a truncated or emptied file, a {@code .db} without its
 * {@code -wal}, another file in its place. Two fixed slots written in turn, each with a CRC and fsynced: a power
 * cut mid-write spoils at most the slot being written, and the other still holds the head before it.
 */
final class JournalAnchor implements AutoCloseable {
    private static final int SLOT = 128;
    private static final String MAGIC = "madoguchi-journal-anchor 1";

    /** What the anchor says the journal held. */
    record Mark(long records, String head) {}

    private final FileChannel channel;

    private JournalAnchor(FileChannel channel) {
        this.channel = channel;
    }

    static Path beside(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".anchor");
    }

    /** The newest intact slot; empty when there is no anchor file. */
    static Optional<Mark> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > 2 * SLOT) {
            throw new IOException(file + " is not a journal anchor (" + Files.size(file) + " bytes)");
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<Mark> best = Optional.empty();
        for (int at = 0; at + SLOT <= bytes.length; at += SLOT) {
            Optional<Mark> slot = parse(new String(bytes, at, SLOT, StandardCharsets.US_ASCII));
            if (slot.isPresent() && (best.isEmpty() || slot.get().records() > best.get().records())) {
                best = slot;
            }
        }
        return Optional.of(best.orElseThrow(() -> new IOException(file + " holds no readable journal anchor")));
    }

    /** Opens the anchor for writing, creating it (0600) with {@code first} when missing. */
    static JournalAnchor open(Path file, Mark first) throws IOException {
        boolean create = !Files.exists(file);
        if (create) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        JournalAnchor anchor = new JournalAnchor(FileChannel.open(file, StandardOpenOption.WRITE));
        if (create) {
            anchor.write(0, first);
            anchor.write(1, first);
            Durable.syncDirectory(file.toAbsolutePath().getParent());
        }
        return anchor;
    }

    /** Records that the journal now holds {@code mark}; on disk when this returns. */
    void advance(Mark mark) throws IOException {
        write((int) (mark.records() % 2), mark);
    }

    private void write(int slot, Mark mark) throws IOException {
        String body = MAGIC + " " + mark.records() + " " + mark.head();
        String line = String.format(Locale.ROOT, "%s %08x", body, crc(body));
        byte[] padded = (line + " ".repeat(SLOT - 1 - line.length()) + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.wrap(padded);
        long at = (long) slot * SLOT;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        channel.force(false);
    }

    private static Optional<Mark> parse(String slot) {
        String[] fields = slot.strip().split(" ");
        if (fields.length != 5 || !(fields[0] + " " + fields[1]).equals(MAGIC)) {
            return Optional.empty();
        }
        String body = MAGIC + " " + fields[2] + " " + fields[3];
        try {
            if (Long.parseLong(fields[4], 16) != crc(body) || !fields[3].matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new Mark(Long.parseLong(fields[2]), fields[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
