package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recall of the linker on labelled candidates (link-misses-*.tsv): one-word person entities that kept their own name
 * while another article of the corpus names a longer person name beginning or ending with that word. A {@code yes}
 * label names the longer name that is the same real-world entity; it counts as joined when the entity's linked name
 * now equals the linked name of an entity of the corpus whose own name is that longer name (either side may carry
 * the group's name). A {@code no} label counts against the linker when the entity is renamed at all.
 */
record MissScore(int labels, int yes, int joined, int no, int renamedNo, int missing) {
    /** One labelled candidate. */
    record Miss(String corpus, String article, String type, String own, String candidate, boolean yes, String target) {
        String key() {
            return LinkLabel.key(corpus, article, type, own);
        }
    }

    static List<Miss> read(String resource) {
        List<Miss> out = new ArrayList<>();
        for (String[] f : LabelRows.read(resource, f -> f.length >= 7 && (f[5].equals("yes") || f[5].equals("no")))) {
            out.add(new Miss(f[0], f[1], f[2], f[3], f[4], f[5].equals("yes"), f[6]));
        }
        return out;
    }

    /**
     * {@code found}: each entity by {@link LinkLabel#key}; {@code linkedByOwn}: per corpus, type and own name (tab
     * separated), the linked names its entities carry now.
     */
    static MissScore of(List<Miss> labels, Map<String, LinkCorpus.Named> found, Map<String, Set<String>> linkedByOwn,
                        boolean verbose) {
        int yes = 0;
        int joined = 0;
        int no = 0;
        int renamedNo = 0;
        int missing = 0;
        for (Miss m : labels) {
            LinkCorpus.Named n = found.get(m.key());
            if (n == null) {
                missing++;
                continue;
            }
            if (m.yes()) {
                yes++;
                Set<String> target = linkedByOwn.getOrDefault(m.corpus() + "\t" + m.type() + "\t" + m.target(), Set.of());
                boolean ok = target.contains(n.linked());
                joined += ok ? 1 : 0;
                if (verbose && !ok) {
                    System.out.printf(Locale.ROOT, "  not joined: %s %s '%s' (should share a name with '%s')%n",
                            m.corpus(), m.article(), m.own(), m.target());
                }
            } else {
                no++;
                renamedNo += n.renamed() ? 1 : 0;
            }
        }
        return new MissScore(labels.size(), yes, joined, no, renamedNo, missing);
    }

    String row(String batch) {
        return String.format(Locale.ROOT, "%-9s %4d labels: %d yes, joined %d (recall %.3f); %d no, renamed %d"
                        + (missing > 0 ? " (missing %d)" : ""), batch, labels, yes, joined,
                yes == 0 ? 0 : (double) joined / yes, no, renamedNo, missing);
    }
}
