package dev.intisari.eval.time;

import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.core.time.CopyrightYearEstimator;
import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.eval.SharedData;
import dev.intisari.model.DateMention;
import dev.intisari.model.Published;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copyright-year estimate of the publication date, on articles whose real date is known (detik-1000 and
 * IndoSum dev fold 1, read from ../shared): each article is given a removed copyright line with its real
 * year and no other date, and the estimate is compared with the real day. Also: how many of the body's date
 * values come out the same when the tagger is anchored on the estimate instead of the real day.
 */
class PublicationEstimateEval {
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    private final RuleDateTagger tagger = new RuleDateTagger();
    private final CopyrightYearEstimator estimator = new CopyrightYearEstimator(tagger);

    @Test
    void estimateAgainstTheRealDay() {
        Collection<DatedText> detik = TimeCorpus.detik(SharedData.require("detik-1000-summarization")).values();
        Collection<DatedText> indosum = TimeCorpus.indosum(
                SharedData.require("indosum-devfolds").resolve("dev.01.jsonl")).values();
        System.out.println("Publication date from the copyright year (estimate vs real day)");
        System.out.println("| corpus | articles | estimated | exact day | within 1 day | within 7 days | later than real | median error (days) | date values unchanged |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        Score d = score(detik);
        Score i = score(indosum);
        print("detik-1000", d);
        print("IndoSum dev 1", i);
        // floors a little below the figures measured (docs/time.md)
        assertTrue(d.estimated > 0.84 * d.articles && i.estimated > 0.55 * i.articles, "coverage fell");
        assertTrue(d.exact > 0.74 * d.estimated && d.within1 > 0.90 * d.estimated, "detik estimates got worse");
        assertTrue(i.within7 > 0.87 * i.estimated && d.later < 0.04 * d.estimated, "estimates got worse");
    }

    private Score score(Collection<DatedText> corpus) {
        Score s = new Score();
        List<Long> errors = new ArrayList<>();
        for (DatedText t : corpus) {
            s.articles++;
            List<Token> tokens = tokenizer.tokenize(t.text());
            List<Sentence> sentences = splitter.split(t.text(), tokens, List.of());
            TokenizedText text = new TokenizedText(t.text(), List.of(), sentences, tokens);
            List<RemovedLine> removed = List.of(new RemovedLine(
                    "Copyright © " + t.anchor().getYear() + " Contoh Media. All rights reserved", RemovalKind.COPYRIGHT, 1));
            Optional<Published> estimate = estimator.estimate(text, removed);
            if (estimate.isEmpty()) {
                continue;
            }
            s.estimated++;
            long error = ChronoUnit.DAYS.between(t.anchor(), estimate.get().date());
            errors.add(Math.abs(error));
            s.exact += error == 0 ? 1 : 0;
            s.within1 += Math.abs(error) <= 1 ? 1 : 0;
            s.within7 += Math.abs(error) <= 7 ? 1 : 0;
            s.later += error > 0 ? 1 : 0;
            if (error > 0 && Boolean.getBoolean("time.verbose")) {
                System.out.println("later by " + error + " days: " + t.id() + " real " + t.anchor());
            }
            Map<Span, String> guessed = new HashMap<>();
            tagger.tag(text, estimate.get().date()).forEach(m -> guessed.put(m.span(), m.value()));
            for (DateMention m : tagger.tag(text, t.anchor())) {
                s.values++;
                s.sameValues += guessed.containsKey(m.span()) && Objects.equals(m.value(), guessed.get(m.span())) ? 1 : 0;
            }
        }
        Collections.sort(errors);
        s.median = errors.isEmpty() ? 0 : errors.get(errors.size() / 2);
        return s;
    }

    private static void print(String name, Score s) {
        System.out.printf("| %s | %d | %d (%.3f) | %.3f | %.3f | %.3f | %.3f | %d | %.3f of %d |%n", name, s.articles,
                s.estimated, s.estimated / (double) s.articles, s.exact / (double) s.estimated,
                s.within1 / (double) s.estimated, s.within7 / (double) s.estimated, s.later / (double) s.estimated,
                s.median, s.sameValues / (double) s.values, s.values);
    }

    private static final class Score {
        int articles;
        int estimated;
        int exact;
        int within1;
        int within7;
        int later;
        long median;
        int values;
        int sameValues;
    }
}
