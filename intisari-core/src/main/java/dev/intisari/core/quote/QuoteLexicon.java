package dev.intisari.core.quote;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists of quotation extraction, read once from the resources of this package. Every word is
 * lowercase; lookups take lowercase words. Immutable.
 */
final class QuoteLexicon {
    private static final String ROOT = "/dev/intisari/core/quote/";

    /** The Indonesian lists, loaded once; the title words are the entity gazetteer's ({@link TitleWords}). */
    static final QuoteLexicon INDONESIAN = new QuoteLexicon(ROOT, TitleWords.GAZETTEER,
            IndonesianAnalyzer.getDefaultStopSet());

    /** The English lists (the method checked on English news), loaded on first use. */
    static QuoteLexicon english() {
        return EnglishHolder.ENGLISH;
    }

    private static final class EnglishHolder {
        static final QuoteLexicon ENGLISH = new QuoteLexicon(ROOT + "en/", ROOT + "en/titles.txt",
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    final Set<String> cuesAfter;
    final Set<String> cuesAfterNya;
    final Set<String> cuesBefore;
    final Set<String> cuesPassive;
    final Set<String> cuesOpening;
    final Set<String> phraseStops;
    final Set<String> addresseeStops;
    final Set<String> pronouns;
    final Set<String> pluralPronouns;
    final Set<String> roleMarkers;
    final Set<String> honorifics;
    final Set<String> nameParticles;
    final Set<String> titles;
    final Set<String> placeTitles;
    final Set<String> organisations;
    final Set<String> organisationHeads;
    final Set<String> places;
    final Set<String> notNames;
    /** Title words written short and their long words: "mendagri" → menteri, dalam, negeri. */
    final java.util.Map<String, List<String>> titleAbbreviations;
    /** Titles that may relate their holder to the person named after them ("kuasa hukum"), as word arrays. */
    final List<String[]> relationalTitles;
    /** Cue verbs with the object that makes them an act ("meminta maaf"), as word pairs. */
    final List<String[]> cueActs;
    /** Words that introduce a nickname ("akrab disapa Owi"). */
    final Set<String> nicknameMarkers;
    /** Labels that open a paragraph linking to another article ("baca juga"), longest first. */
    final List<String> linkLabels;
    /** The first letters of {@link #linkLabels}: a paragraph opening with another letter is no link. */
    final String linkLabelInitials;
    final Set<String> subjectSkips;
    final Set<String> subjectStops;
    final Set<String> anaphors;
    final Set<String> cueBlockers;
    final Set<String> tailStops;
    final Set<String> prepositions;
    /** Words after which a capitalised word is a place, not a person ("di", "pemerintah", "warga"). */
    final Set<String> placeMarkers;
    /** The length of the longest place marker (a longer word is none). */
    final int longestPlaceMarker;
    /** The place markers as an array, and whether all are written in ASCII. */
    final String[] placeMarkerList;
    final boolean asciiPlaceMarkers;
    /** Academic degrees written after a name without a comma ("SH", "MSi"). */
    final Set<String> degrees;
    /** Nouns standing for a statement ("pernyataan", "rilis") and the words that describe it ("resmi"). */
    final Set<String> statementNouns;
    final Set<String> statementModifiers;
    /** Prepositions opening an adjunct that names a statement's medium ("dalam rilisnya", "melalui keterangan"). */
    final Set<String> statementPrepositions;
    /** Nouns for a person that head a description with a demonstrative ("pria asal Austria tersebut"). */
    final Set<String> personNouns;
    /** Words joining a title to an origin inside a description ("Pemain asal Argentina ini"). */
    final Set<String> originWords;
    /** Words after which a capitalised run is where or whom the subject is at, from or of: "di", "warga". */
    final Set<String> complementWords;
    /** Nouns for the people of a place ("warga Desa Sukamaju"): a complement word only before a place word. */
    final Set<String> residentNouns;
    /** Indefinite articles that open a description of a person ("seorang analis", "salah satu pendiri"). */
    final Set<String> indefinites;
    /** Nouns that open the name of a document ("Surat Perintah Penyidikan", "Peraturan Presiden"): never a person. */
    final Set<String> documentNouns;
    /** Lucene's stop words of the language: a capitalised one at a sentence start is not a name. */
    final Set<String> stopWords;
    /** {@link #stopWords} looked up in place in a buffer of chars (read only after it is built). */
    final CharArraySet stopWordChars;

    /** Bits of {@link #mask}: the word lists a word belongs to, read with one lookup per word. */
    static final int HONORIFIC = 1;
    static final int TITLE = 1 << 1;
    static final int ORGANISATION = 1 << 2;
    static final int PLACE = 1 << 3;
    static final int CUE = 1 << 4;
    static final int PRONOUN = 1 << 5;
    static final int MARKER = 1 << 6;
    static final int PARTICLE = 1 << 7;
    static final int NOT_NAME = 1 << 8;
    static final int STOP_WORD = 1 << 9;
    static final int PLURAL_PRONOUN = 1 << 10;
    /** One bit per list for the lists also read word by word (the {@code CUE} bit is their union for cues). */
    static final int CUE_BEFORE = 1 << 11;
    static final int CUE_PASSIVE = 1 << 12;
    static final int CUE_AFTER = 1 << 13;
    static final int PREPOSITION = 1 << 14;
    static final int PHRASE_STOP = 1 << 15;
    static final int ANAPHOR = 1 << 16;
    static final int ORGANISATION_HEAD = 1 << 17;
    static final int SUBJECT_STOP = 1 << 18;
    static final int SUBJECT_SKIP = 1 << 19;
    static final int PLACE_TITLE = 1 << 20;
    static final int CUE_BLOCKER = 1 << 21;
    static final int STATEMENT_NOUN = 1 << 22;
    static final int STATEMENT_MODIFIER = 1 << 23;
    static final int CUE_AFTER_NYA = 1 << 24;
    static final int TAIL_STOP = 1 << 25;
    static final int ADDRESSEE_STOP = 1 << 26;
    /** "menurut" and "menurutnya" ("Menurut X, ..."), which the finders read by name: one bit tells them apart. */
    static final int ACCORDING = 1 << 27;
    static final int NICKNAME_MARKER = 1 << 28;
    static final int STATEMENT_PREPOSITION = 1 << 29;
    /** Passive cues read only at the start of a sentence ("Disebut Sandi, …"). */
    static final int CUE_OPENING = 1 << 30;

    private final java.util.Map<String, Integer> masks = new java.util.HashMap<>();
    /**
     * {@link #masks} as an open-addressing table over the words' hashes, read without making a string per word:
     * every slot holds the word's hash (high half) and bits (low half; never 0 for a word, so 0 marks a free slot),
     * and where the word's characters lie in {@link #maskChars} (offset times 256 plus length).
     */
    private long[] maskSlots;
    private int[] maskText;
    private char[] maskChars;
    /**
     * One bit per {@link #filterBit} of every word in {@link #masks}: a word whose bit is clear is in no list, and
     * is answered without reading the table (4 KB that stay in the first-level cache; most of an article's words
     * are in no list).
     */
    private long[] maskFilter;
    private static final int FILTER_BITS = 1 << 15;

    /** The {@code HONORIFIC | TITLE | ...} bits of word {@code w} (0 for a word in no list). */
    int mask(Words words, int w) {
        int slots = maskSlots.length - 1;
        int h = words.hash(w);
        int bit = filterBit(h);
        if ((maskFilter[bit >>> 6] & 1L << bit) == 0) {
            return 0;
        }
        for (int i = Words.spread(h) & slots; ; i = (i + 1) & slots) {
            long slot = maskSlots[i];
            if (slot == 0) {
                return 0;
            }
            if ((int) (slot >>> 32) == h && words.sameCharsAs(w, maskChars, maskText[i] >>> 8, maskText[i] & 0xFF)) {
                return (int) slot;
            }
        }
    }

    /**
     * Where a relational title ({@link #relationalTitles}) ends right before word {@code nameFrom} and starts at
     * or after {@code from}: its first word, else -1.
     */
    int relationalTitleBefore(Words words, int from, int nameFrom) {
        for (String[] title : relationalTitles) {
            int start = nameFrom - title.length;
            if (start < from) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < title.length && all; k++) {
                all = words.lowerEquals(start + k, title[k]);
            }
            if (all) {
                return start;
            }
        }
        return -1;
    }

    /** Whether the cue verb {@code w} and the word after it name an act, not a statement ("meminta maaf"). */
    boolean cueAct(Words words, int w) {
        for (String[] act : cueActs) {
            if (w + act.length <= words.size && words.lowerEquals(w, act[0])) {
                boolean all = true;
                for (int k = 1; k < act.length && all; k++) {
                    all = words.lowerEquals(w + k, act[k]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    private void mark(Set<String> words, int bit) {
        for (String w : words) {
            masks.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** Every listed word and its bits, as {@link #mask} answers them (for tests). */
    java.util.Map<String, Integer> listedWords() {
        return java.util.Collections.unmodifiableMap(masks);
    }

    /** The bit of hash {@code h} in {@link #maskFilter}: its top bits after a multiplication that mixes them. */
    private static int filterBit(int h) {
        return (h * 0x9E3779B9) >>> (32 - 15);
    }

    private void buildMaskTable() {
        int capacity = Integer.highestOneBit(Math.max(4, masks.size()) * 2) * 2;
        maskSlots = new long[capacity];
        maskText = new int[capacity];
        maskFilter = new long[FILTER_BITS / 64];
        StringBuilder chars = new StringBuilder();
        for (java.util.Map.Entry<String, Integer> e : masks.entrySet()) {
            String word = e.getKey();
            if (word.length() > 0xFF) {
                throw new IllegalStateException("a word list entry longer than 255 characters: " + word);
            }
            int h = word.hashCode();
            int bit = filterBit(h);
            maskFilter[bit >>> 6] |= 1L << bit;
            int i = Words.spread(h) & (capacity - 1);
            while (maskSlots[i] != 0) {
                i = (i + 1) & (capacity - 1);
            }
            maskSlots[i] = (long) h << 32 | (e.getValue() & 0xFFFFFFFFL);
            maskText[i] = chars.length() << 8 | word.length();
            chars.append(word);
        }
        maskChars = chars.toString().toCharArray();
    }

    private QuoteLexicon(String root, String titleSource, CharArraySet stopSet) {
        cuesAfter = read(root + "cues-after.txt");
        Set<String> nya = new HashSet<>();
        cuesAfter.forEach(c -> nya.add(c + "nya"));
        cuesAfterNya = Set.copyOf(nya);
        cuesBefore = read(root + "cues-before.txt");
        cuesPassive = read(root + "cues-passive.txt");
        cuesOpening = read(root + "cues-opening.txt");
        phraseStops = read(root + "phrase-stops.txt");
        addresseeStops = read(root + "addressee-stops.txt");
        pronouns = read(root + "pronouns.txt");
        pluralPronouns = read(root + "plural-pronouns.txt");
        roleMarkers = read(root + "role-markers.txt");
        honorifics = read(root + "honorifics.txt");
        nameParticles = read(root + "name-particles.txt");
        TitleWords titleWords = titleSource.endsWith(".tsv")
                ? TitleWords.ofGazetteer(read(titleSource), honorifics) : TitleWords.ofList(read(titleSource));
        titles = titleWords.titles();
        placeTitles = titleWords.placeTitles();
        Set<String> organisationLines = read(root + "organisations.txt");
        Set<String> orgs = new HashSet<>();
        Set<String> heads = new HashSet<>();
        for (String line : organisationLines) {
            String word = line.endsWith("+") ? line.substring(0, line.length() - 1).strip() : line;
            orgs.add(word);
            if (line.endsWith("+")) {
                heads.add(word);
            }
        }
        organisations = Set.copyOf(orgs);
        organisationHeads = Set.copyOf(heads);
        places = read(root + "places.txt");
        notNames = read(root + "not-names.txt");
        nicknameMarkers = read(root + "nickname-markers.txt");
        titleAbbreviations = readPairs(root + "title-abbreviations.txt");
        relationalTitles = read(root + "relational-titles.txt").stream().map(t -> t.split(" ")).toList();
        cueActs = read(root + "cue-acts.txt").stream().map(t -> t.split("\\s+")).toList();
        linkLabels = read(root + "link-labels.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        linkLabelInitials = linkLabels.stream().filter(l -> !l.isEmpty()).map(l -> l.substring(0, 1)).distinct()
                .reduce("", String::concat);
        subjectSkips = read(root + "subject-skips.txt");
        subjectStops = read(root + "subject-stops.txt");
        anaphors = read(root + "anaphors.txt");
        cueBlockers = read(root + "cue-blockers.txt");
        tailStops = read(root + "tail-stops.txt");
        prepositions = read(root + "prepositions.txt");
        placeMarkers = read(root + "place-markers.txt");
        longestPlaceMarker = placeMarkers.stream().mapToInt(String::length).max().orElse(0);
        placeMarkerList = placeMarkers.toArray(String[]::new);
        asciiPlaceMarkers = placeMarkers.stream().allMatch(m -> m.chars().allMatch(c -> c < 128));
        degrees = read(root + "degrees.txt");
        statementNouns = read(root + "statement-nouns.txt");
        statementModifiers = read(root + "statement-modifiers.txt");
        statementPrepositions = read(root + "statement-prepositions.txt");
        personNouns = read(root + "person-nouns.txt");
        originWords = read(root + "origin-words.txt");
        complementWords = read(root + "complement-words.txt");
        residentNouns = read(root + "resident-nouns.txt");
        indefinites = read(root + "indefinites.txt");
        documentNouns = read(root + "document-nouns.txt");
        Set<String> stops = new HashSet<>();
        for (Object word : stopSet) {
            stops.add(new String((char[]) word));
        }
        stopWords = Set.copyOf(stops);
        stopWordChars = CharArraySet.unmodifiableSet(new CharArraySet(stopWords, false));
        mark(honorifics, HONORIFIC);
        mark(titles, TITLE);
        mark(organisations, ORGANISATION);
        mark(places, PLACE);
        mark(cuesBefore, CUE);
        mark(cuesPassive, CUE);
        mark(cuesAfter, CUE);
        mark(cuesAfterNya, CUE);
        mark(pronouns, PRONOUN);
        mark(roleMarkers, MARKER);
        mark(nameParticles, PARTICLE);
        mark(notNames, NOT_NAME);
        mark(stopWords, STOP_WORD);
        mark(pluralPronouns, PLURAL_PRONOUN);
        mark(cuesBefore, CUE_BEFORE);
        mark(cuesPassive, CUE_PASSIVE);
        mark(cuesAfter, CUE_AFTER);
        mark(prepositions, PREPOSITION);
        mark(phraseStops, PHRASE_STOP);
        mark(anaphors, ANAPHOR);
        mark(organisationHeads, ORGANISATION_HEAD);
        mark(subjectStops, SUBJECT_STOP);
        mark(subjectSkips, SUBJECT_SKIP);
        mark(placeTitles, PLACE_TITLE);
        mark(cueBlockers, CUE_BLOCKER);
        mark(statementNouns, STATEMENT_NOUN);
        mark(statementModifiers, STATEMENT_MODIFIER);
        mark(cuesAfterNya, CUE_AFTER_NYA);
        mark(tailStops, TAIL_STOP);
        mark(addresseeStops, ADDRESSEE_STOP);
        mark(Set.of("menurut", "menurutnya"), ACCORDING);
        // read like "Menurut X," where they open a sentence; the ACCORDING bit lets the finders' first test pass
        mark(cuesOpening, ACCORDING);
        mark(cuesOpening, CUE_OPENING);
        mark(nicknameMarkers, NICKNAME_MARKER);
        mark(statementPrepositions, STATEMENT_PREPOSITION);
        buildMaskTable();
    }

    /** Lines "short&lt;TAB&gt;long words" as short → its long words, lower case. */
    private static java.util.Map<String, List<String>> readPairs(String resource) {
        java.util.Map<String, List<String>> pairs = new java.util.HashMap<>();
        for (String line : read(resource)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(resource + ": no tab in \"" + line + "\"");
            }
            pairs.put(line.substring(0, tab).strip(), List.of(line.substring(tab + 1).strip().split("\\s+")));
        }
        return java.util.Map.copyOf(pairs);
    }

    private static Set<String> read(String resource) {
        InputStream in = QuoteLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
