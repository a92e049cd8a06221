package dev.intisari.core.report;

import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Grouping;
import dev.intisari.model.OutletCoverage;
import dev.intisari.model.Story;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.model.StoryQuote;
import dev.intisari.model.Storyline;
import dev.intisari.model.TimelineEntry;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A readable report: stories first (key points with their support, timeline, who said what, outlets), then
 * storylines, copies and a line per article. Keeps only titles and outlets of articles, not their text.
 */
public final class TextReportWriter implements ReportWriter {
    private final PrintWriter out;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> outlets = new HashMap<>();
    private final StringBuilder articleLines = new StringBuilder();
    private int articles;

    public TextReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void article(Article a) {
        articles++;
        titles.put(a.id(), Objects.requireNonNullElse(a.title(), a.id()));
        outlets.put(a.id(), Objects.requireNonNullElse(a.outlet(), "?"));
        articleLines.append(String.format("  %-40s %-12s %-4s %3d sent. %2d ent. %2d quotes %2d dates %s%n",
                a.id(), a.published() == null ? "-" : a.published().date(), a.language(), a.sentences().size(),
                a.entities().size(), a.quotes().size(), a.dates().size(),
                a.flags().isEmpty() ? "" : a.flags().toString()));
    }

    @Override
    public void grouping(Grouping g) {
        out.printf("Intisari: %s, %s, %s, %s%n%n", counted(articles, "article", "articles"),
                counted(g.stories().size(), "story", "stories"),
                counted(g.duplicates().size(), "duplicate group", "duplicate groups"),
                counted(g.storylines().size(), "storyline", "storylines"));
        for (Story s : g.stories()) {
            out.printf("== %s%n", s.title());
            out.printf("   story %s, %s, %s to %s, first: %s%s%n", s.id(),
                    counted(s.articles().size(), "article", "articles"),
                    Objects.requireNonNullElse(s.start(), "-"), Objects.requireNonNullElse(s.end(), "-"),
                    s.origin().first(),
                    s.origin().wire().isEmpty() ? "" : ", wire: " + String.join(", ", s.origin().wire()));
            if (!s.keyPoints().isEmpty()) {
                out.println("   Intisari Utama:");
                for (StoryKeyPoint k : s.keyPoints()) {
                    out.printf("    * %s%n      [%s; %s]%n", k.text(), counted(k.outlets(), "outlet", "outlets"),
                            k.citations().stream().map(c -> c.article() + "#" + c.sentence())
                                    .collect(Collectors.joining(", ")));
                }
            }
            if (!s.timeline().isEmpty()) {
                out.println("   Linimasa:");
                for (TimelineEntry t : s.timeline()) {
                    out.printf("    %-10s %s%n", t.date(), t.text());
                }
            }
            if (!s.quotes().isEmpty()) {
                out.println("   Siapa berkata apa:");
                for (StoryQuote q : s.quotes()) {
                    out.printf("    %s: \u201c%s\u201d (%s)%n",
                            q.speaker() == null ? "(tidak diketahui)" : q.speaker(), q.text(),
                            counted(q.outlets(), "outlet", "outlets"));
                }
            }
            out.println("   Media:");
            for (OutletCoverage o : s.outlets()) {
                out.printf("    %-24s %-26s %s%n", o.outlet(), Objects.requireNonNullElse(o.firstPublished(), "-"),
                        String.join(", ", o.articles()));
            }
            out.println();
        }
        for (Storyline l : g.storylines()) {
            out.printf("Storyline %s: %s (%s)%n", l.id(), l.title(), counted(l.stories().size(), "story", "stories"));
        }
        for (DuplicateGroup d : g.duplicates()) {
            out.printf("Copies (similarity %.2f, first %s): %s%n", d.similarity(), d.first(),
                    String.join(", ", d.articles()));
        }
        out.printf("%nArticles:%n%s", articleLines);
        out.flush();
    }

    /** "1 story", "2 stories": a count with its noun in the right number. */
    static String counted(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    @Override
    public void close() {
        out.flush();
    }
}
