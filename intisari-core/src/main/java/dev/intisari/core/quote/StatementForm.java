package dev.intisari.core.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a statement is in the speaker's own words: Indonesian reported speech puts the speaker in the third
 * person ("dia", "pihaknya"), so a statement with a first-person pronoun ("saya", "kami", "kita") is a quotation
 * even where its quotation marks were lost. Words: {@code first-person.txt}. Immutable and thread-safe.
 */
final class StatementForm {
    static final StatementForm INDONESIAN = new StatementForm(read("first-person.txt"));

    private final Set<String> firstPerson;

    private StatementForm(Set<String> firstPerson) {
        this.firstPerson = firstPerson;
    }

    /** True when a word of {@code text} (letters only, any case) is a first-person pronoun. */
    boolean firstPerson(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!letter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && letter(text.charAt(i))) {
                i++;
            }
            // only words of up to four letters are looked up (the pronouns are short), so only they make a string
            if (i - start <= 4 && firstPerson.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetter(char)}, answered without a table look-up for ASCII. */
    private static boolean letter(char c) {
        if (c < 128) {
            char folded = (char) (c | 0x20);
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }

    private static Set<String> read(String name) {
        try (InputStream in = StatementForm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
