package dev.intisari.core.time;

import dev.intisari.model.Article;
import dev.intisari.model.DateMention;
import dev.intisari.model.Span;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

import java.util.Arrays;
import java.util.Locale;

/**
 * The content words of one story's dated sentences as ids, for {@link DatedSentenceTimeline}'s same-date overlap:
 * lower-cased words of three letters or more, neither stopwords nor inside a date expression. Each distinct word
 * has one id in the story (a word is looked up once as characters, without a string, and a stopword is known as
 * one after its first look-up); a sentence's words are its distinct ids, ascending, so two sentences share as
 * many ids as they share words. Not thread-safe: one per timeline built.
 */
final class TimelineVocabulary {
    private static final CharArraySet STOPWORDS = IndonesianAnalyzer.getDefaultStopSet();
    /** The id given to a stopword. */
    private static final Integer STOPWORD = -1;

    private final CharArrayMap<Integer> ids = new CharArrayMap<>(256, false);
    private char[] chars = new char[256];
    private char[] lower = new char[16];
    private int[] found = new int[32];
    private int[] dateSpans = new int[8];

    /** The distinct content words of {@code part} of the article's text, as ids, ascending. */
    int[] contentWords(Article a, Span part) {
        String text = a.text();
        // the dates overlapping the part, as start and end one after another
        int dates = 0;
        for (DateMention d : a.dates()) {
            Span span = d.span();
            if (span.end() > part.start() && span.start() < part.end()) {
                if (2 * dates + 2 > dateSpans.length) {
                    dateSpans = Arrays.copyOf(dateSpans, 2 * dateSpans.length);
                }
                dateSpans[2 * dates] = span.start();
                dateSpans[2 * dates + 1] = span.end();
                dates++;
            }
        }
        int base = part.start();
        int length = part.end() - base;
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(base, part.end(), chars, 0);
        int count = 0;
        int i = 0;
        while (i < length) {
            if (!letter(chars[i])) {
                i++;
                continue;
            }
            int s = i;
            boolean ascii = true;
            while (i < length && letter(chars[i])) {
                ascii &= chars[i] < 128;
                i++;
            }
            if (i - s < 3 || inside(dates, base + s)) {
                continue;
            }
            int id = ascii ? asciiId(s, i - s) : id(new String(chars, s, i - s).toLowerCase(Locale.ROOT).toCharArray());
            if (id >= 0) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, 2 * count);
                }
                found[count++] = id;
            }
        }
        Arrays.sort(found, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct == 0 || found[distinct - 1] != found[k]) {
                found[distinct++] = found[k];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    /** The id of the ASCII word {@code chars[s, s + len)}, lower-cased (-1 for a stopword). */
    private int asciiId(int s, int len) {
        if (lower.length < len) {
            lower = new char[2 * len];
        }
        for (int k = 0; k < len; k++) {
            char c = chars[s + k];
            lower[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        Integer known = ids.get(lower, 0, len);
        return known != null ? known : add(Arrays.copyOf(lower, len));
    }

    /** The id of the lower-cased word {@code word} (-1 for a stopword). */
    private int id(char[] word) {
        Integer known = ids.get(word, 0, word.length);
        return known != null ? known : add(word);
    }

    /** Adds a word not met before ({@code word} is kept as the key): a stopword, or the next id. */
    private int add(char[] word) {
        Integer id = STOPWORDS.contains(word, 0, word.length) ? STOPWORD : Integer.valueOf(ids.size());
        // ids.size() counts the stopwords too: ids need only be distinct, not consecutive
        ids.put(word, id);
        return id;
    }

    /** Shared words over the smaller of two sentences' words (the overlap coefficient); 0 when either has none. */
    static double overlap(int[] x, int[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) Math.min(x.length, y.length);
    }

    /** {@link Character#isLetter(char)}, answered without a table look-up for ASCII. */
    private static boolean letter(char c) {
        if (c < 128) {
            char folded = (char) (c | 0x20);
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }

    /** Whether {@code offset} lies inside one of the first {@code count} dates of {@link #dateSpans}. */
    private boolean inside(int count, int offset) {
        for (int k = 0; k < 2 * count; k += 2) {
            if (dateSpans[k] <= offset && offset < dateSpans[k + 1]) {
                return true;
            }
        }
        return false;
    }
}
