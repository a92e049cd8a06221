package dev.intisari.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: scripts {@code migrations/V001__name.sql}, {@code V002__...} listed in
 * {@code migrations/index.txt}, applied in order, each in its own transaction together with its row in
 * {@code schema_version}, so a crash never leaves half a migration behind.
 */
final class Migrations {
    private static final String BASE = "/dev/intisari/store/migrations/";

    private Migrations() {
    }

    /** The scripts, in order. */
    static List<String> scripts() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Brings the schema up to date; returns the resulting version. */
    static int migrate(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        }
        int current = version(db);
        List<String> scripts = scripts();
        for (int i = current; i < scripts.size(); i++) {
            String name = scripts.get(i);
            int number = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (number != i + 1) {
                throw new IllegalStateException("migration " + name + " is out of order; expected number " + (i + 1));
            }
            boolean auto = db.getAutoCommit();
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : statements(resource(name))) {
                    s.execute(sql);
                }
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT INTO schema_version(version, name) VALUES (?, ?)")) {
                    p.setInt(1, number);
                    p.setString(2, name);
                    p.executeUpdate();
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(auto);
            }
        }
        return version(db);
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Splits a script at semicolons ending a line; {@code --} comments are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
