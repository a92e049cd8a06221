package dev.intisari.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the cleaning resources: UTF-8 lines, '#' comments and blank lines skipped. */
final class RuleSet {
    private RuleSet() {
    }

    /** The non-comment lines of resource {@code name} next to this class. */
    static List<String> lines(String name) {
        try (InputStream in = RuleSet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing cleaning resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines split at the first tab into two fields. */
    static List<String[]> pairs(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("resource " + name + ": no tab in line: " + line);
            }
            out.add(new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()});
        }
        return out;
    }
}
