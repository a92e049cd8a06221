package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The holder's name after an office: across a bracketed short form or a comma, a name the tagger typed as a place
 * or organisation, a given name left out of the tagger's person; and what stays a body, a unit or a work
 * (made-up sentences).
 */
class HolderNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa menjawab tantangan gubernur. | Purbaya Yudhi Sadewa | PERSON
        Wakil Menteri Ketenagakerjaan (Wamenaker), Immanuel Ebenezer. Ia ditangkap malam itu. | Immanuel Ebenezer | PERSON
        Direktur Utama AirNav Indonesia, Capt. Avi Rianto Suratno menambahkan bahwa landasan aman. | Avi Rianto Suratno | PERSON
        Menteri Keuangan Purbaya Yudhi Sadewa menyebut defisit terkendali. "Kita jaga," kata Purbaya kepada wartawan. | Purbaya Yudhi Sadewa | PERSON
        Sekretaris Kabinet Teddy Indra Wijaya mengatakan pelantikan digelar sore. "Sudah siap," ujar Teddy. | Teddy Indra Wijaya | PERSON
        Menko PMK Pratikno meninjau lokasi banjir. | Pratikno | PERSON
        Ketua DPRD Bone Andi Tenri Walinonong menolak memberi persetujuan. | Andi Tenri Walinonong | PERSON
        """)
    void theHolderIsNamed(String text, String name, EntityType type) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.name().equals(name) && e.type() == type), found.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Direktur Jenderal (Dirjen) Peternakan dan Kesehatan Hewan hadir di lokasi. | Peternakan
        Kapuspen TNI Brigjen Marinir Freddy Ardianzah memberi keterangan. | Marinir Freddy Ardianzah
        CEO Touchten Anton Soeharyo meluncurkan gim baru. | Touchten Anton Soeharyo
        Kapolda Metro Jaya mengatakan jalan itu ditutup sejak pagi. | Metro Jaya
        CEO Dorna Sports, Carmelo Ezpeleta, berusaha santai ketika ditanya. | Dorna Sports
        Sutradara Pacific Rim dan Hellboy, Guillermo del Toro, dikabarkan mundur. | Pacific Rim
        """)
    void noPersonIsMadeOfABodyOrUnit(String text, String notAPerson) {
        List<Entity> found = EntityProbe.entities(text);
        assertFalse(found.stream().anyMatch(e -> e.name().equals(notAPerson) && e.type() == EntityType.PERSON),
                found.toString());
    }
}
