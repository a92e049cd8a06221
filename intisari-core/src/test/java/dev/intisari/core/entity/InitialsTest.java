package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
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

    /**
     * Made-up sentences: an acronym listed beside bare letters, against one listed beside bodies the article names
     * (a tagger's "ZF" included: letters it took for an organisation count as one).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Keempat pelaku adalah DS, ARH, ZF dan MA.                         | MA  |      | true
        Keempat pelaku adalah DS, ARH, ZF dan MA.                         | MA  | ZF   | false
        Keempat pelaku adalah DS , ARH , ZF dan MA .                      | MA  |      | true
        Siswa SMA/SMK/MA sederajat boleh mendaftar.                       | MA  |      | true
        MA dan KY menggelar rapat bersama.                                | MA  | KY   | false
        Berkas dikirim ke KPK, Polri dan MA pekan lalu.                   | MA  | KPK  | false
        Berkas dikirim ke KY dan MA pekan lalu.                           | MA  | KY   | false
        Putusan MA menguatkan vonis terdakwa.                             | MA  |      | false
        Warga Sudan MA tiba di Jakarta.                                   | MA  |      | false
        Ketua Umum MA, KH. Ahmad Basri hadir.                             | MA  |      | false
        Ketua Umum MA , KH . Ma'ruf Basri hadir.                          | MA  |      | false
        Ketua Umum MA, KH Ahmad Basri hadir.                              | MA  |      | false
        """)
    void anAcronymListedBesideBareLettersIsNoBody(String text, String name, String body, boolean listed) {
        int at = text.indexOf(name);
        List<Entity> entities = new ArrayList<>();
        entities.add(new Entity("e0", name, EntityType.ORGANIZATION, List.of(new Span(at, at + name.length()))));
        if (body != null) {
            int b = text.indexOf(body);
            entities.add(new Entity("e1", body, EntityType.ORGANIZATION, List.of(new Span(b, b + body.length()))));
        }
        assertEquals(listed, Initials.listed(new Article("a", "test", null, null, null, null, "id", List.of(), text,
                List.of(), List.of(), Credits.NONE, List.of(), List.of(), List.of(), entities, List.of(), List.of(), List.of()), entities.get(0)));
    }
}
