package dev.intisari.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Abbreviations written with a final period ("dr.", "Jl.", "dll.") and the web-address endings that keep
 * "Kompas.com" one token, from the resources {@code abbreviations.tsv} and {@code top-level-domains.txt}.
 * Shared by {@link RuleTokenizer} (what stays one token) and {@link RuleSentenceSplitter} (which of them may
 * close a sentence). Immutable.
 */
final class Abbreviations {
    private static final String RESOURCE = "abbreviations.tsv";
    private static final String DOMAINS = "top-level-domains.txt";

    private final Map<String, Boolean> mayEnd;
    private final Set<String> domainEndings;

    Abbreviations(Map<String, Boolean> mayEnd, Set<String> domainEndings) {
        this.mayEnd = Map.copyOf(mayEnd);
        this.domainEndings = Set.copyOf(domainEndings);
    }

    /** The bundled lists, loaded once. */
    static Abbreviations standard() {
        return Bundled.INSTANCE;
    }

    /** Whether {@code word + "."} is a listed abbreviation; {@code word} has no period. */
    boolean isListed(CharSequence text, int start, int end) {
        return mayEnd.containsKey(key(text, start, end));
    }

    /** Whether {@code text[start, end)} is a web-address ending such as "com" or "id" (lower case only). */
    boolean isDomainEnding(CharSequence text, int start, int end) {
        return end - start <= 4 && domainEndings.contains(text.subSequence(start, end).toString());
    }

    /**
     * Whether an abbreviation token (ending with its period) may close a sentence when a capitalised word
     * follows: listed "final" abbreviations ("dll.", "Tbk.") and degrees with a segment of two or more letters
     * ("S.Kom.", "M.Si."). Initials ("M.", "A.M.") and titles ("Prof.") never do.
     */
    boolean mayEndSentence(String token) {
        Boolean listed = mayEnd.get(token.toLowerCase(Locale.ROOT));
        if (listed != null) {
            return listed;
        }
        int firstDot = token.indexOf('.');
        if (firstDot == token.length() - 1) {
            return false;
        }
        int segment = 0;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '.') {
                if (segment >= 2) {
                    return true;
                }
                segment = 0;
            } else {
                segment++;
            }
        }
        return false;
    }

    private static String key(CharSequence text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start + 1);
        for (int i = start; i < end; i++) {
            b.append(Character.toLowerCase(text.charAt(i)));
        }
        return b.append('.').toString();
    }

    private static final class Bundled {
        static final Abbreviations INSTANCE = load();

        private static Abbreviations load() {
            Map<String, Boolean> mayEnd = new HashMap<>();
            for (String line : lines(RESOURCE)) {
                String[] parts = line.split("\t");
                if (parts.length != 2 || !parts[0].endsWith(".")) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
                mayEnd.put(parts[0].toLowerCase(Locale.ROOT), "final".equals(parts[1].trim()));
            }
            return new Abbreviations(mayEnd, new HashSet<>(lines(DOMAINS)));
        }
    }

    /** Non-blank, non-comment lines of a UTF-8 resource of this package. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Abbreviations.class.getResourceAsStream(resource),
                "missing resource " + resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
