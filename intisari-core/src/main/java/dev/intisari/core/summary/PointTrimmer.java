package dev.intisari.core.summary;

import dev.intisari.core.time.WeekdayNames;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into a clean key point by deletions only: drops an opening dateline ("Jakarta, CNN
 * Indonesia -- "), leading connectives ("Sementara itu, ", "Namun "), an opening citation of the medium the
 * report was taken from ("Dilansir Reuters, ") and a pronoun attribution tail (", ujarnya." becomes "."). A
 * tail naming the speaker (", kata Menteri Keuangan") is kept, and so is a tail holding a quotation mark. The
 * result always passes {@link DeletionCheck}; when a trim would leave fewer than four words, that trim is not
 * made. Word lists: {@code connectives.txt}, {@code source-openers.txt} (with {@code source-medium-words.txt}
 * and the date tagger's weekday names), {@code attribution-cues.txt}, {@code dateline-patterns.txt}. Matching is by
 * prefix and character scans, regexes only for datelines and only when a dash opens the sentence, so trimming
 * costs microseconds.
 */
public final class PointTrimmer {
    private static final int MIN_WORDS = 4;
    /** Datelines end within this many characters of the sentence start. */
    private static final int DATELINE_REACH = 70;
    /** An attribution tail is at most this long. */
    private static final int TAIL_REACH = 160;
    /** A source opener's medium ("dari situs resmi MotoGP") is at most this many words and characters. */
    private static final int MEDIUM_WORDS = 6;
    private static final int MEDIUM_REACH = 60;
    private static final String QUOTES = "\"“”„'‘’«»";

    private final List<Pattern> datelines;
    private final List<String> connectives;
    /** For every ASCII first character, the connectives {@link #connectiveEnd} compares with a text opening so. */
    private final List<List<String>> connectivesByHead;
    private final List<String> sourceOpeners;
    /** The first letters of {@link #sourceOpeners}, so that most sentences are passed over at once. */
    private final String sourceHeads;
    private final java.util.Set<String> mediumWords;
    private final List<String> weekdays;
    private final List<String> cues;
    /** For every ASCII character, the cues whose first character it matches as regionMatches(ignoreCase) does. */
    private final List<List<String>> cuesByHead;

    public PointTrimmer() {
        datelines = WordList.read("dateline-patterns.txt").stream().map(Pattern::compile).toList();
        connectives = WordList.read("connectives.txt").stream().map(c -> c.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        connectivesByHead = new java.util.ArrayList<>();
        for (char first = 0; first < 128; first++) {
            connectivesByHead.add(candidates(first));
        }
        sourceOpeners = WordList.read("source-openers.txt").stream().map(c -> c.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder heads = new StringBuilder();
        sourceOpeners.forEach(c -> heads.append(heads.indexOf(c.substring(0, 1)) < 0 ? c.substring(0, 1) : ""));
        sourceHeads = heads.toString();
        mediumWords = java.util.Set.copyOf(WordList.read("source-medium-words.txt"));
        weekdays = List.copyOf(WeekdayNames.lowercase());
        cues = WordList.read("attribution-cues.txt").stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        cuesByHead = new java.util.ArrayList<>();
        for (char first = 0; first < 128; first++) {
            cuesByHead.add(headedBy(cues, first));
        }
    }

    /** The words of {@code words} (in their order) whose first character matches {@code first} ignoring case. */
    static List<String> headedBy(List<String> words, char first) {
        String head = String.valueOf(first);
        return words.stream().filter(w -> head.regionMatches(true, 0, w, 0, 1)).toList();
    }

    /** The sentence with its dateline, leading connectives and source citation and pronoun attribution tail removed. */
    public String trim(String sentence) {
        String s = sentence.strip();
        String point = s;
        int dateline = datelineEnd(point);
        if (dateline > 0 && TermAnalyzer.words(point.substring(dateline)) >= MIN_WORDS) {
            point = point.substring(dateline);
        }
        for (int round = 0; round < 2; round++) {
            int end = Math.max(connectiveEnd(point), sourceEnd(point));
            if (end <= 0 || TermAnalyzer.words(point.substring(end)) < MIN_WORDS) {
                break;
            }
            point = point.substring(end);
        }
        point = trimTail(point).strip();
        return point.equals(s) || DeletionCheck.derivable(point, s) ? point : s;
    }

    /** True when the sentence opens with a connective this trimmer would drop. */
    public boolean startsWithConnective(String sentence) {
        return connectiveEnd(sentence.strip()) > 0;
    }

    /** True when the sentence opens with a dateline. */
    public boolean startsWithDateline(String sentence) {
        return datelineEnd(sentence) > 0;
    }

    /** End of an opening dateline, or -1. */
    private int datelineEnd(String text) {
        int reach = Math.min(text.length(), DATELINE_REACH);
        boolean dash = false;
        for (int i = 0; i < reach && !dash; i++) {
            char c = text.charAt(i);
            dash = c == '-' || c == '–' || c == '—';
        }
        if (!dash || !dashBeforeSpace(text, Math.min(text.length(), DATELINE_REACH + 10))) {
            return -1;
        }
        for (Pattern p : datelines) {
            Matcher m = p.matcher(text);
            m.region(0, Math.min(text.length(), DATELINE_REACH + 10));
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    /** The connectives (longest first) whose first character matches {@code first} as regionMatches(ignoreCase) does. */
    private List<String> candidates(char first) {
        char lower = Character.toLowerCase(first);
        char upper = Character.toUpperCase(first);
        return connectives.stream().filter(c -> c.charAt(0) == lower || Character.toUpperCase(c.charAt(0)) == upper)
                .toList();
    }

    /**
     * True when a dash is followed by whitespace before {@code end}: every dateline pattern ends so (see
     * {@code dateline-patterns.txt}), and a hyphenated word ("negara-negara") alone should not cost a regex pass.
     */
    private static boolean dashBeforeSpace(String text, int end) {
        for (int i = 0; i + 1 < end; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** End of an opening connective and the comma or space after it, or -1. */
    private int connectiveEnd(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        char first = text.charAt(0);
        for (String c : first < 128 ? connectivesByHead.get(first) : candidates(first)) {
            if (!text.regionMatches(true, 0, c, 0, c.length()) || text.length() <= c.length()) {
                continue;
            }
            int i = c.length();
            char next = text.charAt(i);
            if (next != ',' && !Character.isWhitespace(next)) {
                continue;
            }
            while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            return i;
        }
        return -1;
    }

    /**
     * End of an opening source citation: a cue of {@code source-openers.txt}, a medium that reads as a name, its
     * comma, and a day with its comma when one follows ("Dilansir dari laman Reuters, Minggu (27/8), "); or -1.
     */
    private int sourceEnd(String text) {
        if (text.isEmpty() || sourceHeads.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
            return -1;
        }
        for (String cue : sourceOpeners) {
            if (text.length() <= cue.length() || !text.regionMatches(true, 0, cue, 0, cue.length())
                    || !Character.isWhitespace(text.charAt(cue.length())) && !camelCase(text, cue.length())) {
                continue;
            }
            int comma = text.indexOf(',', cue.length());
            if (comma < 0 || comma - cue.length() > MEDIUM_REACH || !isMedium(text.substring(cue.length(), comma))) {
                return -1;
            }
            int end = skipSpaces(text, comma + 1);
            int day = dayEnd(text, end);
            if (day > 0) {
                return day;
            }
            end = listEnd(text, end);
            if (end < 0) {
                return -1;
            }
            day = dayEnd(text, end);
            return day > 0 ? day : end;
        }
        return -1;
    }

    /**
     * Where a list of media that {@code from} continues ends: "BBC, dan CNN, " after "Dilansir AFP, " (up to three
     * more media, the last one after "dan" or "serta", each followed by a comma); {@code from} itself when the text
     * there does not open with a name and a comma; -1 when it does but no "dan" closes a list: "ARD, ia diduga ..."
     * after "Seperti dilaporkan media Jerman, " names the medium again, "Trump, yang tiba ..." after "Dilansir
     * Reuters, " names the subject, and the two cannot be told apart, so nothing is trimmed.
     */
    private int listEnd(String text, int from) {
        int at = from;
        for (int k = 0; k < 3; k++) {
            int comma = text.indexOf(',', at);
            if (comma < 0 || comma - at > MEDIUM_REACH || !isMedium(text.substring(at, comma))) {
                return k == 0 ? from : -1;
            }
            String segment = text.substring(at, comma).strip().toLowerCase(Locale.ROOT);
            at = skipSpaces(text, comma + 1);
            if (segment.startsWith("dan ") || segment.startsWith("serta ")) {
                return at;
            }
        }
        return -1;
    }

    /**
     * True when the word at {@code from} starts in lower case and has a capital inside: a brand written in camel case
     * ("detikFinance", "kumparanBISNIS"), or a name glued to the word before it where italics were stripped
     * ("dataBloomberg"); after a cue with no space ("DilansirdetikFinance, ") it is the medium.
     */
    private static boolean camelCase(String text, int from) {
        if (from >= text.length() || !Character.isLowerCase(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < text.length() && Character.isLetterOrDigit(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code span} reads as a medium's name: one to six words, no quotation mark, each capitalised, in
     * camel case ("detikFinance"), a domain ("people.com") or a word of {@code source-medium-words.txt}, at least one
     * of them not such a word.
     */
    private boolean isMedium(String span) {
        String[] words = span.strip().split("\\s+");
        if (words.length == 0 || words.length > MEDIUM_WORDS || words[0].isEmpty()) {
            return false;
        }
        boolean named = false;
        for (String w : words) {
            boolean name = Character.isUpperCase(w.charAt(0)) || w.indexOf('.') > 0 && w.indexOf('.') < w.length() - 1
                    || camelCase(w, 0);
            if (!name && !mediumWords.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (isQuote(w.charAt(i))) {
                    return false;
                }
            }
            named |= name;
        }
        return named;
    }

    /**
     * End of a day name at {@code from}, its optional date in parentheses ("(27/8)") and "waktu setempat", with the
     * comma after them and its spaces; -1 when there is no such day followed by a comma.
     */
    private int dayEnd(String text, int from) {
        for (String day : weekdays) {
            int i = from + day.length();
            if (!text.regionMatches(true, from, day, 0, day.length())
                    || i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            i = skipSpaces(text, i);
            if (i < text.length() && text.charAt(i) == '(') {
                int close = text.indexOf(')', i);
                if (close < 0 || !isDate(text, i + 1, close)) {
                    return -1;
                }
                i = skipSpaces(text, close + 1);
            }
            String local = "waktu setempat";
            if (text.regionMatches(true, i, local, 0, local.length())) {
                i = skipSpaces(text, i + local.length());
            }
            return i < text.length() && text.charAt(i) == ',' ? skipSpaces(text, i + 1) : -1;
        }
        return -1;
    }

    /** True when {@code text[from, to)} holds digits, slashes, dots, dashes and spaces only, and a digit. */
    private static boolean isDate(String text, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '/' && c != '.' && c != '-' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return digit;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private String trimTail(String point) {
        if (point.isEmpty()) {
            return point;
        }
        char last = point.charAt(point.length() - 1);
        boolean stop = last == '.' || last == '!' || last == '?';
        String body = stop ? point.substring(0, point.length() - 1) : point;
        // a tail holding a quotation mark is kept: only commas after the last one can open a pronoun tail
        int reach = Math.max(0, body.length() - TAIL_REACH);
        int from = Math.max(reach, lastQuote(body, reach) + 1);
        for (int comma = body.indexOf(',', from); comma >= 0; comma = body.indexOf(',', comma + 1)) {
            if (isAttributionTail(body, comma) && TermAnalyzer.words(body.substring(0, comma)) >= MIN_WORDS) {
                String head = body.substring(0, comma).stripTrailing();
                return stop ? head + last : head;
            }
        }
        return point;
    }

    /**
     * Index of the last quotation mark of {@code body} at or after {@code reach}, or -1: a mark before it moves no
     * tail's start, which is {@code reach} at the least.
     */
    static int lastQuote(String body, int reach) {
        for (int i = body.length() - 1; i >= reach; i--) {
            if (isQuote(body.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code c} is one of {@link #QUOTES}: the two ASCII ones compared, the others looked up. */
    static boolean isQuote(char c) {
        return c < 128 ? c == '"' || c == '\'' : QUOTES.indexOf(c) >= 0;
    }

    /**
     * True when the text after {@code comma} is "cue-nya ..." or "cue dia ..."; the caller passes only commas
     * after the last quotation mark.
     */
    private boolean isAttributionTail(String body, int comma) {
        int start = comma + 1;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        if (start == body.length()) {
            return false;
        }
        char head = body.charAt(start);
        for (String cue : head < 128 ? cuesByHead.get(head) : cues) {
            if (!body.regionMatches(true, start, cue, 0, cue.length())) {
                continue;
            }
            int after = start + cue.length();
            if (cue.indexOf(' ') >= 0) {
                if (after == body.length() || !Character.isLetterOrDigit(body.charAt(after))) {
                    return true;
                }
            } else if (body.regionMatches(true, after, "nya", 0, 3)
                    && (after + 3 == body.length() || !Character.isLetterOrDigit(body.charAt(after + 3)))) {
                return true;
            }
        }
        return false;
    }
}
