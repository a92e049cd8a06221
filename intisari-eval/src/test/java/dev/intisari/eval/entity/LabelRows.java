package dev.intisari.eval.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The rows of a tab-separated label file beside this class: blank lines and "#" comments skipped, each row checked. */
final class LabelRows {
    private LabelRows() {
    }

    /** The fields of each row of {@code resource}; a row {@code valid} rejects fails with the file and the line. */
    static List<String[]> read(String resource, Predicate<String[]> valid) {
        InputStream in = LabelRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!valid.test(f)) {
                    throw new IllegalStateException("bad label line " + number + " in " + resource + ": " + line);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
