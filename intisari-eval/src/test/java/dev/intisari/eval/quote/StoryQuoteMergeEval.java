package dev.intisari.eval.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.Quote;
import dev.intisari.model.QuoteCitation;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import dev.intisari.model.StoryQuote;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story-level quote merger ({@link SpeakerQuoteMerger}) on hand-labelled stories (story-quote-labels.tsv: since
 * session 13 one row per article-level quote of the current extraction, and stories S31-S45 of two outlets within
 * two days quoting a common speaker; since session 14 stories S46-S49 in a held-out split of their own, "new";
 * articles read from ../shared/data/indosum-devfolds exactly as /tmp/lead5/indosum.jsonl holds them: tokens
 * joined by spaces, paragraphs by a blank line, outlet = source). The labelled articles go through
 * {@link Pipeline#analyze} and {@link Pipeline#link}; each product quote is matched to its label by article and
 * first words; the merger runs on each story's articles in the labelled order. Each article is given the time its
 * IndoSum id opens with as its publication time. Scored over pairs of labelled
 * quotes of one story (same statement or not), within one article and across outlets, and by B-cubed.
 * -Dmerge.verbose=true prints the tuning half's wrong, missed and right pairs (=all: both halves').
 * -Dmerge.grid="overlap,near,minWords,topicStatements,topicShare,unnamedOverlap[,sameFormDice[,acrossOverlap[,
 * containedWords[,shortNames[,nearSynonyms[,outletOverlap,outletHours]]]]]];…" scores more settings in the same run.
 */
class StoryQuoteMergeEval {
    private static final String LABELS = "/dev/intisari/eval/quote/story-quote-labels.tsv";
    /** "true" prints the tune half's wrong, missed and right pairs; "all" prints both halves'. */
    private final String verbose = System.getProperty("merge.verbose", "false");

    private record Label(String story, String split, String article, String statement, String words) {
    }

    /** One labelled quote as the product found it: its label, outlet and the merger's group. */
    private record Item(Label label, String outlet, String quoteId, String text, String speaker, String form) {
    }

    @Test
    void mergesTheSameStatementOnceAcrossArticlesAndOutlets() throws Exception {
        Path folder = SharedData.require("indosum-devfolds");
        List<Label> labels = labels();
        Set<String> wanted = labels.stream().map(Label::article).collect(Collectors.toSet());
        Map<String, String[]> raw = articles(folder, wanted);
        Pipeline pipeline = Pipeline.standard();
        List<Article> analysed = new ArrayList<>();
        for (String id : raw.keySet()) {
            String[] outletText = raw.get(id);
            // IndoSum's id opens with the article's time (epoch seconds); the merger's same-day rule across outlets
            // (Config.outletOverlap) needs it, as a feed's publication time would give it
            Published published = Published.of(OffsetDateTime.ofInstant(Instant.ofEpochSecond(
                    Long.parseLong(id.substring(0, id.indexOf('-')))), Published.JAKARTA), "jsonl");
            analysed.add(pipeline.analyze(new RawArticle("is-" + id, "indosum.jsonl", null, outletText[0], null,
                    published, null, outletText[1], null)));
        }
        Map<String, Article> byId = new HashMap<>();
        for (Article a : pipeline.link(analysed)) {
            byId.put(a.id().substring(3), a);
        }
        if (System.getProperty("merge.grid") != null) {
            for (String c : System.getProperty("merge.grid").split(";")) {
                String[] v = c.split(",");
                SpeakerQuoteMerger.Config config = new SpeakerQuoteMerger.Config(Double.parseDouble(v[0]),
                        Double.parseDouble(v[1]), Integer.parseInt(v[2]), 128, 64, Integer.parseInt(v[3]),
                        Double.parseDouble(v[4]), Double.parseDouble(v[5]), v.length > 6 ? Double.parseDouble(v[6]) : 0,
                        v.length > 7 ? Double.parseDouble(v[7]) : Double.parseDouble(v[0]),
                        v.length > 8 ? Integer.parseInt(v[8]) : 0, v.length > 9 && Boolean.parseBoolean(v[9]),
                        v.length > 10 && Boolean.parseBoolean(v[10]),
                        v.length > 11 ? Double.parseDouble(v[11]) : Double.parseDouble(v[0]),
                        v.length > 12 ? Integer.parseInt(v[12]) : 0);
                System.out.println("config " + c);
                for (var e : score(new SpeakerQuoteMerger(config), labels, byId, new int[1], false).entrySet()) {
                    e.getValue().print(e.getKey());
                }
            }
        }
        int[] unmatchedCount = new int[1];
        Map<String, Score> scores = score(new SpeakerQuoteMerger(), labels, byId, unmatchedCount,
                !verbose.equals("false"));
        int unmatched = unmatchedCount[0];
        System.out.printf(Locale.ROOT, "%nStory-level quote merging: %d stories, %d labelled quotes, %d labels not found"
                + " in the product's quotes%n", labels.stream().map(Label::story).distinct().count(), labels.size(),
                unmatched);
        System.out.println("split  pairs: kind        gold  pred  right   P      R      F1   | B3 P   B3 R   B3 F1 | x-outlet found");
        for (var e : scores.entrySet()) {
            e.getValue().print(e.getKey());
        }
        Score all = scores.get("all");
        assertTrue(unmatched <= labels.size() / 20, "labels not found: " + unmatched);
        // floors pinned in session 14 on the whole set, the new held-out stories (S46-S49) included: all pairs
        // P 0.589, R 0.226; within-article P 0.551, R 0.220; B-cubed P 0.969, R 0.875; 5 of 9 cross-outlet
        // statements found (docs/quotes.md)
        assertTrue(all.pairs.precision() >= 0.57, "pair precision " + all.pairs.precision());
        assertTrue(all.pairs.recall() >= 0.21, "pair recall " + all.pairs.recall());
        assertTrue(all.within.precision() >= 0.53, "within-article pair precision " + all.within.precision());
        assertTrue(all.within.recall() >= 0.21, "within-article pair recall " + all.within.recall());
        assertTrue(all.b3p() >= 0.96, "B-cubed precision " + all.b3p());
        assertTrue(all.b3r() >= 0.87, "B-cubed recall " + all.b3r());
        assertTrue(all.crossFound >= 5, "cross-outlet statements found: " + all.crossFound + " of " + all.crossGold);
    }

    private Map<String, Score> score(SpeakerQuoteMerger merger, List<Label> labels, Map<String, Article> byId,
                                     int[] unmatchedCount, boolean print) {
        Map<String, List<Label>> stories = new LinkedHashMap<>();
        for (Label l : labels) {
            stories.computeIfAbsent(l.story(), k -> new ArrayList<>()).add(l);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String split : List.of("tune", "test", "new", "all")) {
            scores.put(split, new Score());
        }
        int unmatched = 0;
        for (List<Label> story : stories.values()) {
            List<String> order = story.stream().map(Label::article).distinct().toList();
            List<Article> articles = order.stream().map(byId::get).toList();
            List<Item> items = new ArrayList<>();
            Map<String, List<Item>> byQuote = new HashMap<>();
            for (Article a : articles) {
                List<Label> own = story.stream().filter(l -> l.article().equals(a.id().substring(3))).toList();
                boolean[] used = new boolean[own.size()];
                // a label's first words open the quote; failing that (session 12: spaced quotation marks read as
                // one direct quotation where the labels saw several pieces), they lie inside it, and one quote may
                // then carry several labels, which the merger cannot tell apart
                for (boolean inside : new boolean[] {false, true}) {
                    for (Quote q : a.quotes()) {
                        String text = String.join(" ", q.text().split("\\s+")).strip();
                        for (int i = 0; i < own.size(); i++) {
                            String words = own.get(i).words();
                            if (!used[i] && (inside ? text.contains(words) : text.startsWith(words))) {
                                used[i] = true;
                                Item item = new Item(own.get(i), a.outlet(), q.id(), text, q.speaker(),
                                        (q.direct() ? "direct" : "reported") + " s" + q.sentence());
                                items.add(item);
                                byQuote.computeIfAbsent(a.id() + "\t" + q.id(), k -> new ArrayList<>()).add(item);
                                if (!inside) {
                                    break;
                                }
                            }
                        }
                    }
                }
                for (boolean u : used) {
                    unmatched += u ? 0 : 1;
                }
            }
            List<StoryQuote> merged = merger.merge(articles);
            Map<Item, Integer> group = new HashMap<>();
            for (int g = 0; g < merged.size(); g++) {
                for (QuoteCitation c : merged.get(g).citations()) {
                    for (Item item : byQuote.getOrDefault(c.article() + "\t" + c.quote(), List.of())) {
                        group.put(item, g);
                    }
                }
            }
            String split = story.get(0).split();
            for (Score s : List.of(scores.get(split), scores.get("all"))) {
                s.add(items, group, print && s == scores.get(split)
                        && (split.equals("tune") || verbose.equals("all")));
            }
        }
        unmatchedCount[0] = unmatched;
        return scores;
    }

    /** Pair counts of one kind. */
    private static final class Pairs {
        int gold;
        int predicted;
        int right;

        double precision() {
            return predicted == 0 ? 1 : (double) right / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) right / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static final class Score {
        final Pairs within = new Pairs();
        final Pairs acrossOutlets = new Pairs();
        final Pairs acrossSameOutlet = new Pairs();
        final Pairs pairs = new Pairs();
        double b3p;
        double b3r;
        int items;
        int crossGold;
        int crossFound;

        void add(List<Item> items, Map<Item, Integer> group, boolean verbose) {
            for (int i = 0; i < items.size(); i++) {
                Item a = items.get(i);
                int goldSize = 0;
                int predSize = 0;
                int both = 0;
                for (int j = 0; j < items.size(); j++) {
                    Item b = items.get(j);
                    if (j != i && a.label().article().equals(b.label().article()) && a.quoteId().equals(b.quoteId())) {
                        // two labels inside one extracted quote: the extractor joined them, the merger had no choice
                        continue;
                    }
                    boolean gold = a.label().statement().equals(b.label().statement());
                    boolean pred = group.containsKey(a) && group.get(a).equals(group.get(b));
                    goldSize += gold ? 1 : 0;
                    predSize += pred ? 1 : 0;
                    both += gold && pred ? 1 : 0;
                    if (j <= i) {
                        continue;
                    }
                    Pairs kind = a.label().article().equals(b.label().article()) ? within
                            : a.outlet().equals(b.outlet()) ? acrossSameOutlet : acrossOutlets;
                    for (Pairs p : List.of(kind, pairs)) {
                        p.gold += gold ? 1 : 0;
                        p.predicted += pred ? 1 : 0;
                        p.right += gold && pred ? 1 : 0;
                    }
                    if (verbose && (gold || pred)) {
                        System.out.printf(Locale.ROOT, "  %s %s %s%n    %s %s | %s%n    %s %s | %s%n",
                                gold && pred ? "RIGHT " : gold ? "MISSED" : "WRONG ", a.label().story(),
                                kind == within ? "in article" : "across articles", a.form(), a.speaker(),
                                cut(a.text()), b.form(), b.speaker(), cut(b.text()));
                    }
                }
                b3p += predSize == 0 ? 1 : (double) both / predSize;
                b3r += (double) both / goldSize;
            }
            this.items += items.size();
            Map<String, List<Item>> statements = items.stream()
                    .collect(Collectors.groupingBy(it -> it.label().statement(), LinkedHashMap::new, Collectors.toList()));
            for (List<Item> s : statements.values()) {
                if (s.stream().map(Item::outlet).distinct().count() < 2) {
                    continue;
                }
                crossGold++;
                Map<Integer, Set<String>> outletsByGroup = new HashMap<>();
                for (Item it : s) {
                    if (group.containsKey(it)) {
                        outletsByGroup.computeIfAbsent(group.get(it), k -> new java.util.HashSet<>()).add(it.outlet());
                    }
                }
                if (outletsByGroup.values().stream().anyMatch(o -> o.size() >= 2)) {
                    crossFound++;
                }
            }
        }

        double b3p() {
            return items == 0 ? 1 : b3p / items;
        }

        double b3r() {
            return items == 0 ? 1 : b3r / items;
        }

        void print(String split) {
            double p = b3p();
            double r = b3r();
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            row(split, "all pairs", pairs, String.format(Locale.ROOT, "| %.3f  %.3f  %.3f | %d of %d", p, r, f,
                    crossFound, crossGold));
            row(split, "in article", within, "");
            row(split, "x-outlet", acrossOutlets, "");
            row(split, "x-article", acrossSameOutlet, "(same outlet)");
        }

        private static void row(String split, String kind, Pairs p, String tail) {
            System.out.printf(Locale.ROOT, "%-6s %-18s %5d %5d %5d   %.3f  %.3f  %.3f %s%n", split, kind, p.gold,
                    p.predicted, p.right, p.precision(), p.recall(), p.f1(), tail);
        }
    }

    private static String cut(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    private static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        try (InputStream in = StoryQuoteMergeEval.class.getResourceAsStream(LABELS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                labels.add(new Label(f[0], f[1], f[2], f[3], f[4].strip()));
            }
        }
        return labels;
    }

    /** Outlet and text of the wanted IndoSum dev articles (first occurrence over the folds). */
    private static Map<String, String[]> articles(Path folder, Set<String> wanted) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String[]> out = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("dev\\.0\\d\\.jsonl")).sorted()
                    .toList()) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        JsonNode node = json.readTree(line);
                        String id = node.get("id").asText();
                        if (wanted.contains(id) && !out.containsKey(id)) {
                            out.put(id, new String[] {node.get("source").asText(), text(node.get("paragraphs"))});
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String text(JsonNode paragraphs) {
        List<String> out = new ArrayList<>();
        for (JsonNode paragraph : paragraphs) {
            List<String> tokens = new ArrayList<>();
            for (JsonNode sentence : paragraph) {
                for (JsonNode token : sentence) {
                    tokens.add(token.asText());
                }
            }
            out.add(String.join(" ", tokens));
        }
        return String.join("\n\n", out);
    }
}
