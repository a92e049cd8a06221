package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two development seeds, read from ../shared/fixtures/seeds-dev; skipped when they are absent. */
class SeedFixturesTest {
    private static final RuleLineCleaner CLEANER = new RuleLineCleaner();

    private static CleanArticle clean(String file) throws IOException {
        Path shared = Path.of(System.getProperty("intisari.shared", "../../shared"));
        Path path = shared.resolve("fixtures/seeds-dev").resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "skipped: seed " + path + " is absent");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return CLEANER.clean(new RawArticle(file, path.toString(), null, null, null, null, null, text, null));
    }

    private static List<RemovedLine> ofKind(CleanArticle a, RemovalKind kind) {
        return a.removed().stream().filter(r -> r.kind() == kind).toList();
    }

    @Test
    void antaraSeed() throws IOException {
        CleanArticle a = clean("antara-peskov-pasukan-eropa.txt");
        assertEquals("ANTARA", a.outlet());
        assertEquals("Washington", a.place());
        assertEquals(List.of("Sputnik", "OANA"), a.wire());
        assertEquals(List.of("Primayanti"), a.credits().translator());
        assertEquals(List.of("M Razi Rahman"), a.credits().editor());
        assertEquals(4, a.related().size());
        assertEquals(1, ofKind(a, RemovalKind.COPYRIGHT).size());
        assertEquals(1, ofKind(a, RemovalKind.DATELINE).size());
        assertEquals(1, ofKind(a, RemovalKind.SOURCE_LINK).size());
        assertTrue(a.text().startsWith("Rusia menegaskan"), a.text());
        assertTrue(a.text().endsWith("atas Ukraina."), a.text());
        assertEquals(12, a.text().split("\n\n").length);
        assertFalse(a.text().contains("Baca juga"));
        assertEquals(9, a.removed().size());
    }

    @Test
    void genpiSeed() throws IOException {
        CleanArticle a = clean("genpi-shoigu-prancis.txt");
        assertTrue(a.title().startsWith("Menteri Pertahanan Rusia Memperingatkan Prancis"), a.title());
        assertEquals("2024-04-07T18:30:00+07:00", a.published().value());
        assertEquals("text", a.published().from());
        assertEquals("GenPI.co", a.outlet());
        assertEquals(List.of("AP"), a.wire());
        assertEquals(3, a.related().size());
        assertEquals(List.of("Irwina Istiqomah"), a.credits().editor());
        assertEquals(2, ofKind(a, RemovalKind.SECTION).size());
        assertEquals(1, ofKind(a, RemovalKind.PROMO).size());
        assertEquals(1, ofKind(a, RemovalKind.COPYRIGHT).size());
        assertEquals(1, ofKind(a, RemovalKind.DATE).size());
        assertTrue(a.text().startsWith("Menteri Pertahanan Rusia memperingatkan"), a.text());
        assertTrue(a.text().endsWith("akan segera terjadi."), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.text().equals("(*)")));
        assertFalse(a.text().contains("BACA JUGA"));
    }
}
