package dev.intisari.core.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.Locale;

/**
 * The Lucene analyzer for a language code from {@link LanguageIdentifier}: Indonesian stemming and stop words
 * for "id" and "ms" (Malay shares the affixes and most function words), English for "en", the standard
 * analyzer (lower-casing, no stemming) for anything else, "und" included. The analyzers are created once;
 * Lucene analyzers are thread-safe (each thread reuses its own token streams). Close when done.
 */
public final class LanguageAnalyzers implements AutoCloseable {
    private final Analyzer indonesian = new IndonesianAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer standard = new StandardAnalyzer();

    /** The analyzer for {@code language} (ISO 639-1, any case; null means unknown). */
    public Analyzer forLanguage(String language) {
        if (language == null) {
            return standard;
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "id", "ms", "ind", "msa", "zsm" -> indonesian;
            case "en", "eng" -> english;
            default -> standard;
        };
    }

    @Override
    public void close() {
        indonesian.close();
        english.close();
        standard.close();
    }
}
