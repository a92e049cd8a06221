package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.List;

/**
 * A body the article names with its cue and then without it: "PT Tirta Mulia belum menjawab. Tirta Mulia digugat
 * karyawan." The tagger may read the bare words as a person; a person mention whose words are exactly the words after
 * the organisation cues ("PT", "Bank", "Universitas") of an organisation mention elsewhere in the article is that
 * organisation, unless the gazetteer or the training data know those words as a person's name ("Pemerintah Prabowo
 * Subianto" … "Prabowo Subianto mengatakan").
 */
final class CueLessBodies {
    private CueLessBodies() {
    }

    static void retype(ArticleTokens t, Lexicon lexicon, GazetteerCategory trainedPersons, MentionTable table) {
        List<Mention> mentions = table.list();
        int[] length = new int[1];
        for (Mention m : mentions) {
            int n = m.end() - m.start();
            if (m.type() == EntityType.PERSON && afterCueElsewhere(t, lexicon, mentions, m)
                    && !(lexicon.nameCategory(t, m.start(), length) == GazetteerCategory.PER && length[0] == n)
                    && (trainedPersons == null || lexicon.matchLength(t, m.start(), trainedPersons) != n)) {
                table.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION));
            }
        }
    }

    private static boolean afterCueElsewhere(ArticleTokens t, Lexicon lexicon, List<Mention> mentions, Mention m) {
        int n = m.end() - m.start();
        for (Mention o : mentions) {
            int cue = 0;
            int len;
            while (o.type() == EntityType.ORGANIZATION && o.start() + cue < o.end()
                    && (len = lexicon.matchLength(t, o.start() + cue, GazetteerCategory.ORG_CUE)) > 0) {
                cue += len;
            }
            if (cue == 0 || o.end() - o.start() - cue != n) {
                continue;
            }
            boolean same = true;
            for (int q = 0; q < n && same; q++) {
                same = t.lower[o.start() + cue + q] == t.lower[m.start() + q];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
