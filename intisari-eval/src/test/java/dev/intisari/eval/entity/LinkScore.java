package dev.intisari.eval.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labelled renamings of one batch scored against a fresh run. A renaming still made to the labelled name counts
 * as its label says; one made to another name counts right only when that name is the label's {@code should}; an
 * entity that keeps its own name counts as a renaming not made (a fix for a wrong one, a loss for a right one), unless
 * the join is still made the other way round: entities of the labelled linked name now carry this entity's own name
 * (the group is named by the other spelling), which counts as the labelled renaming still made ({@code reversed}).
 */
record LinkScore(int labels, int right, int wrong, int madeRight, int madeWrong, int wrongStillMade, int rightKept,
                 int another, int missing, int reversed) {
    /** The key of a renaming in {@code reversedPairs}: corpus, type, own name, linked name. */
    static String pair(String corpus, String type, String own, String linked) {
        return corpus + "\t" + type + "\t" + own + "\t" + linked;
    }

    static LinkScore of(List<LinkLabel> labels, Map<String, LinkCorpus.Named> found, Set<String> renamings,
                        boolean verbose) {
        int right = 0;
        int wrong = 0;
        int madeRight = 0;
        int madeWrong = 0;
        int wrongStillMade = 0;
        int rightKept = 0;
        int another = 0;
        int missing = 0;
        int reversed = 0;
        for (LinkLabel l : labels) {
            right += l.same() ? 1 : 0;
            wrong += l.same() ? 0 : 1;
            LinkCorpus.Named n = found.get(l.key());
            if (n == null) {
                missing++;
                if (verbose) {
                    System.out.println("  missing: " + l);
                }
                continue;
            }
            String now = n.linked();
            if (now.equals(l.own())) {
                if (renamings.contains(pair(l.corpus(), l.type(), l.linked(), l.own()))) {
                    reversed++;
                    madeRight += l.same() ? 1 : 0;
                    madeWrong += l.same() ? 0 : 1;
                    wrongStillMade += l.same() ? 0 : 1;
                    rightKept += l.same() ? 1 : 0;
                    if (verbose) {
                        System.out.printf(Locale.ROOT, "  reversed: %s %s '%s' <- '%s' (%s)%n", l.corpus(), l.article(),
                                l.own(), l.linked(), l.same() ? "same" : "wrong");
                    }
                }
                continue;
            }
            boolean ok;
            if (now.equals(l.linked())) {
                ok = l.same();
            } else {
                another++;
                ok = now.equals(l.should());
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  another name: %s %s '%s' -> '%s' (labelled '%s', %s)%n",
                            l.corpus(), l.article(), l.own(), now, l.linked(), l.same() ? "same" : "wrong");
                }
            }
            madeRight += ok ? 1 : 0;
            madeWrong += ok ? 0 : 1;
            wrongStillMade += !l.same() && now.equals(l.linked()) ? 1 : 0;
            rightKept += l.same() && now.equals(l.linked()) ? 1 : 0;
        }
        return new LinkScore(labels.size(), right, wrong, madeRight, madeWrong, wrongStillMade, rightKept, another,
                missing, reversed);
    }

    double precision() {
        return madeRight + madeWrong == 0 ? 0 : (double) madeRight / (madeRight + madeWrong);
    }

    String row(String batch) {
        return String.format(Locale.ROOT, "%-7s %6d %5d %5d | %9d %5d  %.3f     | %3d/%-3d %.3f   | %3d/%-3d %.3f | %d"
                        + (missing > 0 ? " (missing %d)" : "") + (reversed > 0 ? " (reversed %d)" : ""), batch, labels,
                right, wrong, madeRight, madeWrong, precision(), wrongStillMade, wrong,
                wrong == 0 ? 0 : (double) wrongStillMade / wrong, rightKept, right,
                right == 0 ? 0 : (double) rightKept / right, another, missing, reversed);
    }
}
