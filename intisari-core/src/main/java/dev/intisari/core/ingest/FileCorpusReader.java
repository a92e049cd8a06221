package dev.intisari.core.ingest;

import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads files by extension: {@code .txt} (an article as a scraper delivers it), {@code .html}/{@code .htm},
 * {@code .jsonl} (one article per line), each optionally gzip-compressed ({@code .txt.gz}). Directories
 * are read recursively in sorted order, hidden files and folders skipped, other extensions ignored;
 * {@code -} reads standard input, sniffed as JSON Lines, HTML or text. Every bad input is reported as one
 * problem naming the file (and line) and the rest is still read.
 */
public final class FileCorpusReader implements CorpusReader {
    /** The largest article, or JSON line, accepted. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final InputStream stdin;
    private final JsonLinesParser lines = new JsonLinesParser();

    public FileCorpusReader() {
        this(System.in);
    }

    public FileCorpusReader(InputStream stdin) {
        this.stdin = stdin;
    }

    private enum Kind { TEXT, HTML, JSONL }

    @Override
    public void read(List<String> arguments, IngestListener listener) {
        for (String argument : arguments) {
            if (argument.equals("-")) {
                readStdin(listener);
                continue;
            }
            Path root = Path.of(argument);
            if (Files.isDirectory(root)) {
                for (Path file : filesUnder(root, argument, listener)) {
                    Kind kind = kindOf(file);
                    if (kind != null) {
                        readFile(file, slashes(root.relativize(file).toString()), kind, listener);
                    }
                }
            } else if (Files.isRegularFile(root)) {
                Kind kind = kindOf(root);
                if (kind == null) {
                    listener.problem(InputProblem.error(argument, 0,
                            "unsupported file type (expected .txt, .html, .htm or .jsonl, optionally .gz)"));
                } else {
                    readFile(root, root.getFileName().toString(), kind, listener);
                }
            } else {
                listener.problem(InputProblem.error(argument, 0, Files.exists(root)
                        ? "not a regular file or directory" : "no such file or directory"));
            }
        }
    }

    private static List<Path> filesUnder(Path root, String argument, IngestListener listener) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !isHidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            listener.problem(InputProblem.error(argument, 0, "cannot list directory: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".jsonl")) {
            return Kind.JSONL;
        }
        return null;
    }

    private void readFile(Path file, String id, Kind kind, IngestListener listener) {
        String source = slashes(file.toString());
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream in = open(file, gzip)) {
            if (kind == Kind.JSONL) {
                readJsonLines(in, source, id, listener);
            } else {
                if (!gzip && Files.size(file) > MAX_BYTES) {
                    listener.problem(InputProblem.error(source, 0, "file is larger than 20 MB; skipped"));
                    return;
                }
                readWhole(in, source, id, kind, listener);
            }
        } catch (NoSuchFileException e) {
            listener.problem(InputProblem.error(source, 0, "no such file"));
        } catch (IOException e) {
            listener.problem(InputProblem.error(source, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private void readStdin(IngestListener listener) {
        try {
            BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            String start = InputDecoder.decode(head).text().stripLeading();
            Kind kind = start.startsWith("{") ? Kind.JSONL : start.startsWith("<") ? Kind.HTML : Kind.TEXT;
            if (kind == Kind.JSONL) {
                readJsonLines(in, "-", "stdin", listener);
            } else {
                readWhole(in, "-", "stdin", kind, listener);
            }
        } catch (IOException e) {
            listener.problem(InputProblem.error("-", 0, "cannot read standard input: " + e.getMessage()));
        }
    }

    private static void readWhole(InputStream in, String source, String id, Kind kind, IngestListener listener)
            throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            listener.problem(InputProblem.error(source, 0, "input is larger than 20 MB; skipped"));
            return;
        }
        if (bytes.length == 0) {
            listener.problem(InputProblem.error(source, 0, "empty file"));
            return;
        }
        if (InputDecoder.looksBinary(bytes, bytes.length)) {
            listener.problem(InputProblem.error(source, 0, "binary file, not text; skipped"));
            return;
        }
        InputDecoder.Decoded decoded = InputDecoder.decode(bytes);
        if (decoded.fallback()) {
            listener.problem(InputProblem.warning(source, 0, "not valid UTF-8; read as Windows-1252"));
        }
        if (decoded.text().isBlank()) {
            listener.problem(InputProblem.error(source, 0, "empty file (only white space)"));
            return;
        }
        listener.article(kind == Kind.HTML
                ? new RawArticle(id, source, null, null, null, null, null, null, decoded.text())
                : new RawArticle(id, source, null, null, null, null, null, decoded.text(), null));
    }

    private void readJsonLines(InputStream in, String source, String id, IngestListener listener)
            throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[1 << 16];
        int filled = 0;
        int at = 0;
        int[] count = new int[2];
        boolean tooLong = false;
        boolean any = false;
        boolean warned = false;
        while (true) {
            if (at == filled) {
                filled = in.read(chunk);
                at = 0;
                if (filled < 0) {
                    if (line.size() > 0 || tooLong) {
                        warned = line(line, tooLong, source, id, listener, count, warned);
                    }
                    break;
                }
                continue;
            }
            int end = at;
            while (end < filled && chunk[end] != '\n') {
                end++;
            }
            if (end > at) {
                any = true;
                if (line.size() + (end - at) <= MAX_BYTES + 1) {
                    line.write(chunk, at, end - at);
                } else {
                    tooLong = true;
                }
            }
            if (end < filled) {
                warned = line(line, tooLong, source, id, listener, count, warned);
                tooLong = false;
                at = end + 1;
            } else {
                at = end;
            }
        }
        int lineNumber = count[0];
        int articles = count[1];
        if (!any) {
            listener.problem(InputProblem.error(source, 0, "empty file"));
        } else if (articles == 0 && lineNumber > 0) {
            listener.problem(InputProblem.warning(source, 0, "no article could be read from this file"));
        }
    }

    /**
     * One line of a JSON Lines file, ended: {@code count} holds the lines and the articles read so far.
     * Returns whether the encoding warning has been given.
     */
    private boolean line(ByteArrayOutputStream line, boolean tooLong, String source, String id,
                         IngestListener listener, int[] count, boolean warned) {
        int lineNumber = ++count[0];
        byte[] bytes = line.toByteArray();
        line.reset();
        if (tooLong || bytes.length > MAX_BYTES) {
            listener.problem(InputProblem.error(source, lineNumber, "line is longer than 20 MB; skipped"));
        } else if (InputDecoder.looksBinary(bytes, bytes.length)) {
            listener.problem(InputProblem.error(source, lineNumber, "binary data, not a JSON line; skipped"));
        } else {
            InputDecoder.Decoded decoded = InputDecoder.decode(bytes);
            if (decoded.fallback() && !warned) {
                listener.problem(InputProblem.warning(source, lineNumber, "not valid UTF-8; read as Windows-1252"));
                warned = true;
            }
            String text = decoded.text();
            if (!text.isBlank()) {
                var article = lines.parse(text, source, lineNumber, id + ":" + lineNumber, listener);
                if (article.isPresent()) {
                    count[1]++;
                    listener.article(article.get());
                }
            }
        }
        return warned;
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
