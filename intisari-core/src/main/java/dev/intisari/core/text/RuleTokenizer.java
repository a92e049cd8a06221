package dev.intisari.core.text;

import dev.intisari.model.Span;
import dev.intisari.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hand-written scanner for Indonesian news text, one pass over the characters. It keeps as one token:
 * words with inner hyphens and apostrophes ("negara-negara", "Jum'at", "COVID-19"); numbers with inner
 * separators and a trailing percent sign ("2,5", "100.000", "27/3", "10:15", "3,5%"); abbreviations with their
 * period when listed ("dr.", "Jl.", "dll."), initials ("M."), dotted forms ("S.H.", "M.Si.", "a.n."); web
 * addresses ("https://…", "www.…", "Kompas.com"), e-mail addresses, hashtags and mentions. Every other visible
 * character is a token of its own, except runs of periods ("..."), of "!"/"?" and of hyphens.
 * Immutable and thread-safe.
 */
public final class RuleTokenizer implements Tokenizer {
    private static final int MAX_SEGMENT = 3;
    private static final int MAX_SEGMENTS = 6;
    /** Lower-case brand words written before a capitalised channel or name: "detikNews", "kumparanBISNIS", "tvOne". */
    private static final List<String> CAMEL_BRANDS = List.of("detik", "kumparan", "tv");
    /** The brands whose channels ("detikcom", "detikFinance", "kumparanBISNIS") are glued after a capitalised word. */
    private static final List<String> GLUED_CHANNELS = List.of("detik", "kumparan");

    private final Abbreviations abbreviations;

    public RuleTokenizer() {
        this(Abbreviations.standard());
    }

    RuleTokenizer(Abbreviations abbreviations) {
        this.abbreviations = Objects.requireNonNull(abbreviations);
    }

    @Override
    public List<Token> tokenize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int n = text.length();
        boolean mayHaveEmail = text.indexOf('@') >= 0;
        int noEmailBefore = 0; // a failed e-mail scan from an earlier start reached here: later starts fail too
        List<Token> tokens = new ArrayList<>(n / 6 + 4);
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (Chars.isSpace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = -1;
            if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
                end = urlEnd(text, i);
            }
            if (end < 0 && mayHaveEmail && i >= noEmailBefore && Chars.isWordChar(c)) {
                end = emailEnd(text, i);
                if (end < 0) {
                    noEmailBefore = localPartEnd(text, i);
                }
            }
            if (end < 0) {
                if (Chars.isWordChar(c)) {
                    int word = wordEnd(text, i);
                    int glued = c >= 'a' && c <= 'z' ? gluedEnd(text, i, word) : word;
                    if (glued == word && Character.isLetter(c)) {
                        glued = channelStart(text, i, word);
                    }
                    if (glued == word && c >= 'A' && c <= 'Z') {
                        glued = listNumberStart(text, i, word);
                    }
                    end = glued < word ? glued : withPeriod(text, i, word);
                } else if ((c == '#' || c == '@') && i + 1 < n && Chars.isWordChar(text.codePointAt(i + 1))) {
                    end = wordEnd(text, i + 1);
                } else {
                    end = punctuationEnd(text, i, c);
                }
            }
            tokens.add(new Token(new Span(i, end), text.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    /** End of a word or number starting at {@code start}: letters, digits and inner connectors. */
    static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int previous = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (Chars.isWordChar(c) || (previous != 0 && Chars.isJoiner(c))) {
                previous = c;
                i += Character.charCount(c);
                continue;
            }
            int next = i + 1 < n ? text.codePointAt(i + 1) : 0;
            if (Chars.isHyphen(c) && Chars.isWordChar(next)) {
                previous = c;
                i++;
            } else if (Chars.isApostrophe(c) && Character.isLetter(previous) && Character.isLetter(next)) {
                previous = c;
                i++;
            } else if ((c == '.' || c == ',' || c == ':' || c == '/') && Chars.isDigit(previous) && Chars.isDigit(next)) {
                previous = c;
                i++;
            } else if (c == '%' && Chars.isDigit(previous)) {
                return i + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Where a brand's channel glued after a word begins ("Pantauandetikcom", "DilansirdetikFinance", "kepadadetikcom":
     * "detik" or "kumparan" followed by "com" or a capital), or {@code end} when there is none. The word before it
     * has at least two letters, lowercase after the first (a lowercase word followed by a capitalised channel is
     * {@link #gluedEnd}'s).
     */
    static int channelStart(String text, int start, int end) {
        int k = start + 1;
        while (k < end && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
            for (String brand : GLUED_CHANNELS) {
                int after = k + brand.length();
                if (k - start >= 2 && after < end && text.startsWith(brand, k)
                        && (text.startsWith("com", after) || Character.isUpperCase(text.charAt(after)))) {
                    return k;
                }
            }
            k++;
        }
        return end;
    }

    /**
     * Where a list's number glued to the end of a name starts, or {@code end}: a numbered list whose line breaks were
     * lost arrives as "Menteri ESDM Bahlil Lahadalia2. Kepala Badan Gizi Nasional Dadan Hindayana3. Menteri …" (each
     * item's number glued to the name ending the item before). A capitalised word of at least four letters, the others
     * lowercase, then one or two digits followed by a period, a space and a capital letter.
     */
    static int listNumberStart(String text, int start, int end) {
        int digits = end;
        while (digits > start && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (end - digits < 1 || end - digits > 2 || digits - start < 4) {
            return end;
        }
        for (int k = start + 1; k < digits; k++) {
            if (text.charAt(k) < 'a' || text.charAt(k) > 'z') {
                return end;
            }
        }
        return end + 2 < text.length() && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
                && Character.isUpperCase(text.charAt(end + 2)) ? digits : end;
    }

    /**
     * Where the first of two glued words ends, or {@code end} when the word is whole. Text whose italics or links
     * were stripped without their spaces arrives as "dilaporkanSaudi", "kataFaruk", "dilansirAFP",
     * "daridetikNews": a lower-case word of at least two letters followed, with no space, by a capitalised word
     * ("Saudi", "MotoGP") or, after a word of at least four letters, by an acronym ("AFP"). Brand names written
     * in camel case stay whole: the channels of detik and kumparan ("detikNews", "kumparanBISNIS"; a word glued
     * before them ends where the brand begins), "tvOne", and short prefixes before an acronym ("webOS",
     * "idAAA"). One-letter prefixes ("iPhone", "eKTP") are never split.
     */
    static int gluedEnd(String text, int start, int end) {
        int k = start;
        while (k < end && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
            k++;
        }
        if (k == end || k - start < 2 || text.charAt(k) < 'A' || text.charAt(k) > 'Z') {
            return end;
        }
        for (String brand : CAMEL_BRANDS) {
            int b = k - brand.length();
            if (b >= start && text.startsWith(brand, b)) {
                return b - start >= 2 ? b : end;
            }
        }
        int r = k + 1;
        while (r < end && text.charAt(r) >= 'A' && text.charAt(r) <= 'Z') {
            r++;
        }
        boolean capitalised = r == k + 1 && k + 1 < end && text.charAt(k + 1) >= 'a' && text.charAt(k + 1) <= 'z';
        boolean acronym = r - k >= 2 && k - start >= 4 && (r == end || !Character.isLetter(text.charAt(r)));
        return capitalised || acronym ? k : end;
    }

    /** Extends a word ending before a period to a web address, dotted abbreviation, listed abbreviation or initial. */
    private int withPeriod(String text, int start, int end) {
        int n = text.length();
        if (end >= n || text.charAt(end) != '.') {
            return end;
        }
        int domain = domainEnd(text, end);
        if (domain > end) {
            return domain;
        }
        if (!lettersOnly(text, start, end)) {
            return end;
        }
        int dotted = dottedEnd(text, start, end);
        if (dotted > end) {
            return dotted;
        }
        if (abbreviations.isListed(text, start, end)
                || (end - start == 1 && Character.isUpperCase(text.charAt(start)))) {
            return end + 1;
        }
        return end;
    }

    /** "Kompas.com", "tempo.co.id": a period and a known lower-case ending followed by no letter or digit. */
    private int domainEnd(String text, int dot) {
        int n = text.length();
        int end = dot;
        while (end < n && text.charAt(end) == '.') {
            int j = end + 1;
            while (j < n && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
                j++;
            }
            boolean closed = j >= n || !Chars.isWordChar(text.codePointAt(j));
            if (j == end + 1 || !closed || !abbreviations.isDomainEnding(text, end + 1, j)) {
                break;
            }
            end = j;
        }
        return end;
    }

    /**
     * "S.H.", "M.Si.", "Ph.D.", "A.M.", "a.n.", "s.d.": short letter segments joined by periods. Accepted when
     * every segment starts with a capital, or every segment is one lower-case letter, or the form is listed;
     * a form without its final period is accepted only when all segments are single letters.
     */
    private int dottedEnd(String text, int start, int end) {
        if (end - start > MAX_SEGMENT) {
            return end;
        }
        int n = text.length();
        boolean capitals = Character.isUpperCase(text.charAt(start));
        boolean singleLower = end - start == 1 && Character.isLowerCase(text.charAt(start));
        boolean singles = end - start == 1;
        int segments = 1;
        int j = end;
        while (j + 1 < n && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && Character.isLetter(text.charAt(k))) {
                k++;
            }
            if (k - j - 1 > MAX_SEGMENT || (k < n && Chars.isDigit(text.charAt(k)))) {
                break;
            }
            if (segments == MAX_SEGMENTS) {
                return end;
            }
            capitals &= Character.isUpperCase(text.charAt(j + 1));
            singleLower &= k - j - 1 == 1 && Character.isLowerCase(text.charAt(j + 1));
            singles &= k - j - 1 == 1;
            segments++;
            j = k;
        }
        if (segments < 2) {
            return end;
        }
        boolean finalPeriod = j < n && text.charAt(j) == '.';
        boolean listed = finalPeriod && abbreviations.isListed(text, start, j);
        if (!(capitals || singleLower || listed)) {
            return end;
        }
        if (finalPeriod) {
            return j + 1;
        }
        return singles ? j : end;
    }

    /** "http://…", "https://…", "www.…" up to white space or a quotation mark, without trailing punctuation. */
    static int urlEnd(String text, int start) {
        int n = text.length();
        int i;
        if (text.regionMatches(true, start, "https://", 0, 8)) {
            i = start + 8;
        } else if (text.regionMatches(true, start, "http://", 0, 7)) {
            i = start + 7;
        } else if (text.regionMatches(true, start, "www.", 0, 4) && start + 4 < n
                && Chars.isWordChar(text.codePointAt(start + 4))) {
            i = start + 4;
        } else {
            return -1;
        }
        boolean openParen = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.isSpace(c) || c == '"' || c == '<' || c == '>' || Chars.isCurlyQuote(c)) {
                break;
            }
            openParen |= c == '(';
            i++;
        }
        while (i > start) {
            char c = text.charAt(i - 1);
            if (".,;:!?'\"]}".indexOf(c) >= 0 || (c == ')' && !openParen)) {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    /** "nama.belakang@contoh.co.id": a local part, "@", and a domain with at least one period; -1 if none. */
    static int emailEnd(String text, int start) {
        int n = text.length();
        int i = localPartEnd(text, start);
        if (i == start || i + 1 >= n || text.charAt(i) != '@' || !Chars.isWordChar(text.charAt(i + 1))) {
            return -1;
        }
        int j = i + 1;
        while (j < n && (Chars.isWordChar(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '-')) {
            j++;
        }
        while (j > i + 1 && (text.charAt(j - 1) == '.' || text.charAt(j - 1) == '-')) {
            j--;
        }
        int lastDot = text.lastIndexOf('.', j - 1);
        return lastDot > i + 1 && lastDot < j - 1 ? j : -1;
    }

    private static int localPartEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Chars.isWordChar(text.charAt(i)) || ".-_+%".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** One symbol, or a run of periods, of "!"/"?", or of hyphens. */
    static int punctuationEnd(String text, int start, int c) {
        int n = text.length();
        int i = start + Character.charCount(c);
        if (c == '.' || c == '-') {
            while (i < n && text.charAt(i) == c) {
                i++;
            }
        } else if (c == '!' || c == '?') {
            while (i < n && (text.charAt(i) == '!' || text.charAt(i) == '?')) {
                i++;
            }
        }
        return i;
    }

    private static boolean lettersOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
