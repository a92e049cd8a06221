package dev.intisari.app;

import dev.intisari.app.sources.SourceReader;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.CorpusRun;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.report.JsonReportWriter;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.core.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code intisari analyze PATH... [--format json|jsonl|text] [--out FILE]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (.txt, .html, .jsonl files, directories, '-' for standard input; RSS/Atom "
                + "feeds as http(s) URLs or .rss/.atom/.xml files; .warc/.warc.gz web archives) and print the analysis.")
public final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "files, directories, feeds (URLs or saved files), web archives, or - for standard input")
    List<String> paths;

    @Option(names = "--format", defaultValue = "json",
            description = "json (one document, default), jsonl (one object per line), text (a readable report)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        return analyze(paths, format, out);
    }

    static int analyze(List<String> paths, Format format, Path out) throws IOException {
        OutputStream stream = out == null ? new NonClosing(System.out) : Files.newOutputStream(out);
        Progress progress = new Progress(System.err);
        CorpusRun.Outcome outcome;
        try (OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
             ReportWriter report = writer(format, buffered)) {
            CorpusRun run = new CorpusRun(new SourceReader(new FileCorpusReader(), SourceReader.HOST_DELAY),
                    Pipeline.standard());
            outcome = run.run(paths, report, p -> {
                progress.clear();
                System.err.println("intisari: " + p.describe());
            }, progress::update);
        }
        progress.done(outcome.articles());
        return outcome.failed() ? 1 : 0;
    }

    private static ReportWriter writer(Format format, OutputStream out) throws IOException {
        return switch (format) {
            case json -> new JsonReportWriter(out, false);
            case jsonl -> new JsonReportWriter(out, true);
            case text -> new TextReportWriter(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        };
    }

    /** Standard output must stay open after a report closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
