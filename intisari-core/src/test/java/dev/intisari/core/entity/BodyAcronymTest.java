package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body's acronym glued by the tagger to the full name of its official after a title is no part of the name; a
 * hospital named after a person, a rank and a name written in capitals keep their words (made-up sentences).
 */
class BodyAcronymTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Peneliti BRIN Ratna Kumalasari Dewi menjelaskan bahwa air hujan mengandung mikroplastik. | Ratna Kumalasari Dewi
        Kepala Divisi Hukum ICW Wahyu Pratama Nugroho mengatakan pelapor makin terancam. | Wahyu Pratama Nugroho
        AKBP Budi Hermanto Saputra mengatakan pelaku sudah ditangkap. | Budi Hermanto Saputra
        """)
    void theOfficialIsNamedWithoutTheBody(String text, String name) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.name().equals(name) && e.type() == EntityType.PERSON), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.name().endsWith(" " + name)), found.toString());
    }
}
