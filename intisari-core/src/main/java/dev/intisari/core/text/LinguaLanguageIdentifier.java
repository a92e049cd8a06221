package dev.intisari.core.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language identification with Lingua's character n-gram models, restricted to the languages whose models
 * the fat jar ships (see the shade filter in intisari-app/pom.xml), plus two rules of our own:
 * <ol>
 *   <li>Text with fewer than {@value #MIN_LETTERS} letters is "und"; text written mostly in another script is
 *       named from the script ({@code scripts.tsv}: Hangul "ko", Thai "th", …; "und" for Cyrillic, Arabic).</li>
 *   <li>Lingua reads a bounded prefix ({@value #LINGUA_CHARS} characters, cut at a space). When it answers
 *       Indonesian or Malay, the words of a longer prefix decide between the two ({@link LanguageMarkers}):
 *       a weighted balance of at least {@value #MARKER_MARGIN} either way wins over Lingua.</li>
 * </ol>
 * The detector is built once, on first use, in low-accuracy mode (trigrams only: the same answers on
 * news-length text, a fraction of the time and heap). Thread-safe.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {
    /** Languages the detector chooses among: the models kept in the fat jar. */
    public static final Language[] LANGUAGES = {
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.DUTCH, Language.GERMAN, Language.FRENCH,
        Language.SPANISH, Language.PORTUGUESE, Language.TAGALOG, Language.VIETNAMESE,
    };
    static final int MIN_LETTERS = 12;
    static final int LINGUA_CHARS = 600;
    static final int MARKER_CHARS = 6000;
    static final double MARKER_MARGIN = 3.0;
    private static final String SCRIPTS = "scripts.tsv";

    private final LanguageMarkers markers = LanguageMarkers.standard();

    @Override
    public String identify(String text) {
        if (text == null || text.isEmpty()) {
            return UNDETERMINED;
        }
        int latin = 0;
        int other = 0;
        int n = Math.min(text.length(), LINGUA_CHARS * 2);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x250 ? Character.isLetter(c) : false) {
                latin++;
            } else if (c >= 0x250 && Character.isLetter(c)) {
                if (c >= 0x1E00 && c <= 0x1EFF) {
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
        String code = lingua(prefix(text, LINGUA_CHARS));
        if (code.equals("id") || code.equals("ms")) {
            double balance = markers.malayOverIndonesian(text, MARKER_CHARS);
            if (balance >= MARKER_MARGIN) {
                return "ms";
            }
            if (balance <= -MARKER_MARGIN) {
                return "id";
            }
        }
        return code;
    }

    private static final String UNDETERMINED = "und";

    private static String lingua(String sample) {
        SortedMap<Language, Double> confidences = Detector.INSTANCE.computeLanguageConfidenceValues(sample);
        if (confidences.isEmpty()) {
            return UNDETERMINED;
        }
        Language best = null;
        double top = -1;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null || best == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
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

    /** Built on first use; class initialisation makes it thread-safe. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
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
