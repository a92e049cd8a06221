package dev.intisari.app.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts written down in samples/EXPECTED.md when the demo corpus was written, read from its tables:
 * the article index, titles, duplicate groups, quotes, date expressions, wire sources, boilerplate and
 * headings. Articles are named A01…A40 there; {@link #ids} maps them to the ids of the analysis.
 */
record ExpectedFacts(Map<String, Row> articles, List<Quote> quotes, List<DateFact> dates,
                     Map<String, List<String>> wire, List<Boilerplate> boilerplate, List<Heading> headings,
                     List<List<String>> duplicates) {

    record Row(String label, String story, String format, String outlet, String published, String language,
               String id, String title) {
    }

    record Quote(String article, String speaker, String cue, String type, String text) {
    }

    record DateFact(String article, String text, String value, String granularity) {
    }

    record Boilerplate(String article, String kind, String scope, String text) {
    }

    record Heading(String article, String text) {
    }

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern LABEL = Pattern.compile("A\\d\\d");

    static ExpectedFacts read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Row> articles = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        List<DateFact> dates = new ArrayList<>();
        Map<String, List<String>> wire = new LinkedHashMap<>();
        List<Boilerplate> boilerplate = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<List<String>> duplicates = new ArrayList<>();
        String section = "";
        String table = "";
        String boilerplateArticle = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                section = line.substring(3, 5).strip();
                continue;
            }
            if (line.matches("\\|[-|: ]+\\|?")) {
                continue;
            }
            if (line.startsWith("| Article | Speaker")) {
                table = "quotes";
                continue;
            }
            if (line.startsWith("| Article | Span")) {
                table = "dates";
                continue;
            }
            if (!line.startsWith("|")) {
                table = "";
            }
            if (line.startsWith("**A") && section.equals("6.")) {
                boilerplateArticle = line.substring(2, 5);
            }
            String[] cells = cells(line);
            if (section.equals("2.") && cells.length == 7 && LABEL.matcher(cells[0]).matches()) {
                String path = code(cells[6]);
                String id = path.contains("#") ? path.substring(path.indexOf('#') + 1) : path;
                articles.put(cells[0], new Row(cells[0], cells[1], cells[2], cells[3], code(cells[4]), cells[5], id,
                        null));
            } else if (section.equals("2.") && line.startsWith("- A") && line.contains(": `")) {
                titles.put(line.substring(2, 5), code(line.substring(5)));
            } else if (section.equals("3.") && cells.length == 4 && cells[0].matches("D\\d")) {
                List<String> group = new ArrayList<>();
                Matcher m = LABEL.matcher(cells[1]);
                while (m.find()) {
                    group.add(m.group());
                }
                duplicates.add(group);
            } else if (table.equals("quotes") && cells.length == 5 && LABEL.matcher(cells[0]).matches()) {
                quotes.add(new Quote(cells[0], cells[1], code(cells[2]), cells[3], code(cells[4])));
            } else if (table.equals("dates") && cells.length >= 4 && LABEL.matcher(cells[0]).matches()) {
                dates.add(new DateFact(cells[0], code(cells[1]), code(cells[2]), cells[3]));
            } else if (section.equals("5.") && cells.length == 3 && LABEL.matcher(cells[0]).matches()) {
                wire.put(cells[0], cells[1].startsWith("\u2014") ? List.of() : List.of(cells[1].split(",\\s*")));
            } else if (section.equals("6.") && cells.length == 3 && boilerplateArticle != null
                    && !cells[0].equals("Kind")) {
                boilerplate.add(new Boilerplate(boilerplateArticle, cells[0], cells[1], code(cells[2])));
            } else if (section.equals("7.") && line.startsWith("A")) {
                Matcher m = Pattern.compile("(A\\d\\d) `([^`]*)`").matcher(line);
                while (m.find()) {
                    headings.add(new Heading(m.group(1), m.group(2)));
                }
            }
        }
        Map<String, Row> withTitles = new LinkedHashMap<>();
        articles.forEach((k, r) -> withTitles.put(k, new Row(r.label(), r.story(), r.format(), r.outlet(),
                r.published(), r.language(), r.id(), titles.get(k))));
        return new ExpectedFacts(withTitles, quotes, dates, wire, boilerplate, headings, duplicates);
    }

    private static String[] cells(String line) {
        if (!line.startsWith("|")) {
            return new String[0];
        }
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        String[] parts = inner.split("(?<!\\\\)\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static String code(String cell) {
        Matcher m = CODE.matcher(cell);
        return (m.find() ? m.group(1) : cell.strip()).replace("\\|", "|");
    }

    String id(String label) {
        return articles.get(label).id();
    }
}
