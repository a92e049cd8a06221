package dev.intisari.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.DateMention;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Entity;
import dev.intisari.model.Grouping;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.OutletCoverage;
import dev.intisari.model.Quote;
import dev.intisari.model.QuoteCitation;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Story;
import dev.intisari.model.StoryEntity;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.model.StoryQuote;
import dev.intisari.model.Storyline;
import dev.intisari.model.TimelineEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Streams the output contract: as one JSON document ({@code json}) or one object per line with a
 * {@code type} field ({@code jsonl}). Articles are written as they come, so neither form holds the corpus.
 */
public final class JsonReportWriter implements ReportWriter {
    /** The output format version; new optional fields never change it. */
    public static final String FORMAT_VERSION = "1";

    private final JsonGenerator json;
    private final boolean lines;
    private boolean articlesOpen;

    public JsonReportWriter(OutputStream out, boolean lines) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.lines = lines;
        if (lines) {
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        } else {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("intisari", FORMAT_VERSION);
            json.writeArrayFieldStart("articles");
            articlesOpen = true;
        }
    }

    @Override
    public void article(Article a) throws IOException {
        json.writeStartObject();
        type("article");
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("url", a.url());
        json.writeStringField("title", a.title());
        json.writeStringField("published", a.published() == null ? null : a.published().value());
        json.writeStringField("published_from", a.published() == null ? null : a.published().from());
        json.writeStringField("language", a.language());
        strings("flags", a.flags());
        json.writeStringField("text", a.text());
        json.writeArrayFieldStart("headings");
        for (Span h : a.headings()) {
            span(h);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removed");
        for (RemovedLine r : a.removed()) {
            json.writeStartObject();
            json.writeStringField("text", r.text());
            json.writeStringField("kind", r.kind().label());
            json.writeNumberField("line", r.line());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("credits");
        strings("author", a.credits().author());
        strings("editor", a.credits().editor());
        strings("translator", a.credits().translator());
        json.writeEndObject();
        strings("wire", a.wire());
        strings("related", a.related());
        json.writeArrayFieldStart("sentences");
        for (Sentence s : a.sentences()) {
            json.writeStartObject();
            json.writeNumberField("i", s.index());
            json.writeNumberField("start", s.span().start());
            json.writeNumberField("end", s.span().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            json.writeArrayFieldStart("mentions");
            for (Span m : e.mentions()) {
                span(m);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            json.writeStartObject();
            json.writeStringField("id", q.id());
            json.writeStringField("speaker", q.speaker());
            json.writeStringField("speaker_entity", q.speakerEntity());
            json.writeStringField("text", q.text());
            json.writeNumberField("start", q.span().start());
            json.writeNumberField("end", q.span().end());
            json.writeBooleanField("direct", q.direct());
            json.writeStringField("cue", q.cue());
            json.writeNumberField("sentence", q.sentence());
            json.writeStringField("addressee", q.addressee());
            json.writeStringField("place", q.place());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dates");
        for (DateMention d : a.dates()) {
            json.writeStartObject();
            json.writeStringField("text", d.text());
            json.writeNumberField("start", d.span().start());
            json.writeNumberField("end", d.span().end());
            json.writeStringField("value", d.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("key_points");
        for (KeyPoint k : a.keyPoints()) {
            json.writeStartObject();
            json.writeStringField("id", k.id());
            json.writeStringField("text", k.text());
            json.writeNumberField("sentence", k.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    @Override
    public void grouping(Grouping g) throws IOException {
        GroupingSink sink = groupingSink();
        sink.duplicates(g.duplicates());
        for (Story s : g.stories()) {
            sink.story(s);
        }
        sink.storylines(g.storylines());
    }

    /** Writes each story as it comes: the document never holds more than one. */
    @Override
    public GroupingSink groupingSink() {
        return new GroupingSink() {
            @Override
            public void duplicates(List<DuplicateGroup> duplicates) throws IOException {
                if (articlesOpen) {
                    json.writeEndArray();
                    articlesOpen = false;
                }
                if (!lines) {
                    json.writeArrayFieldStart("duplicates");
                }
                for (DuplicateGroup d : duplicates) {
                    json.writeStartObject();
                    type("duplicate");
                    strings("articles", d.articles());
                    json.writeNumberField("similarity", Math.round(d.similarity() * 1000) / 1000.0);
                    json.writeStringField("first", d.first());
                    json.writeEndObject();
                }
                if (!lines) {
                    json.writeEndArray();
                    json.writeArrayFieldStart("stories");
                }
            }

            @Override
            public void story(Story s) throws IOException {
                JsonReportWriter.this.story(s);
            }

            @Override
            public void storylines(List<Storyline> storylines) throws IOException {
                if (!lines) {
                    json.writeEndArray();
                    json.writeArrayFieldStart("storylines");
                }
                for (Storyline l : storylines) {
                    json.writeStartObject();
                    type("storyline");
                    json.writeStringField("id", l.id());
                    json.writeStringField("title", l.title());
                    strings("stories", l.stories());
                    json.writeEndObject();
                }
                if (!lines) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.flush();
            }
        };
    }

    private void story(Story s) throws IOException {
        json.writeStartObject();
        type("story");
        json.writeStringField("id", s.id());
        json.writeStringField("title", s.title());
        strings("articles", s.articles());
        json.writeStringField("start", s.start());
        json.writeStringField("end", s.end());
        json.writeObjectFieldStart("origin");
        json.writeStringField("first", s.origin().first());
        strings("wire", s.origin().wire());
        json.writeEndObject();
        json.writeArrayFieldStart("key_points");
        for (StoryKeyPoint k : s.keyPoints()) {
            json.writeStartObject();
            json.writeStringField("id", k.id());
            json.writeStringField("text", k.text());
            citations(k.citations());
            json.writeNumberField("outlets", k.outlets());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("timeline");
        for (TimelineEntry t : s.timeline()) {
            json.writeStartObject();
            json.writeStringField("date", t.date());
            json.writeStringField("text", t.text());
            citations(t.citations());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (StoryEntity e : s.entities()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeStringField("type", e.type().name());
            json.writeNumberField("articles", e.articles());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (StoryQuote q : s.quotes()) {
            json.writeStartObject();
            json.writeStringField("speaker", q.speaker());
            json.writeStringField("text", q.text());
            json.writeArrayFieldStart("citations");
            for (QuoteCitation c : q.citations()) {
                json.writeStartObject();
                json.writeStringField("article", c.article());
                json.writeStringField("quote", c.quote());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("outlets", q.outlets());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("outlets");
        for (OutletCoverage o : s.outlets()) {
            json.writeStartObject();
            json.writeStringField("outlet", o.outlet());
            json.writeStringField("first_published", o.firstPublished());
            strings("articles", o.articles());
            strings("key_points", o.keyPoints());
            strings("quotes", o.quotes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void type(String type) throws IOException {
        if (lines) {
            json.writeStringField("type", type);
            json.writeStringField("intisari", FORMAT_VERSION);
        }
    }

    private void citations(List<Citation> citations) throws IOException {
        json.writeArrayFieldStart("citations");
        for (Citation c : citations) {
            json.writeStartObject();
            json.writeStringField("article", c.article());
            json.writeNumberField("sentence", c.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void span(Span s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeEndObject();
    }

    private void strings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        if (articlesOpen) {
            grouping(new Grouping(List.of(), List.of(), List.of()));
        }
        json.writeRaw('\n');
        json.close();
    }
}
