package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation the tagger ran on into its official's name after a title is split into the body and the person
 * when the article names that person again, or names the body alone; a body's own name stays whole when its holder
 * follows after a comma or its words name the firm elsewhere (made-up sentences).
 */
class GluedHolderTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Direktur Utama PT Railindo Tumpal Sianturi menyebutkan alasan pemberian diskon. Tumpal Sianturi menambahkan tarif baru berlaku bulan depan. | Tumpal Sianturi | PT Railindo
        Direktur Utama PT Railindo Tumpal Sianturi menyebutkan alasan pemberian diskon. Menurut Tumpal, tarif baru berlaku bulan depan. | Tumpal Sianturi | PT Railindo
        Direktur Utama PT PN Suryadharma mengatakan proyek selesai. PT PN menargetkan laba naik. Suryadharma menyebut kontrak baru diteken. | Suryadharma | PT PN
        """)
    void theOfficialLeavesTheBody(String text, String person, String body) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.name().equals(person) && e.type() == EntityType.PERSON), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals(body) && e.type() == EntityType.ORGANIZATION),
                found.toString());
        assertTrue(found.stream().noneMatch(e -> e.name().endsWith(" " + person) && e.type() != EntityType.PERSON),
                found.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Ketua Serikat Pekerja Tirta Mulia, Suparman, mengatakan perkara dibawa ke pengadilan. PT Tirta Mulia belum menjawab. Tirta Mulia digugat karyawan. | Tirta Mulia
        Direktur Utama PT Sinar Loka Jaya menyebut pabrik baru dibuka. Kata Direktur Utama PT Sinar Loka Jaya itu, pekerja bertambah. Sinar Loka Jaya mengekspor kopi. | Sinar Loka Jaya
        """)
    void aBodyNamedLikeAPersonStaysWhole(String text, String words) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().startsWith(words.split(" ")[0])
                && e.name().contains(words.split(" ")[1])), found.toString());
    }
}
