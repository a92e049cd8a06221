package dev.intisari.core.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class LanguageAnalyzersTest {
    @Test
    void choosesTheAnalyzerForTheLanguage() throws IOException {
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers()) {
            assertInstanceOf(IndonesianAnalyzer.class, analyzers.forLanguage("id"));
            assertInstanceOf(IndonesianAnalyzer.class, analyzers.forLanguage("ms"));
            assertInstanceOf(IndonesianAnalyzer.class, analyzers.forLanguage("ID"));
            assertInstanceOf(EnglishAnalyzer.class, analyzers.forLanguage("en"));
            assertInstanceOf(StandardAnalyzer.class, analyzers.forLanguage("und"));
            assertInstanceOf(StandardAnalyzer.class, analyzers.forLanguage("de"));
            assertInstanceOf(StandardAnalyzer.class, analyzers.forLanguage(null));
            assertEquals(List.of("unding", "rusia"), terms(analyzers.forLanguage("id"), "perundingan yang Rusia"));
            assertEquals(List.of("talk", "peac"), terms(analyzers.forLanguage("en"), "the talks of peace"));
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
