package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up leads (fictional people and places) for the happening keys. */
class HappeningNamesTest {

    @Test
    void aHappeningWordPairsWithThePeopleAndPlacesOfTheLead() {
        // headline, lead, the lead's names as (name, type) in order, quoted speakers, expected keys
        Object[][] table = {
                // a verdict's next day from another angle: the happening and the defendant
                {"Polisi alihkan lalu lintas jelang sidang", "Jakarta , Warta Kita - - Polisi merekayasa lalu lintas "
                        + "menjelang pembacaan vonis Bupati Sukamaju Darmaji Wiryo , Selasa ( 9 / 5 ) .",
                        List.of("Jakarta:L", "Warta Kita:O", "Darmaji Wiryo:P"), List.of(),
                        List.of("k:vonis|darmaji wiryo")},
                // a blast and the arrest after it: both words, the place; the police unit and its spokesman are no names
                {"Densus tangkap kerabat pelaku bom Pasar Lama", "Tim Densus 88 menangkap adik ipar pelaku bom di Pasar Lama ,"
                        + " kata juru bicara Polda Sumber Arta Hendra Kusuma .",
                        List.of("Densus 88:O", "Pasar Lama:L", "Polda Sumber Arta:O", "Hendra Kusuma:P"),
                        List.of("Hendra Kusuma"), List.of("k:bom|pasar lama", "k:tangkap|pasar lama")},
                // a word with an everyday sense in sport names no happening
                {"Tembakan keras Rudi bawa Persikota menang", "Tembakan Rudi Hartono dari luar kotak penalti membawa "
                        + "Persikota bertahan di puncak klasemen .", List.of("Rudi Hartono:P", "Persikota:O"), List.of(),
                        List.of()},
                // no name in the lead: no key
                {"Kebakaran hanguskan gudang", "Kebakaran menghanguskan sebuah gudang pada Senin dini hari .",
                        List.of(), List.of(), List.of()},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) row[2];
            @SuppressWarnings("unchecked")
            List<String> speakers = (List<String>) row[3];
            Set<String> keys = new LinkedHashSet<>();
            HappeningNames.keys(article((String) row[0], (String) row[1], names, speakers), keys);
            assertEquals(row[4], new ArrayList<>(keys), (String) row[0]);
        }
    }

    @Test
    void theDatelineEndsAtTheFirstDashSetOffBySpaces() {
        Object[][] table = {
                {"Jakarta , Warta Kita - - Polisi menangkap", 22},
                {"SUKAMAJU ( Pos Sukamaju ) \u2013 Kepolisian", 27},
                {"Kabar.com - Warga", 11},
                {"Polisi menangkap pelaku e-KTP palsu di Sukamaju .", 0},
        };
        for (Object[] row : table) {
            assertEquals(row[1], HappeningNames.dateline((String) row[0]), (String) row[0]);
        }
    }

    @Test
    void theKindIsOneOfTheDefaults() {
        Article a = article("Ledakan di Terminal Baru", "Ledakan terjadi di Terminal Baru , Rabu ( 24 / 5 ) malam .",
                List.of("Terminal Baru:L"), List.of());
        assertEquals(List.of("k:ledak|terminal baru"), new EventSignals().keys(a).stream()
                .filter(k -> k.startsWith("k:")).toList());
        assertEquals(List.of(), EventSignals.of(EnumSet.noneOf(EventSignals.Kind.class)).keys(a));
    }

    /** An article whose entities are named "Name:T" (P person, O organisation, L place), found where the text names them. */
    private static Article article(String title, String text, List<String> names, List<String> speakers) {
        List<Entity> entities = new ArrayList<>();
        for (String n : names) {
            String name = n.substring(0, n.lastIndexOf(':'));
            EntityType type = switch (n.charAt(n.length() - 1)) {
                case 'P' -> EntityType.PERSON;
                case 'O' -> EntityType.ORGANIZATION;
                default -> EntityType.LOCATION;
            };
            int at = text.indexOf(name);
            entities.add(new Entity("e" + entities.size(), name, type, List.of(new Span(at, at + name.length()))));
        }
        List<Quote> quotes = new ArrayList<>();
        for (String s : speakers) {
            quotes.add(new Quote("q" + quotes.size(), s, null, "kami masih mendalami", new Span(0, 5), false, "kata", 0,
                    null, null));
        }
        Article plain = TestArticles.article("a", "warta", "2017-05-10T10:00:00+07:00", title, text);
        return new Article(plain.id(), plain.source(), plain.outlet(), plain.url(), plain.title(), plain.published(),
                plain.language(), plain.flags(), plain.text(), plain.headings(), plain.removed(), plain.credits(),
                plain.wire(), plain.related(), plain.sentences(), entities, quotes, plain.dates(), plain.keyPoints());
    }
}
