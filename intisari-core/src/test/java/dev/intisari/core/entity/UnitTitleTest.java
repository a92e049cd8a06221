package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The head of a unit is named with the unit, then the holder's rank and name ("Wakapolda Metro Jaya Brigjen
 * Suntana"): the words between the title and the rank are the unit, not a person. (Fictional sentences.)
 */
class UnitTitleTest {

    private static boolean has(List<Entity> found, String name, EntityType type) {
        return found.stream().anyMatch(e -> e.name().equals(name) && e.type() == type);
    }

    private static boolean person(List<Entity> found, String name) {
        return has(found, name, EntityType.PERSON);
    }

    @Test
    void theUnitBeforeARankIsNoPerson() {
        List<Entity> found = EntityProbe.entities("\"Sudah ada 15 orang yang diamankan,\" ujar Wakapolda Metro Jaya "
                + "Brigjen Suntoro Wibisono, Sabtu (5/11).");
        assertTrue(!person(found, "Metro Jaya"), found.toString());
        assertTrue(person(found, "Suntoro Wibisono"), found.toString());
    }

    @Test
    void aUnitAloneIsNoPerson() {
        List<Entity> found = EntityProbe.entities("Kalapas Cipendawa mengusulkan asimilasi bagi narapidana itu. "
                + "Kasus itu kini ditangani Kajati Kaltim.");
        assertTrue(!person(found, "Cipendawa"), found.toString());
        assertTrue(!person(found, "Kaltim"), found.toString());
    }

    @Test
    void aFieldAfterTheTitleIsNoPerson() {
        List<Entity> found = EntityProbe.entities("Kasubdit Warisan Budaya Tak Benda Direktorat Jenderal Kebudayaan "
                + "Rina Marlinda mengatakan tradisi itu harus dijaga. Kasubdit I Ditreskrimum Polda NTB AKBP Dedi "
                + "Haryanto menambahkan penyidikan berlanjut.");
        assertTrue(!person(found, "Warisan Budaya"), found.toString());
        assertTrue(!person(found, "I"), found.toString());
        assertTrue(person(found, "Dedi Haryanto"), found.toString());
    }

    @Test
    void aNameAfterThePlaceAndRankIsKept() {
        List<Entity> found = EntityProbe.entities("Lima polisi terluka, termasuk Kapolsek Tangerang Kompol Efendi.");
        assertTrue(person(found, "Efendi"), found.toString());
    }

    @Test
    void theRegionAfterARegionalHeadIsNoPartOfTheName() {
        List<Entity> found = EntityProbe.entities("Bupati Wonoreja Darma Kusumajati angkat bicara soal penggeledahan "
                + "itu. \"Kami kooperatif,\" kata Darma saat ditemui di kantornya. Penggeledahan berlangsung di "
                + "Wonoreja sejak pagi.");
        assertTrue(person(found, "Darma Kusumajati"), found.toString());
        assertTrue(!person(found, "Wonoreja Darma Kusumajati"), found.toString());
    }

    @Test
    void aNameGluedToTheWordBeforeIsFound() {
        List<Entity> found = EntityProbe.entities("Hal itu seperti dilaporkanSaudi Press Agency dan dikutip "
                + "dariReuters pada Senin (20/10).");
        assertTrue(has(found, "Saudi Press Agency", EntityType.ORGANIZATION), found.toString());
        assertTrue(has(found, "Reuters", EntityType.ORGANIZATION), found.toString());
    }
}
