package dev.intisari.eval.summary;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceEntitiesTest {
    private static final List<String> SENTENCES = List.of(
            "Gubernur Jawa Barat Dedi Mulyadi meninjau tanggul Sungai Citarum yang jebol di Bandung.",
            "Dedi Mulyadi meminta Balai Besar Wilayah Sungai Citarum memperbaiki tanggul pekan ini.",
            "Warga mengungsi ke balai desa.",
            "Menurut Dedi, perbaikan dibiayai anggaran provinsi.",
            "Kepala BPBD Bandung mencatat 300 rumah terendam.");
    /** Entity name, then the sentence and the words of each mention. */
    private static final Object[][] ENTITIES = {
            {"Dedi Mulyadi", EntityType.PERSON, 0, "Dedi Mulyadi", 1, "Dedi Mulyadi", 3, "Dedi"},
            {"Sungai Citarum", EntityType.LOCATION, 0, "Sungai Citarum"},
            {"Bandung", EntityType.LOCATION, 0, "Bandung", 4, "Bandung"},
            {"Balai Besar Wilayah Sungai Citarum", EntityType.ORGANIZATION, 1, "Balai Besar Wilayah Sungai Citarum"},
            {"BPBD Bandung", EntityType.ORGANIZATION, 4, "BPBD Bandung"},
    };

    private static SentenceEntities named(String title) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String s : SENTENCES) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            sentences.add(new Sentence(sentences.size(), new Span(text.length(), text.length() + s.length())));
            text.append(s);
        }
        List<Entity> entities = new ArrayList<>();
        for (Object[] e : ENTITIES) {
            List<Span> mentions = new ArrayList<>();
            for (int k = 2; k < e.length; k += 2) {
                Span sentence = sentences.get((Integer) e[k]).span();
                int at = text.indexOf((String) e[k + 1], sentence.start());
                mentions.add(new Span(at, at + ((String) e[k + 1]).length()));
            }
            entities.add(new Entity("e" + entities.size(), (String) e[0], (EntityType) e[1], mentions));
        }
        TokenizedText tokenized = new TokenizedText(text.toString(), List.of(), sentences, List.of());
        return SentenceEntities.of(tokenized, SENTENCES.size(), entities, title);
    }

    @Test
    void whichEntitiesEachSentenceNames() {
        SentenceEntities named = named("Tanggul Citarum jebol, Dedi Mulyadi minta segera diperbaiki");
        int[] distinct = {3, 2, 0, 1, 2};
        int[] introduced = {3, 1, 0, 0, 1};
        // Dedi Mulyadi (three mentions) is the main entity; Sungai Citarum and Balai ... Citarum share "citarum"
        boolean[] top = {true, true, false, true, false};
        int[] inTitle = {2, 2, 0, 1, 0};
        int[] lead = {1, 1, 0, 1, 1};
        int[] recurring = {2, 1, 0, 1, 1};
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertEquals(distinct[i], named.distinct(i), "distinct " + i);
            assertEquals(introduced[i], named.introduced(i), "introduced " + i);
            assertEquals(top[i], named.namesTop(i), "top " + i);
            assertEquals(inTitle[i], named.inTitle(i), "title " + i);
            assertEquals(lead[i], named.sharedWithLead(i, 3), "lead " + i);
            assertEquals(recurring[i], named.recurring(i), "recurring " + i);
        }
        // 3 of the article's 8 mentions belong to Dedi Mulyadi, 2 to Bandung, 1 to Sungai Citarum
        assertEquals(6.0 / 8, named.salience(0), 1e-12);
        assertEquals(0, named.salience(2));
    }

    @Test
    void noTitleAndNoEntitiesGiveZeroColumns() {
        assertEquals(0, named(null).inTitle(0));
        double[][] rows = SentenceEntities.none(SENTENCES.size()).append(new double[SENTENCES.size()][2]);
        assertEquals(2 + SentenceEntities.NAMES.size(), rows[0].length);
        for (double[] r : rows) {
            for (double v : r) {
                assertEquals(0, v);
            }
        }
        double[][] appended = named("Dedi Mulyadi tinjau Citarum").append(new double[SENTENCES.size()][1]);
        assertEquals(Math.log1p(3), appended[0][1 + SentenceEntities.NAMES.indexOf("ent_distinct")], 1e-12);
        assertEquals(1, appended[0][1 + SentenceEntities.NAMES.indexOf("ent_top")]);
        assertFalse(SentenceEntities.none(1).namesTop(0));
        assertTrue(appended[2][1 + SentenceEntities.NAMES.indexOf("ent_salience")] == 0);
    }
}
