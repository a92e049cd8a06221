package dev.intisari.core.entity;

/**
 * Turns the words of one sentence into hashed feature rows for the tagger: the word and its neighbours
 * (lowercased, ±2), word shape, prefixes and suffixes, position, gazetteer phrases, word clusters.
 * Every feature is a 64-bit hash of (template, value) folded into {@code 2^bits} rows; the per-word
 * hashes are computed once from the chars, so the hot loop builds no strings.
 */
final class NerFeatures {
    /** Most features one token can have. */
    static final int STRIDE = 136;
    /** Capitalisation kinds ({@link #kind}): 1 punctuation, 2 number, 3 all caps, 4 capitalised, 5 lowercase, 6 mixed. */
    static final int KINDS = 6;
    private static final int PREFIXES = 3;
    private static final int SUFFIXES = 4;
    private static final long BOUNDARY = TokenHash.lower("<s>");
    private static final long BOUNDARY_END = TokenHash.lower("</s>");

    private final Lexicon lexicon;
    private final int shift;
    private final boolean wide;
    private final boolean letterGrams;
    private final CaseProfile caseProfile;
    private final ExchangeClusters exchange;
    private final ExchangeClusters leftHistory;
    private final ExchangeClusters rightHistory;
    /** The dense vectors' classes and signs ({@link #vectorRows}), or null. */
    private final VectorClasses vectors;
    /** Which vector rows ({@link TrainerConfig#vectorRows}): 1 the classes, 2 the signs, 3 both, 0 none. */
    private final int vectorMode;
    /** The dense vectors' classes as one-word features ({@link TrainerConfig#VECTOR_WORDS}), or null. */
    private final VectorClasses wordVectors;
    /** The training split's mention roles ({@link #roleRows}), or null (the product). */
    private final MentionRoles roles;

    NerFeatures(Lexicon lexicon, int bits) {
        this(lexicon, bits, false);
    }

    /** With {@code wide}, also the {@link #wideRows wide-context} templates. */
    NerFeatures(Lexicon lexicon, int bits, boolean wide) {
        this(lexicon, bits, wide, false);
    }

    /** As above; with {@code letterGrams} (and {@code wide}), also the words' inner letter trigrams. */
    NerFeatures(Lexicon lexicon, int bits, boolean wide, boolean letterGrams) {
        this(lexicon, bits, wide, letterGrams, null);
    }

    /** As above; with {@code roles}, also the mention-role features ({@link #roleRows}). */
    NerFeatures(Lexicon lexicon, int bits, boolean wide, boolean letterGrams, MentionRoles roles) {
        this(lexicon, bits, wide, letterGrams, roles, 0);
    }

    /**
     * As above; with {@code vectorRows} ({@link TrainerConfig#vectorRows}) and {@code wide}, also the dense vectors'
     * features ({@link #vectorRows}).
     */
    NerFeatures(Lexicon lexicon, int bits, boolean wide, boolean letterGrams, MentionRoles roles, int vectorRows) {
        this.lexicon = lexicon;
        this.roles = roles;
        this.letterGrams = wide && letterGrams;
        this.shift = 64 - bits;
        this.wide = wide;
        this.caseProfile = wide ? CaseProfile.shipped() : null;
        this.exchange = wide && !Boolean.getBoolean("ner.noExchange") ? ExchangeClusters.shipped() : null;
        boolean sided = exchange != null && Boolean.getBoolean("ner.sided")
                && !ExchangeClusters.leftHistory().isEmpty() && !ExchangeClusters.rightHistory().isEmpty();
        this.leftHistory = sided ? ExchangeClusters.leftHistory() : null;
        this.rightHistory = sided ? ExchangeClusters.rightHistory() : null;
        boolean shipped = !VectorClasses.shipped().isEmpty();
        this.vectorMode = wide && (vectorRows & ~TrainerConfig.VECTOR_WORDS) != 0 && shipped
                ? vectorRows & ~TrainerConfig.VECTOR_WORDS : 0;
        this.vectors = vectorMode != 0 ? VectorClasses.shipped() : null;
        this.wordVectors = (vectorRows & TrainerConfig.VECTOR_WORDS) != 0 && shipped ? VectorClasses.shipped() : null;
    }

    /** Whether the words' letter trigrams are features ({@link #letterGramRows}). */
    boolean letterGrams() {
        return letterGrams;
    }

    /** Which dense-vector features are on: {@link TrainerConfig#vectorRows}, 0 for none. */
    int vectorRows() {
        return vectorMode | (wordVectors != null ? TrainerConfig.VECTOR_WORDS : 0);
    }

    /** Whether the mention-role features ({@link #roleRows}) are on. */
    boolean mentionRoles() {
        return roles != null;
    }

    /** Whether the wide-context templates are on. */
    boolean wide() {
        return wide;
    }

    /** Per-word facts computed once per sentence (the word's shape and affixes are read when needed). */
    static final class Words {
        final CharSequence[] words;
        final long[] lower;
        final long[] exact;
        final int[] kind;
        final int[] gazetteer;
        final int[] clusters;

        Words(CharSequence[] words, int n) {
            this.words = words;
            lower = new long[n];
            exact = new long[n];
            kind = new int[n];
            gazetteer = new int[n];
            clusters = new int[n];
        }
    }

    /** Lowercased hashes of the words (the gazetteer's key). */
    static long[] lowerHashes(CharSequence[] words, int n) {
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = TokenHash.lower(words[i]);
        }
        return h;
    }

    /** Feature rows: token {@code i} uses {@code rows[i*STRIDE .. i*STRIDE+counts[i])}. */
    int[] extract(CharSequence[] words, int n, int[] counts) {
        Words w = describe(words, n);
        int[] rows = new int[Math.max(1, n) * STRIDE];
        for (int i = 0; i < n; i++) {
            counts[i] = token(w, i, n, rows, i * STRIDE);
        }
        return rows;
    }

    Words describe(CharSequence[] words, int n) {
        return describe(words, n, true);
    }

    /** Whether the features read this lexicon (so its {@link Lexicon#heads} may be passed in). */
    boolean uses(Lexicon other) {
        return lexicon == other;
    }

    /** Cluster ids of a lowercased word hash, packed as in {@link Lexicon#clusters}. */
    int clusters(long lowerHash) {
        return lexicon.clusters(lowerHash);
    }

    /** The per-word facts; without {@code withClusters} the cluster ids are left 0 for the caller to fill. */
    Words describe(CharSequence[] words, int n, boolean withClusters) {
        return describe(words, null, n, withClusters);
    }

    /** As above, with the words' gazetteer heads ({@link Lexicon#heads}) when the caller has them, else null. */
    Words describe(CharSequence[] words, int[] heads, int n, boolean withClusters) {
        return describe(words, null, heads, n, withClusters);
    }

    /** As above, with the words' lowercase hashes ({@link TokenHash#lower}) when the caller has them, else null. */
    Words describe(CharSequence[] words, long[] lowerHashes, int[] heads, int n, boolean withClusters) {
        Words w = new Words(words, n);
        for (int i = 0; i < n; i++) {
            CharSequence s = words[i];
            int len = s.length();
            long lower = TokenHash.SEED;
            long exact = TokenHash.SEED;
            int upper = 0;
            int letters = 0;
            int digits = 0;
            boolean hashLower = lowerHashes == null;
            for (int k = 0; k < len; k++) {
                char c = s.charAt(k);
                if (hashLower) {
                    lower = TokenHash.step(lower, TokenHash.toLower(c));
                }
                exact = TokenHash.step(exact, c);
                if (c < 128) {
                    // ASCII without the Unicode tables: the same answers as the branch below
                    if (c >= 'A' && c <= 'Z') {
                        upper++;
                        letters++;
                    } else if (c >= 'a' && c <= 'z') {
                        letters++;
                    } else if (c >= '0' && c <= '9') {
                        digits++;
                    }
                } else if (Character.isUpperCase(c)) {
                    upper++;
                    letters++;
                } else if (Character.isLetter(c)) {
                    letters++;
                } else if (Character.isDigit(c)) {
                    digits++;
                }
            }
            w.lower[i] = hashLower ? lower : lowerHashes[i];
            w.exact[i] = exact;
            w.kind[i] = kind(len, s, upper, letters, digits);
            w.clusters[i] = withClusters ? lexicon.clusters(lower) : 0;
        }
        lexicon.annotate(w.lower, heads, n, w.gazetteer);
        return w;
    }

    /** Hash of the word's shape: X upper, x lower, d digit, other chars as they are; runs collapsed, at most 6. */
    private static long shape(CharSequence s) {
        long shape = TokenHash.SEED;
        char lastShape = 0;
        int shapeLen = 0;
        for (int k = 0; k < s.length() && shapeLen < 6; k++) {
            char c = s.charAt(k);
            char sc = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (sc != lastShape) {
                shape = TokenHash.step(shape, sc);
                lastShape = sc;
                shapeLen++;
            }
        }
        return shape;
    }

    /** 1 punctuation, 2 number, 3 all caps, 4 capitalised, 5 lowercase, 6 mixed. */
    private static int kind(int len, CharSequence s, int upper, int letters, int digits) {
        if (letters == 0) {
            return digits > 0 ? 2 : 1;
        }
        if (upper == letters && letters > 1) {
            return 3;
        }
        if (Character.isUpperCase(s.charAt(0))) {
            return 4;
        }
        return upper == 0 ? 5 : 6;
    }

    private int token(Words w, int i, int n, int[] rows, int at) {
        int c = selfRows(w, i, rows, at);
        c = leftRows(w, i - 1, rows, c);
        c = rightRows(w, i + 1, n, rows, c);
        rows[c++] = secondLeftRow(w, i - 2);
        rows[c++] = secondRightRow(w, i + 2, n);
        return contextRows(w, i, n, rows, c, at + STRIDE) - at;
    }

    /** The features of the word itself (no neighbour, no position): the same wherever the word stands. */
    int selfRows(Words w, int i, int[] rows, int at) {
        int c = at;
        long lw = w.lower[i];
        int kind = w.kind[i];
        rows[c++] = row(0, 0);
        rows[c++] = row(1, lw);
        rows[c++] = row(2, w.exact[i]);
        CharSequence s = w.words[i];
        int len = s.length();
        rows[c++] = row(9, shape(s));
        rows[c++] = row(14, Math.min(len, 12));
        long prefix = TokenHash.SEED;
        for (int k = 0; k < PREFIXES && k < len; k++) {
            prefix = TokenHash.step(prefix, TokenHash.toLower(s.charAt(k)));
            if (prefix != 0) {
                rows[c++] = row(20 + k, prefix);
            }
        }
        long suffix = TokenHash.SEED;
        for (int k = 0; k < SUFFIXES && k < len; k++) {
            suffix = TokenHash.step(suffix, TokenHash.toLower(s.charAt(len - 1 - k)));
            if (suffix != 0) {
                rows[c++] = row(24 + k, suffix);
            }
        }
        int here = w.clusters[i];
        for (int level = 0; level < Lexicon.CLUSTER_LEVELS; level++) {
            int id = (here >>> (10 * level)) & 1023;
            rows[c++] = row(30 + level, id);
            rows[c++] = row(33 + level, id * 8L + kind);
        }
        if (wordVectors != null) {
            int classes = wordVectors.classesOf(lw);
            rows[c++] = row(170, level(classes, 0));
            rows[c++] = row(171, level(classes, 1));
            rows[c++] = row(172, level(classes, 2));
            rows[c++] = row(173, level(classes, 1) * 8L + kind);
        }
        if (letterGrams && len > 4) {
            c = letterGramRows(s, len, rows, c);
        }
        return c;
    }

    /** Most letter trigrams of one word ({@link #letterGramRows}). */
    private static final int LETTER_GRAMS_MAX = 10;

    /**
     * The word's inner letter trigrams, lowercased (at most {@link #LETTER_GRAMS_MAX}, from the start; the
     * first and last are already prefixes and suffixes): what a word unseen in training shares with seen
     * ones ("-corp", "-film", "-tech" inside a firm's name; Indonesian morphology against foreign spelling).
     * Wide models only.
     */
    private int letterGramRows(CharSequence s, int len, int[] rows, int c) {
        for (int k = 1; k + 3 < len && k <= LETTER_GRAMS_MAX; k++) {
            long g = TokenHash.step(TokenHash.step(TokenHash.step(TokenHash.SEED, TokenHash.toLower(s.charAt(k))),
                    TokenHash.toLower(s.charAt(k + 1))), TokenHash.toLower(s.charAt(k + 2)));
            rows[c++] = row(45, g);
        }
        return c;
    }

    /** The features word {@code j} gives the word after it ({@code j == -1}: the sentence start). */
    int leftRows(Words w, int j, int[] rows, int at) {
        int c = at;
        rows[c++] = row(3, j >= 0 ? w.lower[j] : BOUNDARY);
        int before = j >= 0 ? w.clusters[j] : -1;
        for (int level = 0; level < Lexicon.CLUSTER_LEVELS; level++) {
            rows[c++] = row(36 + level, before < 0 ? -1 : (before >>> (10 * level)) & 1023);
        }
        if (wordVectors != null) {
            rows[c++] = row(174, level(j >= 0 ? wordVectors.classesOf(w.lower[j]) : -1, 1));
        }
        return c;
    }

    /** The features word {@code j} gives the word before it ({@code j == n}: the sentence end). */
    int rightRows(Words w, int j, int n, int[] rows, int at) {
        int c = at;
        rows[c++] = row(4, j < n ? w.lower[j] : BOUNDARY_END);
        int after = j < n ? w.clusters[j] : -1;
        for (int level = 0; level < Lexicon.CLUSTER_LEVELS; level++) {
            rows[c++] = row(39 + level, after < 0 ? -1 : (after >>> (10 * level)) & 1023);
        }
        if (wordVectors != null) {
            rows[c++] = row(175, level(j < n ? wordVectors.classesOf(w.lower[j]) : -1, 1));
        }
        return c;
    }

    /**
     * The row word {@code j} gives its neighbour of capitalisation kind {@code kind} ({@link #kind}, 1-6):
     * as the previous word ({@code previous}, {@code j == -1} the sentence start) or as the next word
     * ({@code j == n} the sentence end). Part of {@link #contextRows}.
     */
    int neighbourKindRow(Words w, int j, int n, int kind, boolean previous) {
        long word = j >= 0 && j < n ? w.lower[j] : previous ? BOUNDARY : BOUNDARY_END;
        return row(previous ? 11 : 12, TokenHash.combine(word, kind));
    }

    /** The capitalisation kind of word {@code i} (1 punctuation ... 6 mixed, as {@link #kind}). */
    static int kindOf(Words w, int i) {
        return w.kind[i];
    }

    /** The feature word {@code j} gives the word two after it ({@code j < 0}: before the sentence start). */
    int secondLeftRow(Words w, int j) {
        return row(5, j >= 0 ? w.lower[j] : BOUNDARY);
    }

    /** The feature word {@code j} gives the word two before it ({@code j >= n}: after the sentence end). */
    int secondRightRow(Words w, int j, int n) {
        return row(6, j < n ? w.lower[j] : BOUNDARY_END);
    }

    /**
     * The features that join the word with its neighbours or its position: bigrams,
     * capitalisation of the neighbours, position, gazetteer phrases; rows stop at {@code limit}.
     */
    int contextRows(Words w, int i, int n, int[] rows, int at, int limit) {
        return contextRows(w, i, n, rows, at, limit, true);
    }

    /**
     * As above; without {@code neighbourKinds} the two rows of the neighbours' words with this word's
     * kind ({@link #neighbourKindRow}) are left out (and the limit is the caller's, less those two).
     */
    int contextRows(Words w, int i, int n, int[] rows, int at, int limit, boolean neighbourKinds) {
        int c = at;
        long lw = w.lower[i];
        long prev = i > 0 ? w.lower[i - 1] : BOUNDARY;
        long next = i + 1 < n ? w.lower[i + 1] : BOUNDARY_END;
        int kind = w.kind[i];
        int kindPrev = i > 0 ? w.kind[i - 1] : 0;
        int kindNext = i + 1 < n ? w.kind[i + 1] : 0;
        rows[c++] = row(7, TokenHash.combine(prev, lw));
        rows[c++] = row(8, TokenHash.combine(lw, next));
        rows[c++] = row(10, kindPrev * 64 + kind * 8 + kindNext);
        if (neighbourKinds) {
            rows[c++] = row(11, TokenHash.combine(prev, kind));
            rows[c++] = row(12, TokenHash.combine(next, kind));
        }
        rows[c++] = row(13, (i == 0 ? 16 : i == 1 ? 32 : 48) + kind);
        c = gazetteerRows(w.gazetteer[i], 50, kind, rows, c, limit);
        if (i > 0) {
            c = gazetteerRows(w.gazetteer[i - 1], 52, kind, rows, c, limit);
        }
        if (i + 1 < n) {
            c = gazetteerRows(w.gazetteer[i + 1], 54, kind, rows, c, limit);
        }
        if (i > 1) {
            c = gazetteerRows(w.gazetteer[i - 2], 56, kind, rows, c, limit);
        }
        c = wide ? wideRows(w, i, n, rows, c, limit) : c;
        c = roles == null ? c : roleRows(w, i, n, rows, c, limit);
        return vectors == null ? c : vectorRows(w, i, n, rows, c, limit);
    }

    /**
     * The dense vectors' features ({@link VectorClasses}): with the classes, the word's class at 64, 256 and 1000,
     * at 256 with its capitalisation kind, its neighbours' at 256 and the pairs (previous, this) and (this, next);
     * with the signs, one row per clearly positive or clearly negative leading dimension of the word's vector.
     */
    private int vectorRows(Words w, int i, int n, int[] rows, int at, int limit) {
        int c = at;
        long lw = w.lower[i];
        if ((vectorMode & TrainerConfig.VECTOR_CLASSES) != 0 && c + 8 <= limit) {
            int here = vectors.classesOf(lw);
            int before = i > 0 ? vectors.classesOf(w.lower[i - 1]) : -1;
            int after = i + 1 < n ? vectors.classesOf(w.lower[i + 1]) : -1;
            rows[c++] = row(150, level(here, 0));
            rows[c++] = row(151, level(here, 1));
            rows[c++] = row(152, level(here, 2));
            rows[c++] = row(153, level(here, 1) * 8L + w.kind[i]);
            rows[c++] = row(154, level(before, 1));
            rows[c++] = row(155, level(after, 1));
            rows[c++] = row(156, level(before, 1) * 2048L + level(here, 1));
            rows[c++] = row(157, level(here, 1) * 2048L + level(after, 1));
        }
        if ((vectorMode & TrainerConfig.VECTOR_SIGNS) != 0) {
            int up = vectors.upOf(lw);
            int down = vectors.downOf(lw);
            while (up != 0 && c < limit) {
                rows[c++] = row(160, Integer.numberOfTrailingZeros(up) * 2L);
                up &= up - 1;
            }
            while (down != 0 && c < limit) {
                rows[c++] = row(160, Integer.numberOfTrailingZeros(down) * 2L + 1);
                down &= down - 1;
            }
        }
        return c;
    }

    /** Most mention-role features one token has ({@link #roleRows}). */
    static final int ROLE_ROWS = 9;

    /**
     * The mention-role features ({@link MentionRoles}: what the word does around the training split's names of
     * each type, with its share and count): the word's commonest role (0 for a word never in or next to a name),
     * alone and with its capitalisation kind, its second role; the commonest roles of the words before and after
     * it and their neighbour roles (a word that comes just before events, one that comes just after dishes); and
     * the commonest roles of (previous, this) and (this, next) joined. Per-data-set models only.
     */
    private int roleRows(Words w, int i, int n, int[] rows, int at, int limit) {
        if (at + ROLE_ROWS > limit) {
            return at;
        }
        int c = at;
        int here = roles.rolesOf(w.lower[i]);
        int before = i > 0 ? roles.rolesOf(w.lower[i - 1]) : -1;
        int after = i + 1 < n ? roles.rolesOf(w.lower[i + 1]) : -1;
        int own = MentionRoles.firstRole(here);
        int prev = before < 0 ? 512 : MentionRoles.firstRole(before);
        int next = after < 0 ? 512 : MentionRoles.firstRole(after);
        rows[c++] = row(140, own);
        rows[c++] = row(141, own * 8L + w.kind[i]);
        if (MentionRoles.secondRole(here) != 0) {
            rows[c++] = row(142, MentionRoles.secondRole(here));
        }
        rows[c++] = row(143, prev);
        rows[c++] = row(144, next);
        rows[c++] = row(145, before < 0 ? 512 : MentionRoles.sideRole(before));
        rows[c++] = row(146, after < 0 ? 512 : MentionRoles.sideRole(after));
        rows[c++] = row(147, prev * 1024L + own);
        rows[c++] = row(148, own * 1024L + next);
        return c;
    }

    /**
     * The wide-context templates, none of them lexical (so they generalise past the words seen in
     * training and need no capitals): the word's case class ({@link CaseProfile}) alone, with its
     * capitalisation kind, with the previous and the next word's class and with its own cluster; the
     * clusters of the words two and three away; and the clusters of neighbouring words joined (previous
     * with this one, this one with the next, and all three). Used by the per-data-set models only.
     */
    private int wideRows(Words w, int i, int n, int[] rows, int at, int limit) {
        if (at + 13 > limit) {
            return at;
        }
        int c = at;
        int before = i > 0 ? w.clusters[i - 1] : -1;
        int here = w.clusters[i];
        int after = i + 1 < n ? w.clusters[i + 1] : -1;
        int caseHere = caseProfile.classOf(w.lower[i]);
        int caseBefore = i > 0 ? caseProfile.classOf(w.lower[i - 1]) : 31;
        int caseAfter = i + 1 < n ? caseProfile.classOf(w.lower[i + 1]) : 31;
        rows[c++] = row(70, caseHere);
        rows[c++] = row(71, caseHere * 8L + w.kind[i]);
        rows[c++] = row(72, caseBefore * 32L + caseHere);
        rows[c++] = row(73, caseHere * 32L + caseAfter);
        rows[c++] = row(74, caseHere * 2048L + level(here, 1));
        rows[c++] = row(60, level(i > 1 ? w.clusters[i - 2] : -1, 1));
        rows[c++] = row(61, level(i + 2 < n ? w.clusters[i + 2] : -1, 1));
        rows[c++] = row(62, level(i > 2 ? w.clusters[i - 3] : -1, 1));
        rows[c++] = row(63, level(i + 3 < n ? w.clusters[i + 3] : -1, 1));
        rows[c++] = row(64, level(before, 2) * 2048L + level(here, 2));
        rows[c++] = row(65, level(here, 2) * 2048L + level(after, 2));
        rows[c++] = row(66, (level(before, 1) * 2048L + level(here, 1)) * 2048L + level(after, 1));
        rows[c++] = row(67, (level(before, 0) * 2048L + level(here, 0)) * 2048L + level(after, 0));
        return exchange == null ? c : exchangeRows(w, i, n, rows, c, limit);
    }

    /**
     * The language-model classes ({@link ExchangeClusters}): the word's at each granularity, at 256 with its
     * capitalisation kind and with its case class; its neighbours' at 256 (one and two away); the pairs
     * (previous, this) and (this, next) at 256 and the triple (previous, this, next) at 64 and at 256.
     */
    private int exchangeRows(Words w, int i, int n, int[] rows, int at, int limit) {
        if (at + 13 > limit) {
            return at;
        }
        int c = at;
        int here = exchange.classesOf(w.lower[i]);
        int before = i > 0 ? exchange.classesOf(w.lower[i - 1]) : -1;
        int after = i + 1 < n ? exchange.classesOf(w.lower[i + 1]) : -1;
        rows[c++] = row(75, level(here, 0));
        rows[c++] = row(76, level(here, 1));
        rows[c++] = row(77, level(here, 2));
        rows[c++] = row(78, level(here, 1) * 8L + w.kind[i]);
        rows[c++] = row(79, level(before, 1));
        rows[c++] = row(80, level(after, 1));
        rows[c++] = row(81, level(before, 1) * 2048L + level(here, 1));
        rows[c++] = row(82, level(here, 1) * 2048L + level(after, 1));
        rows[c++] = row(83, (level(before, 0) * 2048L + level(here, 0)) * 2048L + level(after, 0));
        rows[c++] = row(84, level(i > 1 ? exchange.classesOf(w.lower[i - 2]) : -1, 1));
        rows[c++] = row(85, level(i + 2 < n ? exchange.classesOf(w.lower[i + 2]) : -1, 1));
        rows[c++] = row(86, (level(before, 1) * 2048L + level(here, 1)) * 2048L + level(after, 1));
        rows[c++] = row(87, caseProfile.classOf(w.lower[i]) * 2048L + level(here, 1));
        return leftHistory == null ? c : sidedRows(w, i, n, rows, c, limit);
    }

    /**
     * The one-sided classes ({@link ExchangeClusters#leftHistory}, {@link ExchangeClusters#rightHistory}):
     * the word's left-history and right-history classes at each granularity and both at 256 together; the
     * right-history class of the word before (what that word expects after it) and the left-history class
     * of the word after (what it expects before it), at 256. Off unless {@code -Dner.sided=true} and the two
     * files were built ({@code NerTrainEval#sidedExchangeClusters}): on dev they lost on NER-UI and NERGRIT.
     */
    private int sidedRows(Words w, int i, int n, int[] rows, int at, int limit) {
        if (at + 9 > limit) {
            return at;
        }
        int c = at;
        int left = leftHistory.classesOf(w.lower[i]);
        int right = rightHistory.classesOf(w.lower[i]);
        rows[c++] = row(88, level(left, 0));
        rows[c++] = row(89, level(left, 1));
        rows[c++] = row(90, level(left, 2));
        rows[c++] = row(91, level(right, 0));
        rows[c++] = row(92, level(right, 1));
        rows[c++] = row(93, level(right, 2));
        rows[c++] = row(94, level(left, 1) * 2048L + level(right, 1));
        rows[c++] = row(95, level(i > 0 ? rightHistory.classesOf(w.lower[i - 1]) : -1, 1));
        rows[c++] = row(96, level(i + 1 < n ? leftHistory.classesOf(w.lower[i + 1]) : -1, 1));
        return c;
    }

    /** Most guide features one token has ({@link #guideRows}). */
    static final int GUIDE_ROWS = 5;

    /**
     * The guide features of word {@code i}: the tags another tagger (trained on other data sets, see
     * {@code TrainerConfig#guide}) gave it and its neighbours — its own tag, with its capitalisation kind,
     * with the tag before, with the tag after, and the three together — so the model learns how far to
     * trust that tagger and how its types map onto this data set's. Returns the end of the rows written
     * from {@code at}, never past {@code limit}. Per-data-set models only.
     */
    int guideRows(Words w, int[] guide, int i, int n, int[] rows, int at, int limit) {
        if (at + GUIDE_ROWS > limit) {
            return at;
        }
        int here = guide[i];
        int before = i > 0 ? guide[i - 1] : 63;
        int after = i + 1 < n ? guide[i + 1] : 63;
        int c = at;
        rows[c++] = row(110, here);
        rows[c++] = row(111, here * 8L + w.kind[i]);
        rows[c++] = row(112, before * 64L + here);
        rows[c++] = row(113, here * 64L + after);
        rows[c++] = row(114, (before * 64L + here) * 64L + after);
        return c;
    }

    /** Most non-local features one token has ({@link #nonLocalRows}). */
    static final int NON_LOCAL_ROWS = 9;

    /**
     * The non-local features of word {@code i} for a second pass (stacking over the model's own first pass,
     * {@code TrainerConfig#stackFolds}): how the first pass tagged the other occurrences of the same word
     * in the sentence (news paragraphs and encyclopaedia passages name a band, a firm or a person several
     * times, and the mention with the clearer context tells the others) — the majority type of the others
     * (0 for none) and whether they agree, that type with this word's own first-pass type and with its
     * capitalisation kind, the majority type of the earlier and of the later occurrences — and the first
     * pass's segment around the word ({@link #spanRows}). Not the word's own first-pass tag alone, on which the
     * second pass leant (NERGRIT dev 73.34 with it, 73.98 without, 74.48 with the segment rows instead). Types
     * are read off tag ids ({@code (tag + 1) / 2}: B- and I- of one type alike). Punctuation and numbers get the
     * segment rows only. Returns the end of the rows written from {@code at}, never past {@code limit}.
     * Per-data-set models only.
     */
    int nonLocalRows(Words w, int[] first, int types, int i, int n, int[] rows, int at, int limit) {
        if (at + NON_LOCAL_ROWS > limit) {
            return at;
        }
        int c = at;
        int own = (first[i] + 1) / 2;
        c = spanRows(w, first, i, n, rows, c);
        if (w.kind[i] <= 2) {
            return c;
        }
        int[] earlier = new int[types + 1];
        int[] later = new int[types + 1];
        int others = 0;
        for (int j = 0; j < n; j++) {
            if (j != i && w.lower[j] == w.lower[i]) {
                (j < i ? earlier : later)[(first[j] + 1) / 2]++;
                others++;
            }
        }
        if (others == 0) {
            return c;
        }
        int[] all = new int[types + 1];
        for (int t = 0; t <= types; t++) {
            all[t] = earlier[t] + later[t];
        }
        int major = majority(all);
        boolean unanimous = all[major] == others;
        rows[c++] = row(120, major * 2L + (unanimous ? 1 : 0));
        rows[c++] = row(121, major * 64L + own);
        rows[c++] = row(122, major * 8L + w.kind[i]);
        rows[c++] = row(123, majorityOrNone(earlier) * 64L + majorityOrNone(later));
        return c;
    }

    /**
     * The first pass's segment around word {@code i}: its neighbours' first-pass tags, and for a word inside a
     * first-pass name its type with the name's length and the word's place in it, the word before and the word
     * after the name; for a word outside, the type of a name ending just before or starting just after it.
     */
    private int spanRows(Words w, int[] first, int i, int n, int[] rows, int c) {
        int before = i > 0 ? first[i - 1] : 63;
        int after = i + 1 < n ? first[i + 1] : 63;
        rows[c++] = row(125, before * 64L + first[i]);
        rows[c++] = row(126, first[i] * 64L + after);
        if (first[i] == 0) {
            int left = i > 0 ? (first[i - 1] + 1) / 2 : 0;
            int right = i + 1 < n && first[i + 1] % 2 == 1 ? (first[i + 1] + 1) / 2 : 0;
            rows[c++] = row(127, TokenHash.combine(w.lower[i], left * 64L + right));
            return c;
        }
        int type = (first[i] + 1) / 2;
        int start = i;
        while (start > 0 && first[start] % 2 == 0) {
            start--;
        }
        int end = i + 1;
        while (end < n && first[end] == type * 2) {
            end++;
        }
        rows[c++] = row(128, type * 256L + Math.min(end - start, 8) * 16L + Math.min(i - start, 7) * 2 + (i + 1 == end ? 1 : 0));
        rows[c++] = row(129, TokenHash.combine(start > 0 ? w.lower[start - 1] : BOUNDARY, type));
        rows[c++] = row(130, TokenHash.combine(end < n ? w.lower[end] : BOUNDARY_END, type));
        return c;
    }

    /** The type counted most (ties: an entity type before "O", then the lower type). */
    private static int majority(int[] counts) {
        int best = 0;
        for (int t = 1; t < counts.length; t++) {
            if (counts[t] > 0 && (counts[t] > counts[best] || (counts[t] == counts[best] && best == 0))) {
                best = t;
            }
        }
        return best;
    }

    /** {@link #majority} plus one, or 0 when nothing was counted. */
    private static int majorityOrNone(int[] counts) {
        for (int k : counts) {
            if (k > 0) {
                return majority(counts) + 1;
            }
        }
        return 0;
    }

    /** Most edge features one position has ({@link #edgeRows}). */
    static final int EDGE_STRIDE = 5;

    /**
     * The edge features of position {@code i}: what the move from the tag of word {@code i - 1} (the
     * sentence start for {@code i == 0}) to the tag of word {@code i} is conditioned on, so that a move's
     * score depends on the words it joins ("dan" inside an organisation's name, "di" before a place, a
     * capitalised word after a lowercase one): the word, the word before, each one's 256-class (the
     * exchange class when the model reads those, else the PPMI cluster) joined with its capitalisation
     * kind, and the two kinds together. Rows are {@code 2^edgeBits}; returns the number written at
     * {@code at}. Per-data-set models only (the product has no edge features).
     */
    int edgeRows(Words w, int i, int n, int edgeBits, int[] rows, int at) {
        int edgeShift = 64 - edgeBits;
        long prev = i > 0 ? w.lower[i - 1] : BOUNDARY;
        int kindPrev = i > 0 ? w.kind[i - 1] : 0;
        int c = at;
        rows[c++] = (int) (TokenHash.combine(100, w.lower[i]) >>> edgeShift);
        rows[c++] = (int) (TokenHash.combine(101, prev) >>> edgeShift);
        rows[c++] = (int) (TokenHash.combine(102, edgeClass(w, i) * 8L + w.kind[i]) >>> edgeShift);
        rows[c++] = (int) (TokenHash.combine(103, (i > 0 ? edgeClass(w, i - 1) : 1024) * 8L + kindPrev) >>> edgeShift);
        rows[c++] = (int) (TokenHash.combine(104, kindPrev * 8L + w.kind[i]) >>> edgeShift);
        return c - at;
    }

    /** The word's class at 256 for the edge and segment features: the exchange class when read, else the PPMI cluster. */
    int edgeClass(Words w, int i) {
        return exchange != null ? level(exchange.classesOf(w.lower[i]), 1) : level(w.clusters[i], 1);
    }

    /** Cluster id at {@code level} of packed ids, 1024 for none (outside the sentence). */
    private static int level(int packed, int level) {
        return packed < 0 ? 1024 : (packed >>> (10 * level)) & 1023;
    }

    private int gazetteerRows(int bits, int template, int kind, int[] rows, int c, int limit) {
        while (bits != 0 && c + 2 <= limit) {
            int b = Integer.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            rows[c++] = row(template, b);
            rows[c++] = row(template + 1, b * 8L + kind);
        }
        return c;
    }

    private int row(int template, long value) {
        return (int) (TokenHash.combine(template, value) >>> shift);
    }
}
