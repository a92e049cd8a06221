package dev.intisari.app.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Intisari utama": each key point with its outlet count, its citations (shown on demand; each opens the
 * cited sentence highlighted in its article) and a "Laporkan kesalahan" form with the report count.
 */
final class KeyPointList {
    /** The reasons the API accepts, with their Indonesian labels, in the order shown. */
    static final Map<String, String> REASONS = reasons();

    private KeyPointList() {
    }

    private static Map<String, String> reasons() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("wrong-fact", "Fakta keliru");
        r.put("wrong-citation", "Sumber yang dikutip tidak mendukung");
        r.put("wrong-speaker", "Pembicara keliru");
        r.put("wrong-date", "Tanggal keliru");
        r.put("outdated", "Sudah tidak berlaku");
        r.put("misleading", "Menyesatkan");
        r.put("other", "Lainnya");
        return r;
    }

    static void render(Markup m, StoryView v) {
        m.open("section", "id", "intisari", "class", "key-points-section");
        m.element("h2", "Intisari utama");
        JsonNode points = v.story().path("key_points");
        if (points.isEmpty()) {
            m.element("p", "Belum ada intisari untuk cerita ini.", "class", "empty");
        }
        m.open("ol", "class", "key-points");
        for (JsonNode kp : points) {
            point(m, v, kp);
        }
        m.close("ol");
        m.close("section");
    }

    private static void point(Markup m, StoryView v, JsonNode kp) {
        String id = kp.path("id").asText();
        int reports = v.reports().getOrDefault(id, 0);
        JsonNode citations = kp.path("citations");
        m.open("li", "class", "key-point", "id", id, "data-key-point", id);
        m.element("p", kp.path("text").asText(), "class", "kp-text");
        m.open("p", "class", "kp-meta");
        m.element("span", "Didukung " + Layout.count(kp.path("outlets").asInt(), "media"), "class", "outlet-count");
        m.text(" · ");
        m.element("span", Layout.count(reports, "laporan kesalahan"), "class", "report-count", "data-count",
                reports);
        m.close("p");
        m.open("div", "class", "kp-actions");
        m.element("button", "Lihat sumber (" + citations.size() + ")", "type", "button", "class",
                "toggle-citations", "aria-expanded", "false", "aria-controls", "sumber-" + id);
        m.element("button", "Laporkan kesalahan", "type", "button", "class", "report-open", "aria-expanded",
                "false", "aria-controls", "lapor-" + id);
        m.close("div");
        m.open("ul", "class", "citations", "id", "sumber-" + id, "hidden", true);
        for (JsonNode c : citations) {
            String article = c.path("article").asText();
            int sentence = c.path("sentence").asInt();
            m.open("li", "class", "citation-item");
            m.link(Href.sentence(article, sentence), v.outlet(article) + date(v.published(article)), "class",
                    "citation", "aria-expanded", "false");
            String text = v.sentence(article, sentence);
            if (text != null) {
                m.text(" ").element("q", text, "class", "cited-sentence");
            }
            m.open("div", "class", "cited-article", "hidden", true).close("div");
            m.close("li");
        }
        m.close("ul");
        form(m, v.id(), id);
        m.close("li");
    }

    private static void form(Markup m, String story, String keyPoint) {
        m.open("form", "class", "report-form", "id", "lapor-" + keyPoint, "hidden", true, "data-story", story,
                "data-key-point", keyPoint);
        m.element("p", "Apa yang keliru pada butir ini?", "class", "form-title");
        m.open("label").text("Jenis kesalahan ");
        m.open("select", "name", "reason", "required", true);
        REASONS.forEach((value, label) -> m.element("option", label, "value", value));
        m.close("select").close("label");
        m.open("label").text("Keterangan (tidak wajib) ");
        m.open("textarea", "name", "comment", "maxlength", "1000", "rows", "3").close("textarea");
        m.close("label");
        m.element("button", "Kirim laporan", "type", "submit");
        m.element("span", "", "class", "report-status", "role", "status", "aria-live", "polite");
        m.close("form");
    }

    private static String date(String published) {
        return published == null ? "" : " · " + Layout.date(published);
    }
}
