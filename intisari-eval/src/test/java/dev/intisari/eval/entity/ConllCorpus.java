package dev.intisari.eval.entity;

import dev.intisari.core.entity.TaggedSentence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads CoNLL-style NER files: one token per line (word first, BIO tag last), blank line between sentences. */
final class ConllCorpus {
    private ConllCorpus() {
    }

    static List<TaggedSentence> read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /** Reads with every tag passed through {@code mapTag} (e.g. to the product's three types). */
    static List<TaggedSentence> read(Path file, UnaryOperator<String> mapTag) {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    flush(out, words, tags);
                    continue;
                }
                String[] f = line.split("[\t ]+");
                if (f.length < 2) {
                    continue;
                }
                words.add(f[0]);
                tags.add(mapTag.apply(f[f.length - 1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(out, words, tags);
        return out;
    }

    private static void flush(List<TaggedSentence> out, List<String> words, List<String> tags) {
        if (!words.isEmpty()) {
            out.add(new TaggedSentence(words, tags));
            words.clear();
            tags.clear();
        }
    }
}
