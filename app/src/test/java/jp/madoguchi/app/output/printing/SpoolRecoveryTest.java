package jp.madoguchi.app.output.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aMissingSpoolIsCreatedForTheKioskAlone() throws Exception {
        Path spool = dir.resolve("spool");

        assertThat(SpoolRecovery.run(spool)).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool))).isEqualTo("rwx------");
    }

    @Test
    void everyLeftoverIsDeletedAndAWiderSpoolNarrowed() throws Exception {
        Path spool = Files.createDirectory(dir.resolve("spool"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path visit = Files.createDirectories(spool.resolve("V-0123456789abcdef").resolve("nested"));
        Files.writeString(visit.resolveSibling("D-1.pdf"), "%PDF");
        Files.writeString(visit.resolve("D-1-p1.png"), "png");
        Files.writeString(spool.resolve("stray.png"), "png");
        Path outside = Files.writeString(dir.resolve("outside.pdf"), "%PDF");
        Files.createSymbolicLink(spool.resolve("link"), outside);

        assertThat(SpoolRecovery.run(spool)).isEqualTo(4);

        try (var left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
        assertThat(outside).as("a link is removed, not followed").exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool))).isEqualTo("rwx------");
    }
}
