package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Made-up headlines and names (fictional people and places) for the headline-names channel. */
class HeadlineNamesTest {

    @Test
    void theHeadlineWordsThatAreWordsOfTheArticlesNamesAreKeys() {
        // headline terms (as the scanner gives them), the article's canonical names, expected keys
        Object[][] table = {
                // the rider named by his surname in the headline, his full name among the names
                {List.of("lorenzo", "kecelakaan", "miller", "peringatan"), List.of("jorge lorenzo", "jack miller", "le mans"),
                        List.of("t:lorenzo", "t:miller")},
                // a legislator's challenge: his names, the other headline words not
                {List.of("fahri", "hamzah", "tantang", "dirjen", "pajak"), List.of("fahri hamzah", "sukamaju"),
                        List.of("t:fahri", "t:hamzah")},
                // a headline without a name of the article: no key
                {List.of("harga", "cabai", "naik", "lagi"), List.of("pasar induk sukamaju"), List.of()},
                // no names at all: no key
                {List.of("tips", "tidur", "nyenyak"), List.of(), List.of()},
                // a word named twice in the headline is one key
                {List.of("rudi", "balas", "kritik", "rudi"), List.of("rudi hartono"), List.of("t:rudi")},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked") List<String> title = (List<String>) row[0];
            @SuppressWarnings("unchecked") List<String> names = (List<String>) row[1];
            assertEquals(row[2], HeadlineNames.keys(title, names), String.join(" ", title));
        }
    }

    /**
     * The bonus: a rare headline name shared with the story counts with its idf among the headlines seen, full at the
     * saturation; a name in many headlines is no evidence; a name the story's headlines lack gives nothing.
     */
    @Test
    void aSharedRareHeadlineNameGivesABonusUpToItsFullWeight() {
        HeadlineNames names = HeadlineNames.NEWS;
        ClusterState state = new ClusterState(ClusterConfig.news());
        // 600 headlines, every third naming the same governor, the others each a name of their own
        for (int i = 0; i < 600; i++) {
            state.newDocument();
            names.vector(state, List.of(i % 3 == 0 ? "t:gubernur" : "t:tokoh" + i));
        }
        StoryCentroid story = new StoryCentroid("s-1", 1, null);
        state.newDocument();
        story.addHeadline(names.vector(state, List.of("t:kusuma", "t:sukamaju", "t:gubernur")));
        assertEquals(2, story.headlines.size(), "the governor's name is in a third of the headlines: no key kept");

        state.newDocument();
        TermVector one = names.vector(state, List.of("t:kusuma", "t:wiryo"));
        double idf = Math.log((state.documents() + 1.0) / 3.0);
        assertEquals(names.bonus() * idf / 16, names.withSaturation(16).score(one, story), 1e-9);

        state.newDocument();
        TermVector two = names.vector(state, List.of("t:kusuma", "t:sukamaju"));
        double twoIdf = Math.log((state.documents() + 1.0) / 4.0) + Math.log((state.documents() + 1.0) / 3.0);
        assertEquals(names.bonus() * twoIdf / 16, names.withSaturation(16).score(two, story), 1e-9);
        assertEquals(names.bonus(), names.withSaturation(8).score(two, story), 1e-9, "two rare names, saturation 8: full");

        state.newDocument();
        TermVector none = names.vector(state, List.of("t:wiryo", "t:gubernur"));
        assertEquals(0, names.score(none, story), 1e-9);
        assertEquals(0, HeadlineNames.OFF.score(one, story), 1e-9, "off");
    }

    /** The article's people and places give the keys, never an organisation's name ("Direktorat Jenderal Pajak"). */
    @Test
    void onlyPeopleAndPlacesNameTheHeadline() {
        List<dev.intisari.model.Entity> entities = List.of(
                new dev.intisari.model.Entity("e1", "Fahri Hamzah", dev.intisari.model.EntityType.PERSON,
                        List.of(new dev.intisari.model.Span(0, 1))),
                new dev.intisari.model.Entity("e2", "Direktorat Jenderal Pajak", dev.intisari.model.EntityType.ORGANIZATION,
                        List.of(new dev.intisari.model.Span(0, 1))),
                new dev.intisari.model.Entity("e3", "Sukamaju", dev.intisari.model.EntityType.LOCATION,
                        List.of(new dev.intisari.model.Span(0, 1))));
        dev.intisari.model.Article a = TestArticles.article("a1", "2024-05-10T10:00:00+07:00",
                "Fahri Hamzah tantang Dirjen Pajak di Sukamaju", "Fahri Hamzah menantang Direktorat Jenderal Pajak.",
                entities);
        ClusterInput in = new ArticleFeatures().input(a, null);
        assertEquals(List.of("t:fahri", "t:hamzah", "t:sukamaju"),
                in.events().stream().filter(k -> k.startsWith(HeadlineNames.PREFIX)).toList());
    }
}
