package dev.intisari.eval.summary;

import java.util.List;
import java.util.Locale;

/** Running means of ROUGE-1/2/L F1 for one system over a corpus. */
final class SystemScores {
    private final String name;
    private double r1;
    private double r2;
    private double rl;
    private int count;

    SystemScores(String name) {
        this.name = name;
    }

    void add(String candidate, String reference) {
        List<String> c = Rouge.words(candidate);
        List<String> r = Rouge.words(reference);
        r1 += Rouge.n(c, r, 1).f1();
        r2 += Rouge.n(c, r, 2).f1();
        rl += Rouge.l(c, r).f1();
        count++;
    }

    String name() {
        return name;
    }

    double rouge1() {
        return 100 * r1 / Math.max(1, count);
    }

    double rouge2() {
        return 100 * r2 / Math.max(1, count);
    }

    double rougeL() {
        return 100 * rl / Math.max(1, count);
    }

    String row() {
        return String.format(Locale.ROOT, "| %-44s | %6.2f | %6.2f | %6.2f | %5d |", name, rouge1(), rouge2(),
                rougeL(), count);
    }

    static String header() {
        return "| system                                       | ROUGE-1 | ROUGE-2 | ROUGE-L | docs |\n"
                + "|----------------------------------------------|--------:|--------:|--------:|-----:|";
    }
}
