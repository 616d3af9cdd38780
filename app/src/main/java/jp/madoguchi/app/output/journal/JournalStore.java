package jp.madoguchi.app.output.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file behind the journal. WAL with {@code synchronous=FULL}: a record is on disk when its insert returns,
 * which is what lets a {@code kill -9} lose nothing that was acknowledged. One connection, one writer.
 */
final class JournalStore implements AutoCloseable {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS journal (
              seq INTEGER PRIMARY KEY, visit TEXT NOT NULL, at TEXT NOT NULL, type TEXT NOT NULL,
              body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS journal_visit ON journal (visit);
            """;
    private static final String COLUMNS = "seq, visit, at, type, body, prev_hash, hash";

    /** Null for a journal file that is not there: nothing to read, and nothing may be written. */
    private final Connection connection;

    private JournalStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens the file for the kiosk, creating the tables in a new or empty file. A database that has tables but not
     * the journal's is another program's: it is refused rather than written into.
     */
    static JournalStore open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            if (!hasJournal(connection) && hasTables(connection)) {
                throw new SQLException(file + " is another program's database, not a Madoguchi journal");
            }
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
            for (String statement : SCHEMA.split(";")) {
                if (!statement.isBlank()) {
                    s.executeUpdate(statement);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new JournalStore(connection);
    }

    /**
     * Opens the file for reading only ({@code journal verify}, {@code export}): SQLite is asked not to write, and a
     * file without the journal's table is refused, so the evidence is never changed by looking at it.
     */
    static JournalStore openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            if (!hasJournal(connection)) {
                throw new SQLException(file + " is not a Madoguchi journal (it has no journal table"
                        + (Files.isRegularFile(file) && file.toFile().length() == 0 ? ": the file is empty)" : ")"));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new JournalStore(connection);
    }

    /** The store of a journal file that is missing: it reads as no records and takes none. */
    static JournalStore absent() {
        return new JournalStore(null);
    }

    /**
     * True for a journal written before the anchor existed (its card-hash secret table gives it away): such a file
     * is anchored when the kiosk first opens it, instead of being refused for a missing anchor.
     */
    synchronized boolean predatesAnchors() throws SQLException {
        return connection != null
                && count(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'installation'") > 0;
    }

    private static boolean hasJournal(Connection connection) throws SQLException {
        return count(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'journal'") > 0;
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        return count(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") > 0;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    synchronized Optional<StoredRecord> last() throws SQLException {
        List<StoredRecord> rows = query("SELECT " + COLUMNS + " FROM journal ORDER BY seq DESC LIMIT 1");
        return rows.stream().findFirst();
    }

    synchronized void insert(StoredRecord r) throws SQLException {
        if (connection == null) {
            throw new SQLException("the journal file is missing");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, r.seq());
            insert.setString(2, r.visit());
            insert.setString(3, r.at());
            insert.setString(4, r.type());
            insert.setString(5, r.body());
            insert.setString(6, r.prevHash());
            insert.setString(7, r.hash());
            insert.executeUpdate();
        }
    }

    synchronized List<StoredRecord> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM journal ORDER BY seq");
    }

    /** The records after {@code seq}, in order: what another process appended since. */
    synchronized List<StoredRecord> after(long seq) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM journal WHERE seq > ? ORDER BY seq", Long.toString(seq));
    }

    synchronized List<StoredRecord> visit(String visit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM journal WHERE visit = ? ORDER BY seq", visit);
    }

    private List<StoredRecord> query(String sql, String... params) throws SQLException {
        if (connection == null) {
            return List.of();
        }
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setString(i + 1, params[i]);
            }
            List<StoredRecord> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return rows;
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
