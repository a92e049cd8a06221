package dev.intisari.eval.summary;

import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.quote.QuoteExtractor;
import dev.intisari.core.time.DateTagger;
import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.model.DateMention;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Columns from the pipeline's quote and date stages, tried in session 10's cross-validation (feature set
 * "quotesdates"; eval only: the summarizer does not receive those stages' output). Per sentence: a direct
 * quote starts in it, a quote starting in it has a resolved speaker, a reported (indirect) statement starts in
 * it, it holds a date resolved to a day, and one resolved to the publication day or the day before. An IndoSum
 * id starts with the publication's Unix time, read in Jakarta's time zone.
 */
final class QuoteDateColumns {
    static final List<String> NAMES = List.of("q_direct", "q_speaker", "q_reported", "d_day", "d_recent");

    private static final QuoteExtractor QUOTES = new PatternQuoteExtractor();
    private static final DateTagger DATES = new RuleDateTagger();
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private QuoteDateColumns() {
    }

    /** The five columns of every sentence of {@code text}, as rows of their own. */
    static double[][] of(String id, TokenizedText text, List<Entity> entities) {
        int n = text.sentences().size();
        double[][] out = new double[n][NAMES.size()];
        for (Quote q : QUOTES.extract(id, text, entities, "id")) {
            if (q.sentence() >= 0 && q.sentence() < n) {
                double[] r = out[q.sentence()];
                r[0] = q.direct() ? 1 : r[0];
                r[1] = q.speaker() != null ? 1 : r[1];
                r[2] = q.direct() ? r[2] : 1;
            }
        }
        LocalDate published = published(id);
        for (DateMention d : DATES.tag(text, published)) {
            int s = text.sentenceAt(d.span().start());
            if (s < 0 || d.value() == null || d.value().length() != 10) {
                continue;
            }
            out[s][3] = 1;
            LocalDate day = LocalDate.parse(d.value());
            if (published != null && !day.isAfter(published) && !day.isBefore(published.minusDays(1))) {
                out[s][4] = 1;
            }
        }
        return out;
    }

    /** The publication day of an IndoSum id ("1494440391-..."), or null. */
    static LocalDate published(String id) {
        int dash = id.indexOf('-');
        try {
            long seconds = Long.parseLong(dash < 0 ? id : id.substring(0, dash));
            return Instant.ofEpochSecond(seconds).atZone(JAKARTA).toLocalDate();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code rows} with {@code columns} appended (new arrays). */
    static double[][] append(double[][] rows, double[][] columns) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Arrays.copyOf(rows[i], rows[i].length + columns[i].length);
            System.arraycopy(columns[i], 0, out[i], rows[i].length, columns[i].length);
        }
        return out;
    }
}
