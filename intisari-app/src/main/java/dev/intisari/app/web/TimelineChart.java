package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story's timeline: an SVG bar chart (one bar per date, its height the number of dated statements,
 * each bar a link to that date in the list below) and the list itself with its sources. Drawn on the
 * server; the script only marks the chosen date.
 */
final class TimelineChart {
    private static final int BAR = 36;
    private static final int GAP = 14;
    private static final int HEIGHT = 120;
    private static final int TOP = 18;
    private static final int LABEL = 34;

    private TimelineChart() {
    }

    static void render(Markup m, StoryView v) {
        Map<String, List<JsonNode>> byDate = new LinkedHashMap<>();
        for (JsonNode e : v.story().path("timeline")) {
            byDate.computeIfAbsent(e.path("date").asText(""), d -> new ArrayList<>()).add(e);
        }
        m.open("section", "id", "kronologi");
        m.element("h2", "Kronologi");
        if (byDate.isEmpty()) {
            m.element("p", "Tidak ada peristiwa bertanggal dalam cerita ini.", "class", "empty");
            m.close("section");
            return;
        }
        chart(m, byDate);
        m.open("ol", "class", "timeline");
        for (Map.Entry<String, List<JsonNode>> d : byDate.entrySet()) {
            m.open("li", "id", anchor(d.getKey()), "class", "timeline-day", "data-date", d.getKey());
            m.open("h3").open("time", "datetime", d.getKey()).text(label(d.getKey())).close("time").close("h3");
            m.open("ul");
            for (JsonNode e : d.getValue()) {
                m.open("li").element("span", e.path("text").asText(), "class", "timeline-text");
                m.open("span", "class", "sources").text(" — ");
                boolean first = true;
                for (JsonNode c : e.path("citations")) {
                    String article = c.path("article").asText();
                    m.text(first ? "" : ", ");
                    m.link(Href.sentence(article, c.path("sentence").asInt()), v.outlet(article));
                    first = false;
                }
                m.close("span").close("li");
            }
            m.close("ul").close("li");
        }
        m.close("ol");
        m.close("section");
    }

    private static void chart(Markup m, Map<String, List<JsonNode>> byDate) {
        int most = byDate.values().stream().mapToInt(List::size).max().orElse(1);
        int width = Math.max(320, byDate.size() * (BAR + GAP) + GAP);
        int total = TOP + HEIGHT + LABEL;
        m.open("div", "class", "chart-scroll");
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "timeline-chart", "viewBox",
                "0 0 " + width + " " + total, "width", width, "height", total, "role", "img", "aria-label",
                "Grafik kronologi: jumlah peristiwa per tanggal");
        m.open("line", "x1", 0, "y1", TOP + HEIGHT, "x2", width, "y2", TOP + HEIGHT, "class", "axis").close("line");
        int x = GAP;
        for (Map.Entry<String, List<JsonNode>> d : byDate.entrySet()) {
            int n = d.getValue().size();
            int h = Math.max(4, Math.round((float) HEIGHT * n / most));
            m.open("a", "href", Href.anchor(anchor(d.getKey())), "class", "bar-link", "data-date", d.getKey());
            m.element("title", label(d.getKey()) + ": " + Layout.count(n, "peristiwa"));
            m.open("rect", "class", "bar", "x", x, "y", TOP + HEIGHT - h, "width", BAR, "height", h, "rx", 3)
                    .close("rect");
            m.element("text", String.valueOf(n), "class", "bar-value", "x", x + BAR / 2, "y", TOP + HEIGHT - h - 4,
                    "text-anchor", "middle");
            m.element("text", shortLabel(d.getKey()), "class", "bar-label", "x", x + BAR / 2,
                    "y", TOP + HEIGHT + 16, "text-anchor", "middle");
            m.element("text", year(d.getKey()), "class", "bar-label year", "x", x + BAR / 2,
                    "y", TOP + HEIGHT + 30, "text-anchor", "middle");
            m.close("a");
            x += BAR + GAP;
        }
        m.close("svg");
        m.close("div");
    }

    static String anchor(String date) {
        return "kronologi-" + date.replaceAll("[^0-9A-Za-z-]", "");
    }

    /** 2025-03-13 → "13 Maret 2025"; 2025-03 → "Maret 2025"; 2025 → "2025". */
    static String label(String date) {
        if (date.length() == 7) {
            String d = Layout.date(date + "-01");
            return d.substring(d.indexOf(' ') + 1);
        }
        return date.length() >= 10 ? Layout.date(date) : date;
    }

    private static String shortLabel(String date) {
        String l = label(date);
        String[] parts = l.split(" ");
        if (parts.length >= 3) {
            return parts[0] + " " + parts[1].substring(0, Math.min(3, parts[1].length()));
        }
        return parts.length == 2 ? parts[0].substring(0, Math.min(3, parts[0].length())) : l;
    }

    private static String year(String date) {
        return date.length() >= 4 && date.length() > 4 ? date.substring(0, 4) : "";
    }
}
