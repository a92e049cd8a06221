package dev.intisari.core.text;

import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits Indonesian news text into sentences over the tokens of {@link RuleTokenizer}, in one pass.
 * <ul>
 *   <li>A sentence ends at ".", "!", "?", "..." or "…", together with the closing quotes and brackets that
 *       follow it ({@code ..."} {@code ?”} {@code .)}), unless the next word starts in lower case (the
 *       attribution in {@code "...," ujarnya.} or {@code ..." kata dia.} continues the sentence) or is a comma,
 *       colon or semicolon.</li>
 *   <li>Abbreviation tokens ("dr.", "Jl.", initials "M.") never end a sentence; those that may ("dll.",
 *       "Tbk.", degrees "S.Kom.") end it before a capitalised word. A number and a period opening a sentence
 *       ("1. Pertama") is a list marker.</li>
 *   <li>A line break always ends a sentence; headings are never part of one; a sentence longer than
 *       {@code maxChars} is cut at the next space.</li>
 * </ul>
 * Sentences without a letter or digit ("***") are dropped. Immutable and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    /** Sentences are cut at the first space past this length (a 100,000-character run-on stays linear). */
    public static final int DEFAULT_MAX_CHARS = 2000;

    private final Abbreviations abbreviations;
    private final Tokenizer tokenizer;
    private final int maxChars;

    public RuleSentenceSplitter() {
        this(DEFAULT_MAX_CHARS);
    }

    public RuleSentenceSplitter(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.abbreviations = Abbreviations.standard();
        this.tokenizer = new RuleTokenizer(abbreviations);
        this.maxChars = maxChars;
    }

    @Override
    public List<Sentence> split(String text, List<Token> tokens, List<Span> headings) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> toks = tokens != null ? tokens : tokenizer.tokenize(text);
        List<Span> heads = headings == null ? List.of() : sorted(headings);
        List<Sentence> sentences = new ArrayList<>(toks.size() / 15 + 1);
        int size = toks.size();
        int first = -1;
        int heading = 0;
        boolean quoteOpen = false; // inside a straight-quoted passage of the current line
        for (int t = 0; t < size; t++) {
            Token token = toks.get(t);
            while (heading < heads.size() && heads.get(heading).end() <= token.start()) {
                heading++;
            }
            if (heading < heads.size() && heads.get(heading).start() < token.end()) {
                first = close(text, toks, first, t - 1, sentences);
                quoteOpen = false;
                continue;
            }
            if (first >= 0) {
                int gapStart = toks.get(t - 1).end();
                boolean lineBreak = hasLineBreak(text, gapStart, token.start());
                if (lineBreak || (token.end() - toks.get(first).start() > maxChars && gapStart < token.start())) {
                    first = close(text, toks, first, t - 1, sentences);
                    quoteOpen &= !lineBreak;
                }
            }
            if (first < 0) {
                first = t;
            }
            if (isStraightQuote(token.text())) {
                quoteOpen = !quoteOpen;
            }
            if (!isTerminal(token.text())) {
                continue;
            }
            int last = t;
            boolean open = quoteOpen;
            while (last + 1 < size && continues(text, toks, last, open, heads)) {
                last++;
                if (isStraightQuote(toks.get(last).text())) {
                    open = !open;
                }
            }
            Token next = last + 1 < size ? toks.get(last + 1) : null;
            if (next == null || isNewSegment(text, toks.get(last), next, heads)
                    || endsHere(toks, first, t, last, next)) {
                first = close(text, toks, first, last, sentences);
                quoteOpen = open;
                t = last;
            }
        }
        close(text, toks, first, size - 1, sentences);
        return sentences;
    }

    /** Whether the sentence ends after {@code toks[last]}, given terminal {@code toks[t]} and the next token. */
    private boolean endsHere(List<Token> toks, int first, int t, int last, Token next) {
        String terminal = toks.get(t).text();
        int c = next.text().codePointAt(0);
        boolean capital = Character.isUpperCase(c) || Character.isTitleCase(c);
        if (isAbbreviation(terminal)) {
            return (capital || isOpening(c)) && abbreviations.mayEndSentence(terminal);
        }
        if (terminal.equals(".") && t == first + 1 && isListMarker(toks.get(first).text())) {
            return false;
        }
        if (c == ',' || c == ';' || c == ':') {
            return false;
        }
        if (Character.isLowerCase(c)) {
            // "...?" tanya dia." continues; a plain period after a full word before a lower-case word is a
            // sentence whose writer forgot the capital ("... di lokasi. kemudian ...")
            return t == last && terminal.equals(".") && t > first && isPlainWord(toks.get(t - 1).text())
                    && toks.get(t - 1).end() == toks.get(t).start() && toks.get(t).end() < next.start();
        }
        if (toks.get(last).end() == next.start()) {
            // no space after the period ("Jakarta.Selain"): only before a capitalised word ("Node.js", "ASP.NET" stay)
            String word = next.text();
            return capital && word.length() > 1 && Character.isLowerCase(word.charAt(1));
        }
        return true;
    }

    /**
     * Whether {@code next} is a closing mark or another terminal that belongs to the sentence ending at
     * {@code token}; {@code quoteOpen} says a straight quotation mark is open on this line.
     */
    private static boolean continues(String text, List<Token> toks, int at, boolean quoteOpen, List<Span> heads) {
        Token token = toks.get(at);
        Token next = toks.get(at + 1);
        if (isNewSegment(text, token, next, heads)) {
            return false;
        }
        String s = next.text();
        if (isTerminal(s)) {
            return token.end() == next.start();
        }
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        switch (c) {
            case ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A':
                return true;
            case '"':
                // a straight quote right after the terminal closes; after a space only when one is open and
                // the quote does not lean on the next word ('. "Saya' opens)
                return token.end() == next.start()
                        || (quoteOpen && (at + 2 >= toks.size() || next.end() < toks.get(at + 2).start()));
            case '\'':
                return token.end() == next.start();
            default:
                return false;
        }
    }

    /** A line break or a heading lies between the two tokens. */
    private static boolean isNewSegment(String text, Token token, Token next, List<Span> heads) {
        if (hasLineBreak(text, token.end(), next.start())) {
            return true;
        }
        return inHeading(heads, next);
    }

    /** Whether the token overlaps a heading; {@code heads} is sorted (binary search, headings may be many). */
    private static boolean inHeading(List<Span> heads, Token token) {
        int lo = 0;
        int hi = heads.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span h = heads.get(mid);
            if (h.end() <= token.start()) {
                lo = mid + 1;
            } else if (h.start() >= token.end()) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    static boolean isTerminal(String token) {
        char c = token.charAt(token.length() - 1);
        if (c == '!' || c == '?' || c == '\u2026') {
            return token.length() == 1 || !Character.isLetterOrDigit(token.charAt(0));
        }
        return c == '.' && (token.length() == 1 || !Character.isLetterOrDigit(token.charAt(0)) || isAbbreviation(token));
    }

    private static boolean isStraightQuote(String token) {
        return token.length() == 1 && token.charAt(0) == '"';
    }

    private static boolean isOpening(int c) {
        return c == '"' || c == '\u201C' || c == '\'' || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB';
    }

    /** A word of four or more letters, not all capitals: what a sentence can end with. */
    private static boolean isPlainWord(String token) {
        if (token.length() < 4) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /** A word token ending with its period ("dr.", "S.H.", "M."). */
    private static boolean isAbbreviation(String token) {
        return token.length() > 1 && token.charAt(token.length() - 1) == '.' && Character.isLetter(token.charAt(0));
    }

    private static boolean isListMarker(String token) {
        if (token.length() == 1) {
            return Character.isLetterOrDigit(token.charAt(0));
        }
        if (token.length() > 2) {
            return false;
        }
        return Character.isDigit(token.charAt(0)) && Character.isDigit(token.charAt(1));
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Adds the sentence {@code toks[first..last]} when it has a letter or digit; returns -1 (no open sentence). */
    private static int close(String text, List<Token> toks, int first, int last, List<Sentence> out) {
        if (first < 0 || last < first) {
            return -1;
        }
        for (int k = first; k <= last; k++) {
            Token token = toks.get(k);
            if (Chars.isWordChar(text.codePointAt(token.start()))
                    || (token.end() - token.start() > 1 && Chars.isWordChar(text.codePointAt(token.start() + 1)))) {
                out.add(new Sentence(out.size(), new Span(toks.get(first).start(), toks.get(last).end())));
                break;
            }
        }
        return -1;
    }

    private static List<Span> sorted(List<Span> headings) {
        for (int i = 1; i < headings.size(); i++) {
            if (headings.get(i - 1).compareTo(headings.get(i)) > 0) {
                List<Span> copy = new ArrayList<>(headings);
                copy.sort(Comparator.naturalOrder());
                return copy;
            }
        }
        return Objects.requireNonNull(headings);
    }
}
