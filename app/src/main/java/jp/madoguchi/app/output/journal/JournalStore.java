package jp.madoguchi.app.output.journal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite file behind the journal. WAL with {@code synchronous=FULL}: a record is on disk when its insert returns,
 * which is what lets a {@code kill -9} lose nothing that was acknowledged. One connection, one writer.
 */
final class JournalStore implements AutoCloseable {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS installation (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS journal (
              seq INTEGER PRIMARY KEY, visit TEXT NOT NULL, at TEXT NOT NULL, type TEXT NOT NULL,
              body TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS journal_visit ON journal (visit);
            """;
    private static final String COLUMNS = "seq, visit, at, type, body, prev_hash, hash";

    private final Connection connection;

    private JournalStore(Connection connection) {
        this.connection = connection;
    }

    static JournalStore open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
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

    /** The per-installation salt for card hashes, created on first use and kept in the same file. */
    synchronized String salt(String key) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT value FROM installation WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        String value = HexFormat.of().formatHex(salt);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO installation VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
        return value;
    }

    synchronized Optional<StoredRecord> last() throws SQLException {
        List<StoredRecord> rows = query("SELECT " + COLUMNS + " FROM journal ORDER BY seq DESC LIMIT 1");
        return rows.stream().findFirst();
    }

    synchronized void insert(StoredRecord r) throws SQLException {
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
        connection.close();
    }
}
