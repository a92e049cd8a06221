package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up sentences: initials of a person (a cue word before, an age in brackets after) against a body's acronym. */
class InitialsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Polisi menangkap pelaku berinisial MA di Bekasi.                  | MA  | true
        Korban dengan inisial SR dibawa ke rumah sakit.                   | SR  | true
        Dua pelaku, MA (13) dan MT (13), diamankan warga.                 | MA  | true
        Tujuh pelaku diamankan, yakni MA ( 29 ) , IR ( 28 ) dan AB ( 28 ) .| MA  | true
        Putusan MA menguatkan vonis terdakwa.                             | MA  | false
        Laporan tahunan MA (2024) dirilis pekan lalu.                     | MA  | false
        Inisiatif SR (Sekolah Rakyat) diluncurkan pemerintah.             | SR  | false
        """)
    void initialsAreWrittenWithACueOrAnAge(String text, String name, boolean initials) {
        int at = text.indexOf(name);
        Entity e = new Entity("e0", name, EntityType.ORGANIZATION, List.of(new Span(at, at + name.length())));
        assertEquals(initials, Initials.written(text.strip(), e));
    }
}
