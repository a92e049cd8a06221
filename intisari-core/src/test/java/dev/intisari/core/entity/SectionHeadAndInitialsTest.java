package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Police and prosecutors' section heads ("Kasi Humas"), ranks run on into a unit's name, initials with an age, and
 * a given name written again before the rest of a name. (Fictional sentences.)
 */
class SectionHeadAndInitialsTest {

    private static boolean has(List<Entity> found, String name, EntityType type) {
        return found.stream().anyMatch(e -> e.name().equals(name) && e.type() == type);
    }

    private static boolean named(List<Entity> found, String name) {
        return found.stream().anyMatch(e -> e.name().equals(name));
    }

    @Test
    void aSectionHeadsTitleIsNoPersonAndItsSectionNoName() {
        List<Entity> found = EntityProbe.entities("\"Laporan sudah kami terima,\" ujar Kasi Humas Polres Wonoreja, "
                + "AKP Darmaji kepada wartawan. Mereka hendak bertemu Kasi Dal Ops di bidang pidana khusus, lalu "
                + "berbincang dengan Kasubsi Penyidikan Pidsus.");
        assertTrue(!named(found, "Kasi"), found.toString());
        assertTrue(!has(found, "Dal Ops", EntityType.PERSON), found.toString());
        assertTrue(!has(found, "Pidsus", EntityType.PERSON), found.toString());
        assertTrue(has(found, "Darmaji", EntityType.PERSON), found.toString());
    }

    @Test
    void aRankBeforeTheHoldersNameEndsNoUnit() {
        List<Entity> found = EntityProbe.entities("\"Kami masih mendalami kasus ini,\" kata Kasi Humas Polres "
                + "Sukarejo Iptu Sutarno kepada wartawan. Kasat Reskrim Polsek Tegalwangi Iptu Bimo Laksono "
                + "membenarkan penangkapan itu.");
        assertTrue(found.stream().noneMatch(e -> e.type() != EntityType.PERSON && e.name().endsWith(" Iptu")),
                found.toString());
        assertTrue(has(found, "Sutarno", EntityType.PERSON), found.toString());
    }

    @Test
    void aRankWrittenOutStaysInAPlacesName() {
        List<Entity> found = EntityProbe.entities("Laga itu digelar di Stadion Kapten Wayan Sukarta, Gianyar, "
                + "Sabtu malam.");
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Stadion")), found.toString());
    }

    @Test
    void initialsWithAnAgeAreAPersonNotTheCourt() {
        List<Entity> found = EntityProbe.entities("Polisi menangkap tiga pelaku berinisial MA (17), RS (16) dan "
                + "DK (15) di Kecamatan Sukarejo.");
        assertTrue(has(found, "MA", EntityType.PERSON), found.toString());
        assertTrue(!named(found, "Mahkamah Agung"), found.toString());
    }

    @Test
    void aGivenNameQuotedAloneOpensTheFullName() {
        List<Entity> found = EntityProbe.entities("Sementara itu, Kepala MTSN 1 Kendari Nyuheri Slamet mengaku "
                + "sudah dipanggil polisi.\n\n\"Saya sudah dipanggil ke polisi,\" ucap Nyuheri.");
        assertTrue(found.stream().noneMatch(e -> e.name().equals("Nyuheri") || e.name().equals("Slamet")),
                found.toString());
        assertTrue(has(found, "Nyuheri Slamet", EntityType.PERSON), found.toString());
    }

    @Test
    void aCompanyBeforeItsOfficialIsNoGivenName() {
        List<Entity> found = EntityProbe.entities("CEO Tokomaju Rahmat Hidayat mengatakan layanan itu tumbuh. "
                + "Tokomaju menargetkan sejuta pengguna tahun ini, kata Rahmat.");
        assertTrue(found.stream().noneMatch(e -> e.name().startsWith("Tokomaju Rahmat")), found.toString());
    }
}
