package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A one-word "person" that is a common lowercase word of news text is no entity; a name is kept. */
class CommonWordPersonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        infrastruktur | true
        manajer       | true
        susunan       | true
        agus          | false
        jakarta       | false
        """)
    void theCaseProfileTellsCommonWordsFromNames(String word, boolean common) {
        assertTrue(CaseProfile.shipped().mostlyLowercase(TokenHash.lower(word)) == common, word);
    }

    @Test
    void aTitleWordIsNotAPerson() {
        String text = "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono "
                + "meresmikan kantor itu di Jakarta pada Selasa.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Infrastruktur")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals("Agus Harimurti Yudhoyono")
                && e.type() == EntityType.PERSON), found.toString());
    }
}
