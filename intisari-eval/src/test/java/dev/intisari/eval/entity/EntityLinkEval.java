package dev.intisari.eval.entity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-article names (the linker, {@code VariantEntityLinker}) on hand-labelled renamings: entities whose linked
 * name differs from the name their own article gave them, drawn at random from {@code analyze} of IndoSum dev and
 * detik-1000 and labelled by reading both articles (link-labels*.tsv, see {@link LinkLabel}). The product is run
 * afresh over both corpora; each labelled entity is found again by article, type and own name, and what the linker
 * names it now is scored: among the labelled renamings it still makes, the share that join the same real-world
 * entity (precision); of the labelled wrong renamings, the share still made; of the right ones, the share kept.
 * {@code -Dlink.dump=FILE} also writes every article's entities with both names (JSON Lines) for sampling.
 */
class EntityLinkEval {
    private static final String[][] BATCHES = {
        {"link-labels.tsv", "dev"},
        {"link-labels-blind.tsv", "blind"},
        {"link-labels-blind19.tsv", "blind19"},
        {"link-labels-blind20.tsv", "blind20"},
    };

    /** Labelled candidates for renamings not made (recall, {@link MissScore}). */
    private static final String[][] MISSES = {
        {"link-misses-20.tsv", "misses20"},
    };

    @Test
    void renamingsOnEveryBatch() throws IOException {
        Path indosum = SharedData.require("indosum-devfolds");
        Path detik = SharedData.require("detik-1000-summarization");
        Pipeline pipeline = Pipeline.standard();
        List<LinkCorpus> corpora = List.of(LinkCorpus.indosum(indosum, pipeline), LinkCorpus.detik(detik, pipeline));
        String dump = System.getProperty("link.dump");
        if (dump != null && !dump.isBlank()) {
            write(corpora, Path.of(dump));
        }
        Map<String, LinkCorpus.Named> found = new HashMap<>();
        Set<String> renamings = new HashSet<>();
        Map<String, Set<String>> linkedByOwn = new HashMap<>();
        int renamed = 0;
        int entities = 0;
        for (LinkCorpus c : corpora) {
            for (LinkCorpus.Named n : c.entities()) {
                found.putIfAbsent(LinkLabel.key(c.name(), n.article(), n.entity().type().name(), n.entity().name()), n);
                entities++;
                renamed += n.renamed() ? 1 : 0;
                linkedByOwn.computeIfAbsent(c.name() + "\t" + n.entity().type().name() + "\t" + n.entity().name(),
                        k -> new HashSet<>()).add(n.linked());
                if (n.renamed()) {
                    renamings.add(LinkScore.pair(c.name(), n.entity().type().name(), n.entity().name(), n.linked()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nentities %d, renamed by the linker %d (%.2f %%)%n", entities, renamed,
                100.0 * renamed / entities);
        System.out.println("batch   labels right wrong | made: right wrong  precision | wrong still made | right kept"
                + " | now another name");
        LinkScore dev = null;
        for (String[] batch : BATCHES) {
            String resource = "/dev/intisari/eval/entity/" + batch[0];
            if (EntityLinkEval.class.getResource(resource) == null) {
                continue;
            }
            LinkScore score = LinkScore.of(LinkLabel.read(resource), found, renamings,
                    Boolean.getBoolean("link.verbose"));
            System.out.println(score.row(batch[1]));
            if (dev == null) {
                dev = score;
            }
        }
        for (String[] batch : MISSES) {
            String resource = "/dev/intisari/eval/entity/" + batch[0];
            if (EntityLinkEval.class.getResource(resource) != null) {
                System.out.println(MissScore.of(MissScore.read(resource), found, linkedByOwn,
                        Boolean.getBoolean("link.verbose")).row(batch[1]));
            }
        }
        Assumptions.assumeTrue(dev != null, "skipped: no labelled renamings");
        assertTrue(dev.labels() >= 100, "at least 100 labelled renamings");
        assertTrue(dev.missing() <= dev.labels() / 10, "labelled entities found again in the fresh run");
    }

    private static void write(List<LinkCorpus> corpora, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (LinkCorpus c : corpora) {
                for (int i = 0; i < c.own().size(); i++) {
                    var a = c.own().get(i);
                    ObjectNode line = json.createObjectNode();
                    line.put("corpus", c.name());
                    line.put("id", a.id());
                    line.put("text", a.text());
                    ArrayNode list = line.putArray("entities");
                    for (int k = 0; k < a.entities().size(); k++) {
                        var e = a.entities().get(k);
                        ObjectNode row = list.addObject();
                        row.put("type", e.type().name());
                        row.put("own", e.name());
                        row.put("linked", c.linked().get(i).entities().get(k).name());
                        ArrayNode spans = row.putArray("mentions");
                        for (Span m : e.mentions()) {
                            spans.addArray().add(m.start()).add(m.end());
                        }
                    }
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                }
            }
        }
    }
}
