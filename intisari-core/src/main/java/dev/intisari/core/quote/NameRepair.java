package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs a person's name as the entity stage or the phrase reading gave it, for one article:
 * <ul>
 *   <li>a place, brand or title word glued before the name is dropped when two name words remain
 *       ("Sukamaju Herlambang Suryadi" after "Bupati", "TaniKita Nadia Rahmawati" after "CEO"); a place word is
 *       a word of the article's place and organisation entities, of {@code places.txt}, a word the article uses
 *       after {@code place-markers.txt} ("di Vanaroa", "Pemerintah Vanaroa"), or a word with a capital inside
 *       ("TaniKita");</li>
 *   <li>academic degrees after the name are dropped ("Ari Wibowo SH", {@code degrees.txt});</li>
 *   <li>a ticket of two names ("Yohanes Tarigan-Siti Maemunah") gives the one the phrase names;</li>
 *   <li>a one-word name ("Marthen") is completed from the full names of the article that start with it (the
 *       last one introduced before the statement, else the first after it).</li>
 * </ul>
 */
final class NameRepair {
    private static final Pattern PAIR = Pattern.compile("(\\S+ \\S+.*?)-(\\p{Lu}\\S* \\S.*)");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{L}) +- +(?=\\p{L})");


    /** A capitalised run of the article, its words split once, and where it starts. */
    private record FullName(String name, String[] words, int position) {
    }

    private final QuoteLexicon lex;
    private final Words words;
    private final String text;
    private final List<Entity> entities;
    /** Built on first use: most articles repair few names, and many none. */
    private Set<String> placeWords;
    private Set<String> entityWords;
    private Set<String> personNames;
    private List<FullName> fullNames;
    /** {@link #trim} of the names asked so far: an article names its speakers again and again. */
    private final Map<String, String> trimmed = new HashMap<>();
    /** {@link #clipped} of the one-word names asked so far (it does not depend on the position). */
    private final Map<String, String> clippedNames = new HashMap<>();

    NameRepair(Words words, List<Entity> entities, QuoteLexicon lex) {
        this.lex = lex;
        this.words = words;
        this.text = words.text;
        this.entities = entities;
    }

    NameRepair(String text, List<Entity> entities, QuoteLexicon lex) {
        this(new Words(text), entities, lex);
    }

    private Set<String> entityWords() {
        if (entityWords != null) {
            return entityWords;
        }
        entityWords = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                for (String w : NameWords.spacesAndHyphens(e.name())) {
                    entityWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return entityWords;
    }

    private static boolean asciiLetters(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some token of the text (tokens split at {@link #tokenBreak}) equals {@code lower} when lowered, starts
     * with a capital and follows a token that is a place marker: the same answer as the set of
     * {@link #placeWords()}, for one word of ASCII letters.
     */
    private boolean afterPlaceMarker(String lower) {
        int n = lower.length();
        char upper = Character.toUpperCase(lower.charAt(0));
        for (int i = text.indexOf(upper); i >= 0; i = text.indexOf(upper, i + 1)) {
            if (i + n > text.length() || i > 0 && !tokenBreak(text.charAt(i - 1))
                    || i + n < text.length() && !tokenBreak(text.charAt(i + n))
                    || !text.regionMatches(true, i, lower, 0, n) || !asciiToken(i, n)) {
                continue;
            }
            int previousEnd = i;
            while (previousEnd > 0 && tokenBreak(text.charAt(previousEnd - 1))) {
                previousEnd--;
            }
            int previousStart = previousEnd;
            while (previousStart > 0 && !tokenBreak(text.charAt(previousStart - 1))) {
                previousStart--;
            }
            if (previousEnd > previousStart && previousEnd - previousStart <= lex.longestPlaceMarker
                    && placeMarker(previousStart, previousEnd)) {
                return true;
            }
        }
        return false;
    }

    private boolean asciiToken(int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words after a place marker (the entities' words are asked apart). */
    private Set<String> placeWords() {
        if (placeWords != null) {
            return placeWords;
        }
        placeWords = new HashSet<>();
        int previousStart = -1;
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && tokenBreak(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !tokenBreak(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (previousStart >= 0 && previousEnd - previousStart <= lex.longestPlaceMarker
                    && Character.isUpperCase(text.charAt(start)) && placeMarker(previousStart, previousEnd)) {
                placeWords.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            previousStart = start;
            previousEnd = i;
        }
        return placeWords;
    }

    /**
     * The article's capitalised runs of two or more words, in text order: a word is an upper-case letter followed
     * by letters, apostrophes and dots; the words of a run are joined by one space or hyphen. One pass over the
     * text; a word that starts no run is skipped whole (no later start inside it can start one).
     */
    private List<FullName> fullNames() {
        if (fullNames != null) {
            return fullNames;
        }
        fullNames = new ArrayList<>();
        if (words.surrogates) {
            // an upper-case letter outside the Basic Multilingual Plane lies in no word: read every character
            for (int i = 0; i < text.length(); ) {
                i = upperLetter(text.codePointAt(i)) ? run(i) : i + Character.charCount(text.codePointAt(i));
            }
            return fullNames;
        }
        // every upper-case letter lies in a word that holds a capital: the other words are passed over whole
        int i = 0;
        for (int w = 0; w < words.size; w++) {
            if (words.end[w] <= i || !words.holdsCapital(w)) {
                continue;
            }
            i = Math.max(i, words.start[w]);
            while (i < words.end[w]) {
                i = upperLetter(text.charAt(i)) ? run(i) : i + 1;
            }
        }
        return fullNames;
    }

    /** Reads the run of capitalised words starting at the upper-case letter at {@code start}; returns its end. */
    private int run(int start) {
        int n = text.length();
        int wordStart = start;
        int end = wordEnd(start);
        int count = 1;
        while (sentenceStop(wordStart, end) < 0 && end + 1 < n && (text.charAt(end) == ' ' || text.charAt(end) == '-')
                && upperLetter(text.codePointAt(end + 1))) {
            wordStart = end + 1;
            end = wordEnd(wordStart);
            count++;
        }
        int stop = sentenceStop(wordStart, end);
        if (count >= 2) {
            for (String part : pairParts(text.substring(start, stop >= 0 ? stop : end))) {
                fullNames.add(new FullName(part, nameParts(part), start));
            }
        }
        return end;
    }

    /**
     * Whether the text's characters [from, to) in lower case are a place marker. Markers written in ASCII are
     * compared character by character (lowering a character one by one gives the same ASCII letters as lowering
     * the string); others through the lower-case string.
     */
    private boolean placeMarker(int from, int to) {
        if (!lex.asciiPlaceMarkers) {
            return lex.placeMarkers.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
        }
        outer:
        for (String m : lex.placeMarkerList) {
            if (m.length() != to - from) {
                continue;
            }
            for (int k = 0; k < m.length(); k++) {
                if (Character.toLowerCase(text.charAt(from + k)) != m.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Letters before a word's closing full stop that make it a sentence's end, not an initial or a title ("Jr."). */
    private static final int SENTENCE_WORD = 4;

    /**
     * Where the full stop that ends the sentence after the run word [from, to) stands, or -1: a full stop, or one
     * before a closing quotation mark ("The Simpsons.’ Sosok itu ..."), after a word of four letters or more.
     */
    private int sentenceStop(int from, int to) {
        int last = to - 1;
        if (last > from && (text.charAt(last) == '\u2019' || text.charAt(last) == '\'')) {
            last--;
        }
        if (last <= from || text.charAt(last) != '.') {
            return -1;
        }
        int letters = 0;
        for (int k = last - 1; k >= from && Character.isLetter(text.charAt(k)); k--) {
            letters++;
        }
        return letters >= SENTENCE_WORD ? last : -1;
    }

    /** The end of the run word starting with the upper-case letter at {@code from}. */
    private int wordEnd(int from) {
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 128) {
                // the ASCII letters are the only ASCII characters that are letters
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '.') {
                    i++;
                    continue;
                }
                break;
            }
            int cp = text.codePointAt(i);
            if (!(Character.isLetter(cp) || cp == '\'' || cp == '\u2019' || cp == '.')) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean upperLetter(int cp) {
        return cp < 128 ? cp >= 'A' && cp <= 'Z' : Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** A name split at spaces and hyphens (trailing empty parts dropped, as {@code String.split} does). */
    private static String[] nameParts(String name) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '-') {
                parts.add(name.substring(from, i));
                from = i + 1;
            }
        }
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(String[]::new);
    }

    /** The repaired person; non-persons and null are returned as they are. */
    Speaker repair(Speaker speaker, String phrase, int position) {
        if (speaker == null || !speaker.person()) {
            return speaker;
        }
        String name = speaker.name();
        int comma = name.lastIndexOf(',');
        if (comma > 0 && comma < name.length() - 2) {
            // "Bambang, Yosef Manurung": a name is never two; the apposition is the last
            name = name.substring(comma + 1).strip();
        }
        int slash = name.indexOf('/');
        if (slash > 0 && slash < name.length() - 1 && name.indexOf('/', slash + 1) < 0) {
            // "Marcus Fernaldi Gideon/Kevin Sanjaya Sukamuljo": a pair (doubles, a ticket); the one the phrase names
            String first = name.substring(0, slash).strip();
            String second = name.substring(slash + 1).strip();
            if (phrase != null && containsWordOf(second, phrase) && !containsWordOf(first, phrase)) {
                name = second;
            } else if (phrase != null && containsWordOf(first, phrase) && !containsWordOf(second, phrase)) {
                name = first;
            }
        }
        List<String> parts = pairParts(name);
        if (parts.size() == 2) {
            name = parts.get(phrase != null && containsWordOf(parts.get(1), phrase) && !containsWordOf(parts.get(0), phrase)
                    ? 1 : 0);
        }
        name = trimmed.computeIfAbsent(name, this::trim);
        if (name.indexOf(' ') < 0) {
            name = complete(name, position);
        }
        return name.equals(speaker.name()) ? speaker : new Speaker(name, speaker.entityId(), true);
    }

    private static List<String> pairParts(String name) {
        if (name.indexOf('-') < 0) {
            return List.of(name);
        }
        Matcher m = PAIR.matcher(name);
        return m.matches() ? List.of(m.group(1), m.group(2)) : List.of(name);
    }

    private static boolean containsWordOf(String name, String phrase) {
        Set<String> words = new HashSet<>(List.of(NameWords.spaces(name.toLowerCase(Locale.ROOT))));
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Drops degrees after the name and place or brand words before it, while two words remain. */
    private String trim(String name) {
        // "Oviedo - Joekes" (a tokenised hyphen) is one word of the name
        if (name.contains(" -")) {
            name = SPACED_HYPHEN.matcher(name).replaceAll("-");
        }
        String[] w = name.split(" ");
        int to = w.length;
        while (to > 2 && lex.degrees.contains(low(w[to - 1]))) {
            to--;
        }
        if (to < w.length) {
            w = Arrays.copyOf(w, to);
            name = String.join(" ", w);
        }
        Set<String> own = new HashSet<>();
        for (String word : w) {
            own.add(low(word));
        }
        int from = 0;
        // a word the article uses after a cue ("kata Chiefy") is what the person is called, even when the entity
        // stage ran it into an organisation ("PT IKT Chiefy")
        while (w.length - from > 2 && (nonPersonal(w[from], own) && !calledAloneAfterCue(w[from])
                || lex.titles.contains(low(w[from])) && nameOnly(w, from + 1, own))) {
            from++;
        }
        if (w.length - from >= 3 && bodyCalledApart(w[from], w[from + 1])) {
            from++;
        }
        if (w.length - from >= 4) {
            // a title's organisation inside a long run ("Overseas Business Alibaba Mobile Business Group Kenny
            // Ye"): the name is after its last place or brand word, while two words remain
            for (int k = w.length - 3; k >= from; k--) {
                if (nonPersonal(w[k], own)) {
                    from = k + 1;
                    break;
                }
            }
        }
        from = personAfterField(w, from);
        return from == 0 ? name : String.join(" ", Arrays.copyOfRange(w, from, w.length));
    }

    /**
     * "Dirjen Imigrasi Yuldi Yusman", "Presenter Jimmy Kimmel": where the run's last two words or more are a person the
     * entity stage found (an entity's name or a mention's words) and the run as a whole is none, the words before are the
     * office's field or a description ({@link #field}), unless the article calls the person by one of them ("kata Putri" for "Ketua
     * Fraksi PAN Putri Zulkifli Hasan", whom the entity stage cut to "Zulkifli Hasan"). A person of one word ends the
     * run only after the whole names of the article's bodies and places ("Kepala Dikbud Kendari Saemina"). Returns the
     * name's first word, {@code from} when no such person ends the run.
     */
    private int personAfterField(String[] w, int from) {
        if (w.length - from < 2) {
            return from;
        }
        Set<String> persons = personNames();
        if (persons.contains(String.join(" ", Arrays.copyOfRange(w, from, w.length)))) {
            return from;
        }
        for (int k = from + 1; k < w.length; k++) {
            if (persons.contains(String.join(" ", Arrays.copyOfRange(w, k, w.length)))) {
                boolean oneWord = k + 1 == w.length;
                if (oneWord && entityNamed(String.join(" ", Arrays.copyOfRange(w, from, w.length)), true)) {
                    return from; // "Chuck Schumer", mistyped a place, is still one name
                }
                if (oneWord && !wholeBodiesAndPlaces(w, from, k)) {
                    return from;
                }
                for (int q = from; q < k; q++) {
                    if (!Character.isUpperCase(w[q].charAt(0)) || calledAloneAfterCue(w[q]) || !field(w[q])) {
                        return from;
                    }
                }
                return k;
            }
        }
        return from;
    }

    /**
     * Whether words [from, to) are the whole names of the article's organisations and places, one after another
     * ("Dikbud" and "Kendari"), not words that only occur in them ("Sam" of "Paman Sam").
     */
    private boolean wholeBodiesAndPlaces(String[] w, int from, int to) {
        int q = from;
        while (q < to) {
            int r = to;
            while (r > q && !nonPersonNamed(String.join(" ", Arrays.copyOfRange(w, q, r)))) {
                r--;
            }
            if (r == q) {
                return false;
            }
            q = r;
        }
        return true;
    }

    private boolean nonPersonNamed(String name) {
        return entityNamed(name, false);
    }

    /** Whether an entity of the article (a person too when {@code persons}) has the name {@code name}. */
    private boolean entityNamed(String name, boolean persons) {
        for (Entity e : entities) {
            if ((persons || e.type() != EntityType.PERSON) && e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} can be an office's field or a description rather than a given name: a title, a word of the
     * article's other entities ("Ditjen Imigrasi"), or a word the article also writes in lower case ("pajak",
     * "petahana"). The entity stage sometimes cuts a given name ("Purbaya" of "Purbaya Yudhi Sadewa", the Balinese
     * "I" of "I Made Parwita"), which none of these is.
     */
    private boolean field(String word) {
        String lower = low(word);
        if (lex.titles.contains(lower) || entityWords().contains(lower)) {
            return true;
        }
        for (int i = 0; i < words.size; i++) {
            if (words.lowerEquals(i, lower)) {
                return words.occursInLowerCase(i);
            }
        }
        return false;
    }

    /** The names and mention words of the article's person entities. */
    private Set<String> personNames() {
        if (personNames != null) {
            return personNames;
        }
        personNames = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                personNames.add(e.name());
                for (Span m : e.mentions()) {
                    if (m.end() <= text.length()) {
                        personNames.add(m.of(text));
                    }
                }
            }
        }
        return personNames;
    }

    /**
     * "Manager BigDish Ray Aditya Wong" … "kata Ray": the first word of a long run is the article's name for
     * something else when it also stands alone (not before a capitalised word) and the person is later called by
     * the run's second word alone. A person called by a later given name ("Achmad Sigit Dwiwahjono" … "Sigit") keeps
     * the first when the article never uses it alone, and so does a name whose second word starts another person's
     * name ("Asep Guntur Rahayu" beside "Guntur Harahap": "kata Guntur" is the other man).
     */
    private boolean bodyCalledApart(String first, String second) {
        return first.length() >= 3 && second.length() >= 3 && Character.isUpperCase(first.charAt(0))
                && !lex.titles.contains(low(first)) && !lex.honorifics.contains(low(first))
                && NameWords.usedAloneBefore(text, first, text.length(), 1) && !calledAfterCue(first)
                && calledAlone(second) && !startsAnotherName(second, first);
    }

    /** Whether the word follows a cue somewhere ("kata Kiswinar", "ucap Asep"): then it is what a person is called. */
    private boolean calledAfterCue(String word) {
        String lower = low(word);
        for (int w = 1; w < words.size; w++) {
            if (words.lowerEquals(w, lower) && (lex.cuesAfter.contains(words.lower(w - 1))
                    || lex.cuesAfterNya.contains(words.lower(w - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word stands alone right after a cue somewhere ("kata Chiefy,", "terang Doan."): no punctuation
     * between them, and no capitalised word or name particle after it ("kata Group Financial Controller …",
     * "tambahnya. Guam", "kata Academy of …" are no such use).
     */
    private boolean calledAloneAfterCue(String word) {
        String lower = low(word);
        for (int w = 1; w < words.size; w++) {
            if (words.lowerEquals(w, lower) && words.gapBeforeIsBlank(w)
                    && (lex.cuesAfter.contains(words.lower(w - 1)) || lex.cuesAfterNya.contains(words.lower(w - 1)))
                    && (w + 1 == words.size || !words.gapBeforeIsBlank(w + 1)
                        || !words.capitalised(w + 1) && !lex.nameParticles.contains(words.lower(w + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether another full name of the article starts with {@code word} ("Guntur Harahap" beside "Asep Guntur Rahayu"). */
    private boolean startsAnotherName(String word, String first) {
        for (FullName f : fullNames()) {
            String[] w = f.words();
            for (int i = 0; i < w.length - 1; i++) {
                if (w[i].equals(word) && (i == 0 || !w[i - 1].equals(first))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Atari" beside "Ataribox", which the article uses alone again and again: a product or body named after the
     * short form, not its long form, unless the short form is what someone is called after a cue ("ujar Apri").
     */
    private boolean productBeside(String longForm, String shortForm) {
        return NameWords.usedAloneBefore(text, longForm, text.length(), 3) && !calledAfterCue(shortForm);
    }

    private static Set<String> ownWords(String[] name) {
        Set<String> own = new HashSet<>();
        for (String word : name) {
            own.add(low(word));
        }
        return own;
    }

    /** Whether {@code name} stands alone somewhere, neither before nor after a capitalised word. */
    private boolean calledAlone(String name) {
        int n = name.length();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + n)) {
            if (NameWords.insideWord(text, i, n)) {
                continue;
            }
            int k = NameWords.spacesAfter(text, i + n);
            int b = i;
            while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            // alone: not the end of another capitalised run ("Btara Langit Ayu lahir" is no use of "Ayu" alone)
            boolean afterCapital = false;
            if (b > 0 && b < i) {
                int p = b - 1;
                while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
                    p--;
                }
                afterCapital = Character.isUpperCase(text.charAt(p));
            }
            if (!afterCapital && !(k > i + n && k < text.length() && Character.isUpperCase(text.charAt(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code from} on hold no title, organisation or place word: a rank glued before a name
     * ("Polisi M Iriawan") is dropped, an office ("Ketua Umum PAN", "Menteri Pertahanan Rusia") is kept whole.
     */
    private boolean nameOnly(String[] w, int from, Set<String> own) {
        for (int k = from; k < w.length; k++) {
            String lower = low(w[k]);
            if (lex.titles.contains(lower) || lex.organisations.contains(lower) || nonPersonal(w[k], own)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code word} of the name whose lower-case words are {@code own} is a place or brand word. A place or
     * organisation entity made of the name's own words only ("Hanif Faisol Nurofiq" tagged ORGANIZATION) is the
     * person mislabelled, no evidence that its words are places.
     */
    private boolean nonPersonal(String word, Set<String> own) {
        String lower = low(word);
        if (lex.places.contains(lower) || innerCapital(word)) {
            return true;
        }
        if (entityWords().contains(lower) && !onlyInOwnEntities(lower, own)) {
            return true;
        }
        if (asciiLetters(lower) && text.indexOf('\u212A') < 0) {
            return afterPlaceMarker(lower);
        }
        return placeWords().contains(lower);
    }

    /**
     * Whether every place or organisation entity holding {@code lower} is the name itself mislabelled: exactly the
     * name's words (two or more), none a title, organisation or place word.
     */
    private boolean onlyInOwnEntities(String lower, Set<String> own) {
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                continue;
            }
            String[] parts = NameWords.spacesAndHyphens(e.name());
            boolean holds = false;
            boolean personal = parts.length >= 2;
            for (String part : parts) {
                String p = part.toLowerCase(Locale.ROOT);
                holds |= p.equals(lower);
                personal &= own.contains(p) && !lex.titles.contains(p) && !lex.organisations.contains(p)
                        && !lex.places.contains(p);
            }
            if (holds && !(personal && parts.length == own.size())) {
                return false;
            }
        }
        return true;
    }

    /** Three lower-case letters then an upper-case one, anywhere in the word ("TaniKita"). */
    private static boolean innerCapital(String word) {
        int lowerRun = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.UPPERCASE_LETTER && lowerRun >= 3) {
                return true;
            }
            lowerRun = type == Character.LOWERCASE_LETTER ? lowerRun + 1 : 0;
            i += Character.charCount(cp);
        }
        return false;
    }

    private boolean function(String word) {
        String lower = low(word);
        return lex.stopWords.contains(lower) || lex.notNames.contains(lower) || lex.titles.contains(lower)
                || lex.organisations.contains(lower) || lex.organisationHeads.contains(lower);
    }

    /**
     * "Marthen" → "Marthen Loupatty": a capitalised run of the article that ends with the name and at most two
     * more words, none of them a function, title or organisation word or an acronym (the last such run before
     * the statement, else the first after it).
     */
    private String complete(String name, int position) {
        String best = null;
        boolean laterOnly = false;
        for (FullName f : fullNames()) {
            if (f.position() > position && best != null) {
                break;
            }
            String[] w = f.words();
            for (int i = 0; i < w.length - 1; i++) {
                if (w[i].equals(name)) {
                    String[] tail = Arrays.copyOfRange(w, i, w.length);
                    if (tail.length <= 3 && Arrays.stream(tail).noneMatch(t -> function(t) || acronym(t))) {
                        best = String.join(" ", tail);
                        laterOnly = f.position() > position;
                    }
                    break;
                }
            }
        }
        if (best == null) {
            return clippedNames.computeIfAbsent(name, this::clipped);
        }
        return laterOnly && NameWords.usedAloneBefore(text, name, position, 2) ? name : best;
    }

    /**
     * "Sandi" → "Sandiaga Uno": a short form clipped from the first word of one full name of the article (at least
     * four letters, two or more cut off), when the article has exactly one such name and no run holds the short
     * form itself; not when the long word is a place or brand word or a product of its own ({@link #productBeside}).
     */
    private String clipped(String name) {
        if (name.length() < 4 || !Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        String found = null;
        for (FullName f : fullNames()) {
            String[] w = f.words();
            for (int i = 0; i < w.length - 1; i++) {
                if (w[i].equals(name)) {
                    return name;
                }
                if (w[i].length() < name.length() + 2 || !w[i].startsWith(name)) {
                    continue;
                }
                String[] tail = Arrays.copyOfRange(w, i, w.length);
                if (tail.length > 3 || Arrays.stream(tail).anyMatch(t -> function(t) || acronym(t))
                        || nonPersonal(w[i], ownWords(tail)) || productBeside(w[i], name)) {
                    continue;
                }
                String candidate = String.join(" ", tail);
                if (found != null && !found.equals(candidate)) {
                    return name;
                }
                found = candidate;
            }
        }
        return found == null ? name : found;
    }

    private static boolean tokenBreak(char c) {
        // the whitespace of a regular expression's \\s: space, tab, line feed, vertical tab, form feed, return
        // and the characters between the tokens the place markers are read from; a switch: it runs per character
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\u201C', '\u201D' -> true;
            default -> false;
        };
    }

    private static boolean acronym(String word) {
        return word.length() > 1 && word.chars().filter(Character::isUpperCase).count() > 1;
    }

    private static String low(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
