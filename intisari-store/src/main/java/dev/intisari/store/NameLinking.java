package dev.intisari.store;

import dev.intisari.core.entity.NameTally;
import dev.intisari.core.entity.Renaming;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;

import java.io.IOException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Entity linking across everything ingested, not one batch: the linker's tally (names, spellings, short forms)
 * is read from {@code linking_state} on first use, each batch is added to it and renamed by it, and it is
 * written back inside a batch's transaction at most every {@value #SAVE_EVERY_SECONDS} seconds (or ten times as
 * long as the last write took, so a large tally costs a bounded share of the run) and at the end of a run. "Peskov" ingested today takes "Dmitry Peskov" from last week's run. Articles stored earlier keep
 * the names they were stored with. A tally that no longer reads back (the variant table or the classes
 * changed), or a linker whose tally cannot be kept, starts counting afresh. One ingest at a time uses it.
 */
final class NameLinking {
    private static final long SAVE_EVERY_SECONDS = 2;

    private final Store store;
    private final Pipeline pipeline;
    private NameTally tally;
    private boolean unsaved;
    private long lastSave = System.nanoTime();
    private long lastSaveTook;

    NameLinking(Store store, Pipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    /** The batch with its entities named as over everything ingested so far and the batch itself. */
    List<Article> link(List<Article> batch) throws IOException {
        if (tally == null) {
            tally = load();
        }
        if (!(tally instanceof Serializable)) {
            return pipeline.link(batch);
        }
        batch.forEach(tally::add);
        unsaved = true;
        Renaming renaming = tally.renaming();
        return batch.stream().map(renaming::apply).toList();
    }

    /** Writes the tally in {@code db}'s transaction when there is something new and it is due, or {@code now}. */
    void save(Connection db, boolean now) throws SQLException {
        long since = System.nanoTime() - lastSave;
        if (!unsaved || !now && (since < SAVE_EVERY_SECONDS * 1_000_000_000L || since < 10 * lastSaveTook)) {
            return;
        }
        long start = System.nanoTime();
        byte[] bytes = SerialBlob.write((Serializable) tally, "entity linking state");
        Sql.update(db, "INSERT INTO linking_state(id, state) VALUES (1, ?)"
                + " ON CONFLICT(id) DO UPDATE SET state = excluded.state", bytes);
        unsaved = false;
        lastSave = System.nanoTime();
        lastSaveTook = lastSave - start;
    }

    /** Whether a batch was linked since the tally was last written. */
    boolean unsaved() {
        return unsaved;
    }

    private NameTally load() throws IOException {
        byte[] bytes = store.read(db -> {
            try (PreparedStatement p = db.prepareStatement("SELECT state FROM linking_state");
                 ResultSet r = p.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        });
        NameTally kept = bytes == null ? null : SerialBlob.read(bytes, NameTally.class);
        return kept != null ? kept : pipeline.tally();
    }
}
