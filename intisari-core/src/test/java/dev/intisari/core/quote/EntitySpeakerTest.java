package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the recogniser gives entities, a speaker phrase that overlaps a mention takes its canonical name and id. */
class EntitySpeakerTest {
    private static Span span(String text, String surface, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(surface, at + 1);
        }
        return new Span(at, at + surface.length());
    }

    @Test
    void thePersonOfATitlePhraseIsTheSpeakerWithItsEntityId() {
        String text = "\"Kami tidak bisa,\" ujar Jubir Kremlin Peskov kepada ABC News.";
        List<Entity> entities = List.of(
                new Entity("e1", "Kremlin", EntityType.ORGANIZATION, List.of(span(text, "Kremlin", 0))),
                new Entity("e2", "Dmitry Peskov", EntityType.PERSON, List.of(span(text, "Peskov", 0))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("Dmitry Peskov", q.speaker());
        assertEquals("e2", q.speakerEntity());
        assertEquals("ABC News", q.addressee());
    }

    @Test
    void aNicknameTakesTheEntityCanonicalName() {
        String text = "Presiden Joko Widodo membuka kongres.\n\nJokowi menegaskan bahwa persatuan bangsa harus dijaga.";
        List<Entity> entities = List.of(new Entity("e1", "Joko Widodo", EntityType.PERSON,
                List.of(span(text, "Joko Widodo", 0), span(text, "Jokowi", 0))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("Joko Widodo", q.speaker());
        assertEquals("e1", q.speakerEntity());
    }

    @Test
    void anOrganisationEntitySpeaks() {
        String text = "Kementerian Pertahanan Rusia mengatakan bahwa dua drone ditembak jatuh di Belgorod.";
        List<Entity> entities = List.of(
                new Entity("e1", "Kementerian Pertahanan Rusia", EntityType.ORGANIZATION,
                        List.of(span(text, "Kementerian Pertahanan Rusia", 0))),
                new Entity("e2", "Rusia", EntityType.LOCATION, List.of(span(text, "Rusia", 0))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("Kementerian Pertahanan Rusia", q.speaker());
        assertEquals("e1", q.speakerEntity());
    }

    @Test
    void aPronounReachesTheEntityOfThePreviousSpeaker() {
        String text = "\"Anggaran sudah siap,\" kata Menkeu Purbaya.\n\n\"Kami mulai pekan depan,\" ujarnya.";
        List<Entity> entities = List.of(new Entity("e1", "Purbaya Yudhi Sadewa", EntityType.PERSON,
                List.of(span(text, "Purbaya", 0))));
        List<Quote> quotes = QuoteCases.quotes(text, entities);
        assertEquals(2, quotes.size());
        assertEquals("Purbaya Yudhi Sadewa", quotes.get(1).speaker());
        assertEquals("e1", quotes.get(1).speakerEntity());
    }

    @Test
    void withoutEntitiesTheSameTextFallsBackToItsOwnNames() {
        String text = "\"Kami tidak bisa,\" ujar Juru bicara Kremlin Dmitry Peskov kepada ABC News.";
        Quote q = QuoteCases.quotes(text).get(0);
        assertEquals("Dmitry Peskov", q.speaker());
        assertEquals(null, q.speakerEntity());
    }

    @Test
    void aNameWithARepeatedWordIsReadWithoutError() {
        String text = "\"Kami siap,\" kata Bupati Ahmad Ahmad Yani di Sukamaju.\n\n"
                + "Pasangan Ahmad Ahmad-Siti Aminah mengatakan bahwa debat berjalan lancar.";
        List<Entity> entities = List.of(new Entity("e1", "Ahmad Ahmad Yani", EntityType.PERSON,
                List.of(span(text, "Ahmad Ahmad Yani", 0))));
        List<Quote> quotes = QuoteCases.quotes(text, entities);
        assertTrue(quotes.get(0).speaker().endsWith("Ahmad Yani"), quotes.get(0).speaker());
        assertEquals("e1", quotes.get(0).speakerEntity());
        assertEquals(2, quotes.size());
    }

    @Test
    void anEntityNameLongerThanTheArticlesOwnRunDoesNotReplaceIt() {
        // the entity stage may cut a given name ("Yudhi Sadewa"); the article's run of the phrase is kept
        String text = "Menteri Keuangan Purbaya Yudhi Sadewa mengatakan bahwa inflasi di daerah masih terkendali hingga akhir tahun.\n\n"
                + "\"Stok beras aman,\" kata Purbaya.";
        List<Entity> entities = List.of(new Entity("e1", "Yudhi Sadewa", EntityType.PERSON,
                List.of(span(text, "Yudhi Sadewa", 0))));
        List<Quote> quotes = QuoteCases.quotes(text, entities);
        assertEquals(2, quotes.size());
        assertEquals("Purbaya Yudhi Sadewa", quotes.get(0).speaker());
        assertEquals("e1", quotes.get(0).speakerEntity());
        assertEquals("Purbaya Yudhi Sadewa", quotes.get(1).speaker());
    }

    @Test
    void aBodyTheArticleNamesAgainIsNoPartOfTheSpeakersName() {
        String text = "Partai Gerindra menggelar rapat di Bandung. Sekjen Gerindra Sugiarto menegaskan Noel bukanlah "
                + "kader partainya. Sugiarto menjelaskan Partai Gerindra membedakan kader dan anggota.";
        List<Entity> entities = List.of(
                new Entity("e1", "Partai Gerindra", EntityType.ORGANIZATION,
                        List.of(span(text, "Partai Gerindra", 0), span(text, "Gerindra", 1), span(text, "Partai Gerindra", 1))),
                new Entity("e2", "Sugiarto", EntityType.PERSON, List.of(span(text, "Sugiarto", 0), span(text, "Sugiarto", 1))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("Sugiarto", q.speaker());
    }

    @Test
    void aOneOffBodyReadingMayHaveSwallowedAGivenName() {
        String text = "Kepala Staf Angkatan Laut Laksamana Ade Supriyadi menegaskan armada siap berlayar.";
        List<Entity> entities = List.of(
                new Entity("e1", "Laut Laksamana Ade", EntityType.LOCATION, List.of(span(text, "Laut Laksamana Ade", 0))),
                new Entity("e2", "Supriyadi", EntityType.PERSON, List.of(span(text, "Supriyadi", 0))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("Ade Supriyadi", q.speaker());
    }

    @Test
    void aSpeakerReadFromItsTitlePhraseTakesTheEntityOfItsName() {
        // made-up article: the title rules read the name after a long office and a comma
        String text = "Menteri Koordinator Bidang Pangan dan Kelautan, Rudianto Wiraatmaja (RW) mengatakan, stok ikan "
                + "menurun tahun ini.\n\nRW meminta nelayan tetap melaut.";
        List<Entity> entities = List.of(new Entity("e4", "Rudianto Wiraatmaja", EntityType.PERSON,
                List.of(span(text, "Rudianto Wiraatmaja", 0), span(text, "RW", 1))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("Rudianto Wiraatmaja", q.speaker());
        assertEquals("e4", q.speakerEntity());
    }

    @Test
    void aNameOfAPlaceOrSharedByTwoEntitiesGivesNoId() {
        SpeakerEntities place = new SpeakerEntities(List.of(
                new Entity("e1", "Sinar Jaya", EntityType.LOCATION, List.of(new Span(0, 10)))));
        assertEquals(new Speaker("Sinar Jaya", null, true), place.link(new Speaker("Sinar Jaya", null, true)));
        SpeakerEntities twice = new SpeakerEntities(List.of(
                new Entity("e1", "Sinar Jaya", EntityType.ORGANIZATION, List.of(new Span(0, 10))),
                new Entity("e2", "Sinar Jaya", EntityType.PERSON, List.of(new Span(20, 30)))));
        assertEquals(new Speaker("Sinar Jaya", null, false), twice.link(new Speaker("Sinar Jaya", null, false)));
        SpeakerEntities body = new SpeakerEntities(List.of(
                new Entity("e1", "Sinar Jaya", EntityType.ORGANIZATION, List.of(new Span(0, 10)))));
        assertEquals(new Speaker("Sinar Jaya", "e1", false), body.link(new Speaker("Sinar Jaya", null, true)));
        assertEquals(new Speaker("Sinar", null, true), body.link(new Speaker("Sinar", null, true)));
        assertEquals(new Speaker("Sinar Jaya", "e9", true), body.link(new Speaker("Sinar Jaya", "e9", true)));
    }

    @Test
    void aBodysAcronymAndItsPlaceReadAsOneOrganisationSpeakAsIt() {
        // made-up: without the entity, "Phnom Penh" after an acronym reads like a person's name
        String text = "KBRI Phnom Penh menyatakan ada 40 WNI yang sudah dipulangkan pekan ini.";
        List<Entity> entities = List.of(new Entity("e2", "KBRI Phnom Penh", EntityType.ORGANIZATION,
                List.of(span(text, "KBRI Phnom Penh", 0))));
        Quote q = QuoteCases.quotes(text, entities).get(0);
        assertEquals("KBRI Phnom Penh", q.speaker());
        assertEquals("e2", q.speakerEntity());
    }

    @Test
    void aTitleBeforeTheAcronymKeepsThePersonTheEntityStageGluedToIt() {
        String text = "Peneliti BRIN Ratna Kumalasari menjelaskan bahwa air hujan di kota itu mengandung mikroplastik.";
        List<Entity> entities = List.of(new Entity("e1", "BRIN Ratna Kumalasari", EntityType.ORGANIZATION,
                List.of(span(text, "BRIN Ratna Kumalasari", 0))));
        assertEquals("Ratna Kumalasari", QuoteCases.quotes(text, entities).get(0).speaker());
    }

    @Test
    void placesAfterABodysAcronymArePartOfItsName() {
        String text = "DPRD Jawa Barat menyatakan anggaran pendidikan tahun depan akan dinaikkan.";
        assertEquals("DPRD Jawa Barat", QuoteCases.quotes(text).get(0).speaker());
    }
}
