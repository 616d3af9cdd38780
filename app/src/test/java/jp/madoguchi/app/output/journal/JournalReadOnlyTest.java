package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify and export look at evidence: before, opening an empty file or another database wrote tables into it. */
class JournalReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefusedAndLeftEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("journal.db"));

        assertThatThrownBy(() -> Journal.openReadOnly(empty)).isInstanceOf(JournalException.class)
                .hasMessageContaining("is not a Madoguchi journal").hasMessageContaining("the file is empty");

        assertThat(Files.size(empty)).isZero();
        assertThat(files()).containsExactly("journal.db");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndNotChanged() throws Exception {
        Path other = dir.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);

        assertThatThrownBy(() -> Journal.openReadOnly(other)).hasMessageContaining("no journal table");
        assertThatThrownBy(() -> Journal.open(other, java.time.Clock.systemUTC()))
                .hasMessageContaining("is not a Madoguchi journal");

        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(tables(other)).containsExactly("photo");
    }

    @Test
    void aFileThatIsNotSqliteAtAllIsRefusedWithoutATrace() throws Exception {
        Path text = Files.writeString(dir.resolve("journal.db"), "not a database, just text\n".repeat(200));

        assertThatThrownBy(() -> Journal.openReadOnly(text)).isInstanceOf(JournalException.class)
                .hasMessageContaining("cannot read the journal");
        assertThat(Files.readString(text)).startsWith("not a database");
    }

    private List<String> files() throws Exception {
        try (var listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> tables(Path db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
