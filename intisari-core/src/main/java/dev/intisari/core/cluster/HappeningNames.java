package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A happening named as one unit, as event keys ({@link EventSignals.Kind#HAPPENINGS}): each word of the headline
 * and the lead that names a happening ({@code happening-words.tsv}: "vonis", "bom", "kecelakaan", "ditangkap")
 * with each of the first people and places the lead names, by the entity stage's canonical names in lower case
 * ({@code k:vonis|basuki tjahaja purnama}, {@code k:bom|kampung melayu}). Left out as names: organisations (the
 * police unit, the agency or the outlet that act on or report many happenings), the people quoted (a spokesman
 * speaks on every case of his force) and a place named only in the dateline ("Jakarta , CNN Indonesia - -").
 * One verdict, blast or arrest is covered over the next days by other people from other angles (the police's traffic plan for the verdict, a politician's
 * reaction, the arrests after a bombing) that share few words, but they name the happening and who or where.
 * No day is part of the key: the clusterer's time decay and the key's rarity (an event key in more than 1% of
 * the documents seen is no evidence) bound it. Immutable; the word list is read once.
 */
final class HappeningNames {
    /** The word forms (lower case) and the happening each names, in an open-addressed table by {@link #hash}. */
    private static final String[] FORMS;
    private static final String[] NAMED;
    private static final long[] HASHES;
    /** The longest word form: a longer word is not looked up. */
    private static final int LONGEST;

    static {
        List<String[]> rows = OccasionNames.read("happening-words.tsv").stream().map(line -> line.split("\t"))
                .filter(p -> p.length == 2).toList();
        int size = Integer.highestOneBit(Math.max(4, rows.size() * 4) - 1) << 1;
        FORMS = new String[size];
        NAMED = new String[size];
        HASHES = new long[size];
        int longest = 0;
        for (String[] row : rows) {
            String form = row[0].strip().toLowerCase(Locale.ROOT);
            long h = 0;
            for (int i = 0; i < form.length(); i++) {
                h = hash(h, form.charAt(i));
            }
            int at = (int) (h ^ h >>> 32) & (size - 1);
            while (FORMS[at] != null && !FORMS[at].equals(form)) {
                at = at + 1 & size - 1;
            }
            FORMS[at] = form;
            NAMED[at] = row[1].strip();
            HASHES[at] = h;
            longest = Math.max(longest, form.length());
        }
        LONGEST = longest;
    }

    /** Characters of the body read for happening words and names (about two sentences). */
    static final int LEAD = 500;
    /** Names of the lead paired with each happening word, in order of their first mention. */
    static final int NAMES = 6;
    /** Characters at the start of the body in which a dateline ends. */
    static final int DATELINE = 60;

    private HappeningNames() {
    }

    static void keys(Article article, Set<String> out) {
        String text = article.text();
        int end = ArticleFeatures.leadEnd(text, LEAD);
        Set<String> happenings = new LinkedHashSet<>();
        if (article.title() != null) {
            words(article.title(), article.title().length(), happenings);
        }
        words(text, end, happenings);
        if (happenings.isEmpty()) {
            return;
        }
        Set<String> speakers = new HashSet<>();
        for (Quote q : article.quotes()) {
            if (q.speaker() != null) {
                speakers.add(q.speaker().strip().toLowerCase(Locale.ROOT));
            }
        }
        for (String name : leadNames(article.entities(), dateline(text), end, speakers)) {
            for (String h : happenings) {
                out.add("k:" + h + "|" + name);
            }
        }
    }

    /**
     * The happenings named by the words of {@code text} before {@code end}: each word's hash is computed as it is
     * read (lower case), so a word is looked up without a string made for it.
     */
    static void words(String text, int end, Set<String> out) {
        int i = 0;
        while (i < end) {
            while (i < end && !letter(text.charAt(i))) {
                i++;
            }
            int start = i;
            long h = 0;
            while (i < end) {
                char c = text.charAt(i);
                if (c < 128) {
                    // ASCII, most of Indonesian news, without the Character tables
                    boolean upper = c >= 'A' && c <= 'Z';
                    if (!upper && (c < 'a' || c > 'z') && c != '-') {
                        break;
                    }
                    h = hash(h, upper ? (char) (c + 32) : c);
                } else if (Character.isLetter(c)) {
                    h = hash(h, Character.toLowerCase(c));
                } else {
                    break;
                }
                i++;
            }
            if (i > start && i - start <= LONGEST) {
                String named = lookUp(h, text, start, i - start);
                if (named != null) {
                    out.add(named);
                }
            }
        }
    }

    /** {@link Character#isLetter}, ASCII without a table look-up. */
    private static boolean letter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static long hash(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** The happening named by the word of {@code length} characters at {@code start}, or null. */
    private static String lookUp(long h, String text, int start, int length) {
        for (int at = (int) (h ^ h >>> 32) & (FORMS.length - 1); FORMS[at] != null; at = at + 1 & FORMS.length - 1) {
            if (HASHES[at] == h && FORMS[at].length() == length
                    && text.regionMatches(true, start, FORMS[at], 0, length)) {
                return NAMED[at];
            }
        }
        return null;
    }

    /**
     * Where the dateline ends ("Jakarta , CNN Indonesia - -", "JAKARTA ( Pos Kota ) –", "Merdeka.com -"): after the
     * first dash set off by spaces within the first {@link #DATELINE} characters, or 0 when there is none. A name
     * mentioned only there says where the outlet wrote from, not what happened.
     */
    static int dateline(String text) {
        int limit = Math.min(text.length() - 2, DATELINE);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && text.charAt(i - 1) == ' '
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '-')) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<String> leadNames(List<Entity> entities, int dateline, int end, Set<String> speakers) {
        List<Entity> inLead = new ArrayList<>();
        List<Integer> first = new ArrayList<>();
        for (Entity e : entities) {
            int at = Integer.MAX_VALUE;
            for (Span s : e.mentions()) {
                if (s.start() >= dateline) {
                    at = Math.min(at, s.start());
                }
            }
            if (at < end && !e.name().isBlank() && e.type() != EntityType.ORGANIZATION
                    && !speakers.contains(e.name().strip().toLowerCase(Locale.ROOT))) {
                int k = 0;
                while (k < first.size() && first.get(k) <= at) {
                    k++;
                }
                inLead.add(k, e);
                first.add(k, at);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : inLead) {
            if (names.size() == NAMES) {
                break;
            }
            names.add(e.name().strip().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(names);
    }
}
