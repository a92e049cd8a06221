package dev.intisari.core.quote;

import org.apache.lucene.analysis.CharArraySet;

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

    /** Only words of up to this many letters are looked up (the pronouns are short). */
    private static final int LONGEST = 4;

    private final Set<String> firstPerson;
    /** The same words, looked up as characters. */
    private final CharArraySet firstPersonChars;
    /** The length of the shortest of them: a shorter word is not looked up. */
    private final int shortest;

    private StatementForm(Set<String> firstPerson) {
        this.firstPerson = firstPerson;
        this.firstPersonChars = CharArraySet.unmodifiableSet(new CharArraySet(firstPerson, false));
        this.shortest = firstPerson.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    }

    /** True when a word of {@code text} (letters only, any case) is a first-person pronoun. */
    boolean firstPerson(String text) {
        char[] lower = new char[LONGEST];
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!letter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && letter(text.charAt(i))) {
                ascii &= text.charAt(i) < 128;
                i++;
            }
            int length = i - start;
            if (length > LONGEST || length < shortest) {
                continue;
            }
            if (!ascii) {
                // String's lower case of other letters, which may differ from a character's own
                if (firstPerson.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                continue;
            }
            for (int k = 0; k < length; k++) {
                char c = text.charAt(start + k);
                lower[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            if (firstPersonChars.contains(lower, 0, length)) {
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
