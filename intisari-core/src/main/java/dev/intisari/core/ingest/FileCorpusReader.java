package dev.intisari.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.model.InputProblem;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** First version: reads .txt, .html/.htm and .jsonl files and directories as UTF-8. */
public final class FileCorpusReader implements CorpusReader {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void read(List<String> arguments, IngestListener listener) {
        for (String argument : arguments) {
            Path root = Path.of(argument);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).sorted()
                            .forEach(f -> readFile(root, f, listener));
                } catch (IOException e) {
                    listener.problem(InputProblem.error(argument, 0, e.getMessage()));
                }
            } else {
                readFile(root.getParent() == null ? Path.of("") : root.getParent(), root, listener);
            }
        }
    }

    private void readFile(Path root, Path file, IngestListener listener) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String id = root.relativize(file).toString();
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".jsonl")) {
                String[] lines = content.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(lines[i]);
                    String published = node.path("published").asText(null);
                    listener.article(new RawArticle(node.path("id").asText(id + ":" + (i + 1)),
                            file + ":" + (i + 1), node.path("url").asText(null), node.path("outlet").asText(null),
                            node.path("title").asText(null),
                            published == null ? null : new Published(published, "jsonl"),
                            node.path("language").asText(null), node.path("text").asText(null),
                            node.path("html").asText(null)));
                }
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                listener.article(new RawArticle(id, file.toString(), null, null, null, null, null, null, content));
            } else if (name.endsWith(".txt")) {
                listener.article(new RawArticle(id, file.toString(), null, null, null, null, null, content, null));
            }
        } catch (IOException | RuntimeException e) {
            listener.problem(InputProblem.error(file.toString(), 0, e.getMessage()));
        }
    }
}
