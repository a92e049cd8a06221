package dev.intisari.eval.summary;

import dev.intisari.model.Entity;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of an article's entities each sentence names: the distinct entities (as indices into the article's
 * entity list) of every sentence, how often the article mentions each, where each is first named, and
 * whether its name shares a word with the headline; and the seven columns session 10 tried from them
 * ({@link #append}: a summary sentence tends to name the article's main actors, the ones in the headline and
 * in the lead). Not shipped: they gained nothing in cross-validation (docs/summary.md, "Accuracy, session 10").
 */
final class SentenceEntities {
    /** Name words shorter than this are not matched against the headline ("di", "AS" would match too often). */
    private static final int MIN_TITLE_WORD = 3;

    private static final int[] NONE = new int[0];

    /** {@code ids[i]}: the sorted distinct indices of the entities sentence {@code i} mentions. */
    private final int[][] ids;
    /** Mentions of each entity in the article's sentences. */
    private final int[] mentions;
    /** The first sentence naming each entity. */
    private final int[] first;
    /** Sentences naming each entity. */
    private final int[] spread;
    /** Whether each entity's name shares a word with the headline. */
    private final boolean[] inTitle;
    /** The entity with the most mentions (the first named of equals), or -1. */
    private final int top;
    private final int total;

    private SentenceEntities(int[][] ids, int[] mentions, int[] first, int[] spread, boolean[] inTitle) {
        this.ids = ids;
        this.mentions = mentions;
        this.first = first;
        this.spread = spread;
        this.inTitle = inTitle;
        int best = -1;
        int sum = 0;
        for (int e = 0; e < mentions.length; e++) {
            sum += mentions[e];
            if (mentions[e] > 0 && (best < 0 || mentions[e] > mentions[best]
                    || (mentions[e] == mentions[best] && first[e] < first[best]))) {
                best = e;
            }
        }
        this.top = best;
        this.total = sum;
    }

    /** Names of the columns {@link #append} adds, in order. */
    static final List<String> NAMES = List.of("ent_distinct", "ent_top", "ent_salience", "ent_lead", "ent_title",
            "ent_new", "ent_recurring");

    /** The opening sentences {@code ent_lead} compares a sentence with (as {@code sim_max_lead} does). */
    private static final int LEAD = 3;

    /** {@code rows} with {@link #NAMES}' columns appended (new arrays; {@code rows} are not changed). */
    double[][] append(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] r = Arrays.copyOf(rows[i], rows[i].length + NAMES.size());
            int c = rows[i].length;
            r[c++] = Math.log1p(distinct(i));
            r[c++] = namesTop(i) ? 1 : 0;
            r[c++] = salience(i);
            r[c++] = sharedWithLead(i, LEAD);
            r[c++] = inTitle(i);
            r[c++] = introduced(i);
            r[c] = recurring(i);
            out[i] = r;
        }
        return out;
    }

    /** No entities for any of {@code sentences} sentences. */
    static SentenceEntities none(int sentences) {
        int[][] ids = new int[sentences][];
        Arrays.fill(ids, NONE);
        return new SentenceEntities(ids, NONE, NONE, NONE, new boolean[0]);
    }

    /** The entities of the first {@code sentences} sentences of {@code text}; {@code title} may be null. */
    static SentenceEntities of(TokenizedText text, int sentences, List<Entity> entities, String title) {
        if (entities.isEmpty()) {
            return none(sentences);
        }
        int count = entities.size();
        int[] mentions = new int[count];
        int[] first = new int[count];
        int[] sizes = new int[sentences];
        int[][] hits = new int[count][];
        int[] spread = new int[count];
        for (int e = 0; e < count; e++) {
            List<Span> spans = entities.get(e).mentions();
            int[] at = new int[spans.size()];
            int k = 0;
            first[e] = Integer.MAX_VALUE;
            for (Span m : spans) {
                int s = text.sentenceAt(m.start());
                if (s >= 0 && s < sentences) {
                    at[k++] = s;
                    first[e] = Math.min(first[e], s);
                }
            }
            mentions[e] = k;
            at = Arrays.copyOf(at, k);
            Arrays.sort(at);
            int distinct = 0;
            for (int x = 0; x < k; x++) {
                if (distinct == 0 || at[distinct - 1] != at[x]) {
                    at[distinct++] = at[x];
                }
            }
            hits[e] = Arrays.copyOf(at, distinct);
            spread[e] = distinct;
            for (int s : hits[e]) {
                sizes[s]++;
            }
        }
        int[][] ids = new int[sentences][];
        for (int s = 0; s < sentences; s++) {
            ids[s] = sizes[s] == 0 ? NONE : new int[sizes[s]];
            sizes[s] = 0;
        }
        for (int e = 0; e < count; e++) {
            for (int s : hits[e]) {
                ids[s][sizes[s]++] = e;
            }
        }
        Set<String> titleWords = words(title);
        boolean[] inTitle = new boolean[count];
        for (int e = 0; e < count && !titleWords.isEmpty(); e++) {
            for (String w : words(entities.get(e).name())) {
                inTitle[e] |= w.length() >= MIN_TITLE_WORD && titleWords.contains(w);
            }
        }
        return new SentenceEntities(ids, mentions, first, spread, inTitle);
    }

    /** The lower-cased runs of letters and digits of {@code text} (none for null). */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** Distinct entities sentence {@code i} names. */
    int distinct(int i) {
        return ids[i].length;
    }

    /** Whether sentence {@code i} names the article's most mentioned entity. */
    boolean namesTop(int i) {
        return top >= 0 && Arrays.binarySearch(ids[i], top) >= 0;
    }

    /** The share of the article's entity mentions that belong to the entities sentence {@code i} names. */
    double salience(int i) {
        double sum = 0;
        for (int e : ids[i]) {
            sum += mentions[e];
        }
        return total == 0 ? 0 : sum / total;
    }

    /** Entities of sentence {@code i} first named in it. */
    int introduced(int i) {
        int n = 0;
        for (int e : ids[i]) {
            n += first[e] == i ? 1 : 0;
        }
        return n;
    }

    /** Entities of sentence {@code i} that another of the first {@code lead} sentences names too. */
    int sharedWithLead(int i, int lead) {
        int n = 0;
        for (int e : ids[i]) {
            for (int j = 0; j < Math.min(lead, ids.length); j++) {
                if (j != i && Arrays.binarySearch(ids[j], e) >= 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Entities of sentence {@code i} whose name shares a word with the headline. */
    int inTitle(int i) {
        int n = 0;
        for (int e : ids[i]) {
            n += inTitle[e] ? 1 : 0;
        }
        return n;
    }

    /** Entities of sentence {@code i} that other sentences name too. */
    int recurring(int i) {
        int n = 0;
        for (int e : ids[i]) {
            n += spread[e] > 1 ? 1 : 0;
        }
        return n;
    }
}
