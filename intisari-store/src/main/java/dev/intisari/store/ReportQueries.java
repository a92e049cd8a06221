package dev.intisari.store;

import static dev.intisari.store.Sql.count;
import static dev.intisari.store.Sql.prepare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The readers' error reports on key points: stored, listed and counted per key point. */
final class ReportQueries {
    private ReportQueries() {
    }

    /** Stores a report and returns it as stored (with its id and time). */
    static ErrorReport add(Connection db, ErrorReport report, String client) throws SQLException {
        try (PreparedStatement p = prepare(db, "INSERT INTO reports(story_id, key_point, reason, comment, client,"
                + " created_at) VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                report.story(), report.keyPoint(), report.reason(), report.comment(), client)) {
            p.executeUpdate();
        }
        long id = count(db, "SELECT last_insert_rowid()");
        return reports(db, "SELECT id, story_id, key_point, reason, comment, created_at FROM reports WHERE id = ?",
                id).get(0);
    }

    /** The reports on a story, oldest first. */
    static List<ErrorReport> of(Connection db, String storyId) throws SQLException {
        return reports(db, "SELECT id, story_id, key_point, reason, comment, created_at FROM reports"
                + " WHERE story_id = ? ORDER BY id", storyId);
    }

    /** Reports per key point of a story. */
    static Map<String, Integer> counts(Connection db, String storyId) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement p = prepare(db, "SELECT key_point, COUNT(*) FROM reports WHERE story_id = ?"
                + " GROUP BY key_point", storyId);
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2));
            }
        }
        return out;
    }

    private static List<ErrorReport> reports(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(db, sql, args); ResultSet r = p.executeQuery()) {
            List<ErrorReport> out = new ArrayList<>();
            while (r.next()) {
                out.add(new ErrorReport(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6)));
            }
            return out;
        }
    }
}
