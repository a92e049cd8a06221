package dev.intisari.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The few JDBC shapes the store uses: a statement with its arguments bound, and its result read one way. */
final class Sql {
    /** Ids per {@code IN (...)} query ({@link #selectByIds}). */
    private static final int IN_CHUNK = 500;

    private Sql() {
    }

    /** One row of a result, read by the caller. */
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code select}, whose {@code %s} stands for the placeholders of an {@code IN} list, over {@code ids}
     * in chunks small enough for SQLite's parameter limit, handing every row to {@code row}.
     */
    static void selectByIds(Connection db, String select, List<String> ids, Row row) throws SQLException {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = prepare(db, String.format(Locale.ROOT, select, marks), chunk.toArray());
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }

    static PreparedStatement prepare(Connection db, String sql, Object... args) throws SQLException {
        PreparedStatement p = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
        return p;
    }

    static int update(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args)) {
            return p.executeUpdate();
        }
    }

    static Optional<String> one(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        }
    }

    static List<String> strings(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    static int count(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
