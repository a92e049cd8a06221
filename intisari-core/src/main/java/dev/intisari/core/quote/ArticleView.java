package dev.intisari.core.quote;

import dev.intisari.core.entity.CommonWords;

import dev.intisari.model.Sentence;
import dev.intisari.model.TokenizedText;

import java.util.Arrays;
import java.util.List;

/**
 * One article as the quote stage reads it: words, sentence and paragraph boundaries, and the words seen in
 * lower case somewhere in the text (a capitalised word at a sentence start that also occurs in lower case is
 * an ordinary word, not a name). Built once per article.
 */
final class ArticleView {
    final String text;
    final Words words;
    final QuoteLexicon lexicon;
    final int[] sentenceStart;
    final int[] sentenceEnd;
    private final int[] paragraphStart;
    /** Cache of {@link PhraseAnalysis#classify}: 0 unknown, else ordinal + 1. */
    final byte[] wordClass;
    /** {@link QuoteLexicon#mask} of every word. */
    final int[] mask;
    private final boolean[] sentenceInitial;
    /** {@link #inHeading} per paragraph: 0 not asked yet, 1 no, 2 yes. */
    private byte[] headings;
    /** The hashes of the words written with a capital inside a sentence, made on first use. */
    private HashFilter capitalisedInside;

    ArticleView(TokenizedText tokenized, QuoteLexicon lexicon) {
        this.text = tokenized.text();
        this.lexicon = lexicon;
        this.words = new Words(text);
        List<Sentence> sentences = tokenized.sentences();
        if (sentences.isEmpty()) {
            int[][] lines = lines(text);
            sentenceStart = lines[0];
            sentenceEnd = lines[1];
        } else {
            sentenceStart = new int[sentences.size()];
            sentenceEnd = new int[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                sentenceStart[i] = sentences.get(i).span().start();
                sentenceEnd[i] = Math.min(sentences.get(i).span().end(), text.length());
            }
        }
        // a paragraph starts after a line break followed by a line with text: blank lines between paragraphs
        // ("A\n\nB") do not count as paragraphs of their own, so "A" and "B" are neighbours
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        int[] starts = new int[breaks + 1];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lineHasText(text, i + 1)) {
                starts[k++] = i + 1;
            }
        }
        paragraphStart = Arrays.copyOf(starts, k);
        wordClass = new byte[words.size];
        mask = new int[words.size];
        for (int w = 0; w < words.size; w++) {
            mask[w] = lexicon.mask(words, w);
        }
        sentenceInitial = new boolean[words.size];
        int s = 0;
        for (int w = 0; w < words.size; w++) {
            while (s < sentenceStart.length && sentenceEnd[s] <= words.start[w]) {
                s++;
            }
            int gap = words.gapBefore(w);
            boolean first = w == 0 || (gap & (Words.STOP | Words.NEWLINE | Words.COLON | Words.OPEN_QUOTE)) != 0
                    || (gap & (Words.STRAIGHT_QUOTE | Words.CLOSE_QUOTE)) != 0 && (gap & Words.COMMA) == 0
                    || (s < sentenceStart.length && words.end[w - 1] <= sentenceStart[s]
                        && sentenceStart[s] <= words.start[w]);
            sentenceInitial[w] = first;
        }
    }

    /** Index of the sentence holding {@code offset}, else the last one starting before it, else 0. */
    int sentenceOf(int offset) {
        int i = Arrays.binarySearch(sentenceStart, offset);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        return Math.max(0, before);
    }

    int paragraphOf(int offset) {
        int i = Arrays.binarySearch(paragraphStart, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Whether {@code offset} lies in a heading: a paragraph whose last visible character is a letter or digit (no
     * closing punctuation), such as a headline, a subheading or a link to another article.
     */
    boolean inHeading(int offset) {
        int p = paragraphOf(offset);
        if (headings == null) {
            headings = new byte[paragraphStart.length];
        }
        if (headings[p] == 0) {
            headings[p] = heading(p) ? (byte) 2 : (byte) 1;
        }
        return headings[p] == 2;
    }

    /**
     * Whether {@code offset} lies in a heading written in title case, two thirds of its words capitalised ("Polisi
     * Sebut Korban Jatuh dari Lantai Empat"), not a paragraph that only lacks its closing full stop.
     */
    boolean inTitleCaseHeading(int offset) {
        if (!inHeading(offset)) {
            return false;
        }
        int p = paragraphOf(offset);
        int end = p + 1 < paragraphStart.length ? paragraphStart[p + 1] : text.length();
        int all = 0;
        int capitalised = 0;
        for (int w = words.firstAtOrAfter(paragraphStart[p]); w < words.size && words.start[w] < end; w++) {
            all++;
            if (words.capitalised(w)) {
                capitalised++;
            }
        }
        return 3 * capitalised >= 2 * all;
    }

    private boolean heading(int p) {
        int end = p + 1 < paragraphStart.length ? paragraphStart[p + 1] - 1 : text.length();
        int e = end;
        while (e > paragraphStart[p] && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > paragraphStart[p] && text.charAt(e - 1) == ']' && text.charAt(paragraphStart[p]) == '[') {
            // "[ Baca Juga : Sempat Dilarikan ke UGD , Kondisi Prilly Latuconsina Membaik ]": a bracketed link
            return true;
        }
        return e > paragraphStart[p] && (Character.isLetterOrDigit(text.charAt(e - 1)) || linkLabel(paragraphStart[p], e));
    }

    /** "SIMAK JUGA: Siapa Pantas Gantikan Neymar?": a paragraph opened by a link label is a link, not a sentence. */
    private boolean linkLabel(int from, int end) {
        if (lexicon.linkLabelInitials.indexOf(Character.toLowerCase(text.charAt(from))) < 0) {
            return false;
        }
        for (String label : lexicon.linkLabels) {
            int after = from + label.length();
            if (after <= end && text.regionMatches(true, from, label, 0, label.length())
                    && (after == end || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word that is an ordinary word only written with a capital because it opens a sentence: a stop
     * word, an affixed shape, a word the article also writes in lowercase, or a common word alone
     * ({@link #commonWordAlone}: "Sejumlah kritik", "Pihak berwajib", "Delapan bulan"; "Bintang Emon" keeps its
     * given name).
     */
    boolean ordinaryCapital(int w) {
        if ((mask[w] & QuoteLexicon.NOT_NAME) != 0) {
            return true;
        }
        if (!sentenceInitial[w]) {
            return false;
        }
        if ((mask[w] & QuoteLexicon.STOP_WORD) != 0 || affixed(w)) {
            return true;
        }
        return words.occursInLowerCase(w) || commonWordAlone(w);
    }

    /**
     * A sentence's first word that news writes in lowercase, with no capitalised word after it, which this article
     * never writes with a capital inside a sentence ("Aman" of "Aman Abdurrahman" stays a name) and which is no
     * person noun (the speaker resolver reads "Pria yang ... itu" as a description itself).
     */
    private boolean commonWordAlone(int w) {
        if (w + 1 < words.size && words.capitalised(w + 1) || !CommonWords.mostlyLowercase(words.lower(w))
                || lexicon.personNouns.contains(words.lower(w))) {
            return false;
        }
        if (capitalisedInside == null) {
            capitalisedInside = new HashFilter();
            for (int x = 0; x < words.size; x++) {
                if (!sentenceInitial[x] && words.capitalised(x)) {
                    capitalisedInside.add(words.hash(x));
                }
            }
        }
        // the pass finds nothing when no word capitalised inside a sentence has this hash
        int scanned = capitalisedInside.mayHold(words.hash(w)) ? words.size : 0;
        for (int x = 0; x < scanned; x++) {
            if (x != w && !sentenceInitial[x] && words.capitalised(x) && words.sameLower(x, w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Indonesian derivational shapes that names do not have: "-nya" (Awalnya), the verb prefix me- before
     * a nasal (Mengingat, Memang), di-...-kan/-i (Diketahui), pe-/ke-...-an nouns (Pengiriman, Kedatangan).
     * Read on the word's lower-case characters, without making its string.
     */
    private boolean affixed(int w) {
        int n = words.length(w);
        if (n >= 6 && words.lowerEndsWith(w, "nya")) {
            return true;
        }
        if (n >= 6 && (words.lowerStartsWith(w, "meng") || words.lowerStartsWith(w, "meny")
                || words.lowerStartsWith(w, "mem")
                || words.lowerStartsWith(w, "men") && !words.lowerStartsWith(w, "ment"))) {
            return true;
        }
        if (n >= 8 && words.lowerStartsWith(w, "di") && (words.lowerEndsWith(w, "kan") || words.lowerEndsWith(w, "i"))) {
            return true;
        }
        return n >= 8 && words.lowerEndsWith(w, "an") && (words.lowerStartsWith(w, "peng")
                || words.lowerStartsWith(w, "pen") || words.lowerStartsWith(w, "pem")
                || words.lowerStartsWith(w, "per") || words.lowerStartsWith(w, "ke"));
    }

    /** Whether word {@code w} is in the word list of {@code bit} ({@link QuoteLexicon#mask}), without a string. */
    boolean is(int w, int bit) {
        return (mask[w] & bit) != 0;
    }

    boolean sentenceInitial(int w) {
        return sentenceInitial[w];
    }

    /** The sentence's end trimmed of white space, closing punctuation and quotation marks. */
    int contentEnd(int from, int sentenceEndOffset) {
        int e = sentenceEndOffset;
        while (e > from) {
            char c = text.charAt(e - 1);
            if (Character.isWhitespace(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '"'
                    || c == '\u201C' || c == '\u201D' || c == '\u2019' || c == '\u00BB') {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    /** First index at or after {@code from} that is not white space, punctuation that opens, or a quote mark. */
    int contentStart(int from, int limit) {
        int s = from;
        while (s < limit) {
            char c = text.charAt(s);
            if (Character.isWhitespace(c) || c == ',' || c == ':' || c == '"' || c == '\u201C'
                    || c == '\u2018' || c == '\u00AB' || c == '-' || c == '\u2013' || c == '\u2014') {
                s++;
            } else {
                break;
            }
        }
        return s;
    }

    private static boolean lineHasText(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[][] lines(String text) {
        int count = 0;
        int p = 0;
        int[] s = new int[8];
        int[] e = new int[8];
        while (p < text.length()) {
            int end = text.indexOf('\n', p);
            if (end < 0) {
                end = text.length();
            }
            int a = p;
            while (a < end && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            if (a < end) {
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = a;
                e[count] = end;
                count++;
            }
            p = end + 1;
        }
        return new int[][] {Arrays.copyOf(s, count), Arrays.copyOf(e, count)};
    }
}
