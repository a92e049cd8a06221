package dev.intisari.core.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language identification with Lingua's character n-gram models, restricted to the languages whose models
 * the fat jar ships (see the shade filter in intisari-app/pom.xml), behind rules of our own:
 * <ol>
 *   <li>Text with fewer than {@value #MIN_LETTERS} letters is "und"; text written mostly in another script is
 *       named from the script ({@code scripts.tsv}: Hangul "ko", Thai "th", …; "und" for Cyrillic, Arabic).</li>
 *   <li>When at least {@value #MIN_FUNCTION_WORDS} words and {@value #MIN_FUNCTION_SHARE} of the words of
 *       the first {@value #MARKER_CHARS} characters are function words of Indonesian and Malay ("yang",
 *       "dan", "dengan"), the text is one of the two and Lingua is skipped unless the markers hesitate
 *       (Lingua 1.2 costs about a millisecond per article, the word count a few dozen microseconds).</li>
 *   <li>Otherwise Lingua reads a bounded prefix ({@value #LINGUA_CHARS} characters, cut at a space). When it answers
 *       Indonesian or Malay, the words of a longer prefix ({@value #MARKER_CHARS} characters) decide between
 *       the two ({@link LanguageMarkers}, see {@link #indonesianOrMalay}).</li>
 * </ol>
 * The detector is built once, on first use, in low-accuracy mode (trigrams only: the same answers as the
 * full mode on text over 120 characters, a fraction of the time and heap). Thread-safe.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {
    /** Languages the detector chooses among: the models kept in the fat jar. */
    public static final List<Language> LANGUAGES = List.of(
            Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.DUTCH, Language.GERMAN, Language.FRENCH,
            Language.SPANISH, Language.PORTUGUESE, Language.TAGALOG, Language.VIETNAMESE);
    static final int MIN_LETTERS = 12;
    static final int LINGUA_CHARS = 400;
    static final int MIN_FUNCTION_WORDS = 4;
    static final double MIN_FUNCTION_SHARE = 0.08;
    static final int MARKER_CHARS = 1500;
    static final double MALAY_MARGIN = 2.0;
    static final double CLEAR_GAP = 0.07;
    private static final String SCRIPTS = "scripts.tsv";
    private static final String UNDETERMINED = "und";

    private final LanguageMarkers markers = LanguageMarkers.standard();

    @Override
    public String identify(String text) {
        if (text == null || text.isEmpty()) {
            return UNDETERMINED;
        }
        int latin = 0;
        int other = 0;
        int n = Math.min(text.length(), MARKER_CHARS);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (latin + other < MIN_LETTERS) {
            return UNDETERMINED;
        }
        if (other > latin) {
            return byScript(text, n);
        }
        MarkerCount markers = this.markers.count(text, MARKER_CHARS);
        if (markers.functionWords() >= MIN_FUNCTION_WORDS && markers.functionShare() >= MIN_FUNCTION_SHARE) {
            // plainly Indonesian or Malay: Lingua's n-grams would add a millisecond and little else
            double balance = markers.malayOverIndonesian();
            if (balance >= MALAY_MARGIN) {
                return "ms";
            }
            if (balance <= 0) {
                return "id";
            }
            return indonesianOrMalay(balance, lingua(text));
        }
        SortedMap<Language, Double> confidences = lingua(text);
        Language best = best(confidences);
        if (best == Language.INDONESIAN || best == Language.MALAY) {
            return indonesianOrMalay(markers.malayOverIndonesian(), confidences);
        }
        return best == null ? UNDETERMINED : best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static SortedMap<Language, Double> lingua(String text) {
        return Detector.INSTANCE.computeLanguageConfidenceValues(prefix(text, LINGUA_CHARS));
    }

    /**
     * Lingua's n-grams barely separate the two standards (their confidences are within a few per cent on news
     * text), so the words decide: Malay needs Malay markers outweighing Indonesian ones by
     * {@value #MALAY_MARGIN}, or Lingua preferring Malay clearly ({@value #CLEAR_GAP}) with no Indonesian
     * marker against it. Anything else is Indonesian, the language this engine reads.
     */
    private static String indonesianOrMalay(double balance, SortedMap<Language, Double> confidences) {
        if (balance >= MALAY_MARGIN) {
            return "ms";
        }
        double malay = confidences.getOrDefault(Language.MALAY, 0.0);
        double indonesian = confidences.getOrDefault(Language.INDONESIAN, 0.0);
        if (balance >= 0 && malay > 0 && indonesian < malay * (1 - CLEAR_GAP)) {
            return "ms";
        }
        return "id";
    }

    private static Language best(SortedMap<Language, Double> confidences) {
        Language best = null;
        double top = 0;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (e.getValue() > top && e.getKey() != Language.UNKNOWN) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The first {@code limit} characters, cut back to the last white space so no word is broken. */
    static String prefix(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = limit;
        while (cut > limit / 2 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut);
    }

    private static String byScript(String text, int n) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
            i += Character.charCount(c);
        }
        if (counts.containsKey(UnicodeScript.HIRAGANA) || counts.containsKey(UnicodeScript.KATAKANA)) {
            return "ja";
        }
        counts.remove(UnicodeScript.LATIN);
        UnicodeScript dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(UnicodeScript.UNKNOWN);
        return Scripts.CODES.getOrDefault(dominant, UNDETERMINED);
    }

    /**
     * Built on first use (class initialisation makes that thread-safe); Lingua loads each n-gram model lazily,
     * behind Kotlin's synchronized lazy, so plainly Indonesian input never loads any.
     */
    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(
                LANGUAGES.toArray(new Language[0]))
                .withLowAccuracyMode()
                .build();
    }

    private static final class Scripts {
        static final Map<UnicodeScript, String> CODES = load();

        private static Map<UnicodeScript, String> load() {
            Map<UnicodeScript, String> codes = new EnumMap<>(UnicodeScript.class);
            for (String line : Abbreviations.lines(SCRIPTS)) {
                String[] parts = line.split("\t");
                codes.put(UnicodeScript.valueOf(parts[0]), parts[1]);
            }
            return codes;
        }
    }
}
