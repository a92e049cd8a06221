package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The word resources of the recogniser: the gazetteer (multi-word phrases by category, matched
 * case-insensitively on token hashes) and the word clusters computed from Indonesian news text.
 * Immutable once loaded.
 */
final class Lexicon {
    static final int CLUSTER_LEVELS = 3;
    private static final String GAZETTEER = "gazetteer.tsv";
    private static final String CLUSTERS = "clusters.tsv.gz";
    private static final String TRAINED = "trained-names.tsv.gz";

    private final LongIntMap firstToken = new LongIntMap(4096);
    private final List<long[]> phrases = new ArrayList<>();
    private final List<GazetteerCategory> categories = new ArrayList<>();
    private final List<Integer> next = new ArrayList<>();
    private final LongIntMap clusters;
    private final List<String> clusterWords;
    private long[][] phraseArray = new long[0][];
    private GazetteerCategory[] categoryArray = new GazetteerCategory[0];
    private int[] nextArray = new int[0];
    /** Per phrase, its number of words and the hash of its second word (0 for one word), read before the phrase itself. */
    private int[] lengthArray = new int[0];
    private long[] secondArray = new long[0];
    /** Per phrase, the categories of it and of every phrase after it in its chain (bit = ordinal). */
    private int[] chainCategories = new int[0];
    private static final int NAME_CATEGORIES = 1 << GazetteerCategory.LOC.ordinal()
            | 1 << GazetteerCategory.ORG.ordinal() | 1 << GazetteerCategory.PER.ordinal();

    private final List<String> entries;

    private Lexicon(LongIntMap clusters, List<String> clusterWords, List<String> entries) {
        this.clusters = clusters;
        this.clusterWords = clusterWords;
        this.entries = List.copyOf(entries);
        for (String line : entries) {
            int tab = line.indexOf('\t');
            GazetteerCategory category = GazetteerCategory.valueOf(line.substring(0, tab).trim());
            if (category == GazetteerCategory.TITLE_WORD) {
                continue; // the quote stage's title words
            }
            int flag = line.indexOf('\t', tab + 1); // a third column ("place") is the quote stage's
            add(line.substring(tab + 1, flag < 0 ? line.length() : flag).trim(), category);
        }
        freeze();
    }

    /** The hand-written gazetteer and the word clusters. */
    static Lexicon handWritten() {
        List<String> words = new ArrayList<>();
        LongIntMap clusters = readClusters(words);
        return new Lexicon(clusters, List.copyOf(words), readLines(GAZETTEER, false));
    }

    /** What the shipped recogniser uses: {@link #handWritten()} and the names seen in the training data. */
    static Lexicon standard() {
        Lexicon lexicon = handWritten();
        return Lexicon.class.getResource(TRAINED) == null ? lexicon : lexicon.withNames(readLines(TRAINED, true));
    }

    /** This lexicon plus names from training data, lines "TRAIN_k&lt;TAB&gt;phrase". */
    Lexicon withNames(List<String> names) {
        List<String> all = new ArrayList<>(entries);
        all.addAll(names);
        return new Lexicon(clusters, clusterWords, all);
    }

    static List<String> readLines(String resource, boolean gzip) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = reader(resource, gzip)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#") && line.indexOf('\t') > 0) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * Lays the phrases out chain by chain, in the order each chain is walked (newest first), so that a walk
     * reads consecutive entries (and phrase arrays allocated one after the other) instead of scattered ones.
     */
    private void freeze() {
        int count = phrases.size();
        int[] oldNext = next.stream().mapToInt(Integer::intValue).toArray();
        int[] newIndex = new int[count];
        phraseArray = new long[count][];
        categoryArray = new GazetteerCategory[count];
        boolean[] head = new boolean[count];
        for (int e = 0; e < count; e++) {
            head[e] = firstToken.get(phrases.get(e)[0], -1) == e;
        }
        int pos = 0;
        for (int h = 0; h < count; h++) {
            if (!head[h]) {
                continue;
            }
            for (int e = h; e >= 0; e = oldNext[e]) {
                newIndex[e] = pos;
                phraseArray[pos] = phrases.get(e).clone();
                categoryArray[pos] = categories.get(e);
                pos++;
            }
            firstToken.put(phrases.get(h)[0], newIndex[h]);
        }
        nextArray = new int[count];
        for (int e = 0; e < count; e++) {
            nextArray[newIndex[e]] = oldNext[e] >= 0 ? newIndex[oldNext[e]] : -1;
        }
        lengthArray = new int[count];
        secondArray = new long[count];
        for (int e = 0; e < count; e++) {
            lengthArray[e] = phraseArray[e].length;
            secondArray[e] = phraseArray[e].length > 1 ? phraseArray[e][1] : 0;
        }
        chainCategories = new int[count];
        for (int e = count - 1; e >= 0; e--) {
            // a chain's next phrase is the entry right after it, so its mask is already known
            chainCategories[e] = 1 << categoryArray[e].ordinal() | (nextArray[e] >= 0 ? chainCategories[nextArray[e]] : 0);
        }
        phrases.clear();
        categories.clear();
        next.clear();
    }

    private void add(String phrase, GazetteerCategory category) {
        List<String> words = PhraseWords.split(phrase);
        if (words.isEmpty()) {
            return;
        }
        long[] hashes = new long[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = TokenHash.lower(words.get(i));
        }
        int index = phrases.size();
        phrases.add(hashes);
        categories.add(category);
        next.add(firstToken.get(hashes[0], -1));
        firstToken.put(hashes[0], index);
    }

    /**
     * Marks every gazetteer phrase found in the token hashes: bit {@code 2*category} on its first token,
     * bit {@code 2*category+1} on the following ones.
     */
    void annotate(long[] lowerHashes, int n, int[] bits) {
        annotate(lowerHashes, null, n, bits);
    }

    /** As {@link #annotate(long[], int, int[])}, with the words' {@link #heads} when known (else null). */
    void annotate(long[] lowerHashes, int[] heads, int n, int[] bits) {
        for (int i = 0; i < n; i++) {
            int head = heads != null ? heads[i] : firstToken.get(lowerHashes[i], -1);
            for (int e = head; e >= 0; e = nextArray[e]) {
                if (!mayMatch(e, lowerHashes, i, n)) {
                    continue;
                }
                long[] p = phraseArray[e];
                if (matches(p, lowerHashes, i, n)) {
                    int c = categoryArray[e].ordinal();
                    bits[i] |= 1 << (2 * c);
                    for (int k = 1; k < p.length; k++) {
                        bits[i + k] |= 1 << (2 * c + 1);
                    }
                }
            }
        }
    }

    /** For each word, the first phrase that starts with it, or -1 (one lookup per word, for the rules). */
    int[] heads(long[] lowerHashes, int n) {
        int[] heads = new int[n];
        for (int i = 0; i < n; i++) {
            heads[i] = firstToken.get(lowerHashes[i], -1);
        }
        return heads;
    }

    /** Length of the longest phrase of {@code category} starting at token {@code from}, or 0. */
    int matchLength(ArticleTokens t, int from, GazetteerCategory category) {
        return matchLength(t.heads[from], t.lower, from, t.size, category);
    }

    /** Whether some phrase of {@code category} starts with the word at {@code from}, whatever follows it. */
    boolean opens(ArticleTokens t, int from, GazetteerCategory category) {
        int head = t.heads[from];
        return category != null && head >= 0 && (chainCategories[head] & 1 << category.ordinal()) != 0;
    }

    /** Length of the longest phrase of {@code category} starting at {@code from}, or 0. */
    int matchLength(long[] lowerHashes, int from, int n, GazetteerCategory category) {
        return matchLength(firstToken.get(lowerHashes[from], -1), lowerHashes, from, n, category);
    }

    private int matchLength(int head, long[] lowerHashes, int from, int n, GazetteerCategory category) {
        if (head < 0 || (chainCategories[head] & 1 << category.ordinal()) == 0) {
            return 0;
        }
        int best = 0;
        for (int e = head; e >= 0; e = nextArray[e]) {
            if (categoryArray[e] != category || lengthArray[e] <= best || !mayMatch(e, lowerHashes, from, n)) {
                continue;
            }
            long[] p = phraseArray[e];
            if (matches(p, lowerHashes, from, n)) {
                best = p.length;
            }
        }
        return best;
    }

    /** The category of the longest name phrase starting at token {@code from}, as below. */
    GazetteerCategory nameCategory(ArticleTokens t, int from, int[] lengthOut) {
        return nameCategory(t.heads[from], t.lower, from, t.size, lengthOut);
    }

    /** The category of the longest phrase starting at {@code from} among LOC, ORG and PER, or null. */
    GazetteerCategory nameCategory(long[] lowerHashes, int from, int n, int[] lengthOut) {
        return nameCategory(firstToken.get(lowerHashes[from], -1), lowerHashes, from, n, lengthOut);
    }

    private GazetteerCategory nameCategory(int head, long[] lowerHashes, int from, int n, int[] lengthOut) {
        if (head < 0 || (chainCategories[head] & NAME_CATEGORIES) == 0) {
            lengthOut[0] = 0;
            return null;
        }
        int best = 0;
        GazetteerCategory found = null;
        for (int e = head; e >= 0; e = nextArray[e]) {
            if (lengthArray[e] <= best || !mayMatch(e, lowerHashes, from, n)) {
                continue;
            }
            long[] p = phraseArray[e];
            GazetteerCategory c = categoryArray[e];
            boolean name = c == GazetteerCategory.LOC || c == GazetteerCategory.ORG || c == GazetteerCategory.PER;
            if (name && matches(p, lowerHashes, from, n)) {
                best = p.length;
                found = c;
            }
        }
        lengthOut[0] = best;
        return found;
    }

    /** The name category (LOC, ORG, PER) of exactly this phrase, or null. */
    GazetteerCategory categoryOf(String phrase) {
        List<String> words = PhraseWords.split(phrase);
        if (words.isEmpty()) {
            return null;
        }
        long[] hashes = new long[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = TokenHash.lower(words.get(i));
        }
        int[] length = new int[1];
        GazetteerCategory c = nameCategory(hashes, 0, hashes.length, length);
        return length[0] == hashes.length ? c : null;
    }

    /** Packed cluster ids of a lowercased word hash: level {@code k} in bits 10k..10k+9, 0 = unknown. */
    int clusters(long lowerHash) {
        return clusters.get(lowerHash, 0);
    }

    /**
     * False when phrase {@code e} cannot start at {@code from} (too long, or its second word differs),
     * read from flat arrays: most phrases of a long chain ("kabupaten …", "bank …") fail here without
     * their own array being read. True means {@link #matches} decides.
     */
    private boolean mayMatch(int e, long[] hashes, int from, int n) {
        int length = lengthArray[e];
        return from + length <= n && (length == 1 || hashes[from + 1] == secondArray[e]);
    }

    private static boolean matches(long[] phrase, long[] hashes, int from, int n) {
        if (from + phrase.length > n) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (hashes[from + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    /** The lowercased words that have clusters (the common vocabulary of the news text). */
    List<String> clusterWords() {
        return clusterWords;
    }

    private static LongIntMap readClusters(List<String> words) {
        LongIntMap map = new LongIntMap(65536);
        if (Lexicon.class.getResource(CLUSTERS) == null) {
            return map;
        }
        try (BufferedReader in = reader(CLUSTERS, true)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                int packed = 0;
                for (int k = 1; k < f.length && k <= CLUSTER_LEVELS; k++) {
                    packed |= (Integer.parseInt(f[k]) + 1) << (10 * (k - 1));
                }
                String word = f[0].toLowerCase(Locale.ROOT);
                map.put(TokenHash.lower(word), packed);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map.compacted();
    }

    private static BufferedReader reader(String name, boolean gzip) throws IOException {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }
}
