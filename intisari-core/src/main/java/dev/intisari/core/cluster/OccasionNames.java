package dev.intisari.core.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of occasions where news is made: a head noun from {@code occasion-heads.txt} ("sidang", "rapat",
 * "forum", "FGD") and the one to three words that name it ("Sidang Kabinet Paripurna", "rapat kabinet
 * paripurna", "Forum Bisnis HIPMI"), up to a word of {@code occasion-stopwords.txt}, a number or punctuation.
 * The head is replaced by its class, so "sidang kabinet paripurna" and "rapat kabinet paripurna" are one name,
 * and every prefix of one or more naming words is a name ({@code rapat kabinet}, {@code rapat kabinet
 * paripurna}): two reports of one occasion that name it more or less fully share the shorter names, and the
 * number of names they share grows with how fully they agree. Immutable; the lists are read once.
 */
final class OccasionNames {
    /** Words naming an occasion after its head. */
    static final int MAX_WORDS = 3;
    private static final Map<String, String> HEADS = heads(read("occasion-heads.txt"));
    private static final Set<String> STOP = new HashSet<>(read("occasion-stopwords.txt"));
    /** Words that name a kind of occasion and take a name after them ("piala", "liga", "cerai"). */
    private static final Set<String> CLASSES = new HashSet<>(read("occasion-classes.txt"));
    /** Hashes of the heads' first words, lower case, sorted (looked up without boxing each word's hash). */
    private static final int[] FIRST_WORDS = HEADS.keySet().stream()
            .mapToInt(h -> h.split(" ")[0].hashCode()).distinct().sorted().toArray();
    /** Shortest and longest first word of a head: other words are skipped without hashing. */
    private static final int MIN_HEAD = HEADS.keySet().stream().mapToInt(h -> h.split(" ")[0].length()).min().orElse(1);
    private static final int MAX_HEAD = HEADS.keySet().stream().mapToInt(h -> h.split(" ")[0].length()).max().orElse(0);

    private OccasionNames() {
    }

    /** Adds each occasion name of {@code text} (lower case, the head as its class) to {@code out}. */
    static void names(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!letter(text.charAt(i))) {
                i++;
                continue;
            }
            // most words are no head: the word's lower-case hash, made while it is read, is checked before any
            // string is made
            int hash = 0;
            int end = i;
            while (end < n) {
                char c = text.charAt(end);
                if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                    hash = 31 * hash + (c < 128 ? c | 0x20 : Character.toLowerCase(c));
                } else if (c == '-' && end + 1 < n && letter(text.charAt(end + 1))) {
                    hash = 31 * hash + c;
                } else {
                    break;
                }
                end++;
            }
            if (end - i < MIN_HEAD || end - i > MAX_HEAD || java.util.Arrays.binarySearch(FIRST_WORDS, hash) < 0) {
                i = end;
                continue;
            }
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                named(text, i, end, out);
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * The occasion name whose head starts with the word {@code text[i, end)}, if that word begins a head. Kept out of
     * {@link #names}' scan, which runs over every character: the scan is then small for the JIT compiler, and a rare
     * path met late in a run (a head of three words, a class word) recompiles this method alone, not the scan.
     */
    private static void named(String text, int i, int end, Set<String> out) {
        int n = text.length();
        String word0 = text.substring(i, end).toLowerCase(Locale.ROOT);
        String head = HEADS.get(word0);
        if (head == null) {
            return;
        }
        int at = end;
        // the longest head of up to three words: "konferensi pers", "rapat dengar pendapat"
        String longer = word0;
        for (int words = 1; words < 3 && at + 1 < n && text.charAt(at) == ' '
                && Character.isLetter(text.charAt(at + 1)); words++) {
            int next = wordEnd(text, at + 1);
            longer = longer + ' ' + text.substring(at + 1, next).toLowerCase(Locale.ROOT);
            String compound = HEADS.get(longer);
            if (compound == null) {
                break;
            }
            head = compound;
            at = next;
        }
        // the naming words, and up to two more to find the complement of a class word
        String[] words = new String[MAX_WORDS + 2];
        int count = 0;
        while (count < words.length) {
            if (at >= n || text.charAt(at) != ' ' || at + 1 >= n || !Character.isLetter(text.charAt(at + 1))) {
                break;
            }
            int next = wordEnd(text, at + 1);
            String word = text.substring(at + 1, next).toLowerCase(Locale.ROOT);
            if (STOP.contains(word) || HEADS.containsKey(word)
                    || next < n && Character.isDigit(text.charAt(next))) {
                break;
            }
            words[count++] = word;
            at = next;
        }
        prefixes(head, words, count, out);
    }

    /**
     * Every prefix of the naming words as a name, but a prefix that ends in a class word ({@code
     * occasion-classes.txt}: "piala", "liga", "cerai") names a kind of occasion, not one: it is written with the
     * first word after it that is no class word ("final piala/sudirman", "rapat cerai/aming"), so two finals of
     * different cups share no name while two reports of one final share as many names as before. A name that
     * ends in a class word with nothing after it is kept as it is.
     */
    private static void prefixes(String head, String[] words, int count, Set<String> out) {
        StringBuilder name = new StringBuilder(head);
        for (int j = 0; j < Math.min(count, MAX_WORDS); j++) {
            name.append(' ').append(words[j]);
            if (!CLASSES.contains(words[j]) || j + 1 == count) {
                out.add(name.toString());
                continue;
            }
            for (int k = j + 1; k < count; k++) {
                if (!CLASSES.contains(words[k])) {
                    out.add(name + "/" + words[k]);
                    break;
                }
            }
        }
    }

    /** A letter ({@link Character#isLetter}), ASCII without a table look-up. */
    private static boolean letter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** End of the word (letters, and hyphens between letters) starting at {@code from}. */
    private static int wordEnd(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && (Character.isLetter(text.charAt(i))
                || text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static Map<String, String> heads(java.util.List<String> lines) {
        Map<String, String> heads = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            heads.put(p[0].strip(), p.length > 1 ? p[1].strip() : p[0].strip());
        }
        return Map.copyOf(heads);
    }

    /** The lines of a resource of this package, stripped, without blank lines and comments. */
    static java.util.List<String> read(String resource) {
        InputStream in = OccasionNames.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
