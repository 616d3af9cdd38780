package jp.madoguchi.app.output.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** fsync of a directory, so a file created or renamed in it survives a power cut (Linux allows it; others may not). */
final class Durable {
    private Durable() {}

    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Linux")) {
                return;
            }
            throw e;
        }
    }
}
