package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Spelling variants of names: the table of canonical spellings (variants.tsv: Kiev/Kyiv, AS/Amerika
 * Serikat, Moscow/Moskow) and a transliteration fold (Sergey/Sergei, Zelensky/Zelenskyy,
 * Soeharto/Suharto) that gives variants one comparison key. Immutable in what it answers, and thread-safe:
 * the answers for names already asked about are remembered (they are pure functions of the name; news
 * repeats its names across articles), up to {@link #REMEMBERED} names per kind of question.
 */
public final class NameVariants {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-‐‑–]+");
    private static final Pattern DROPPED = Pattern.compile("[.'’`]");
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> canonicalByFold = new HashMap<>();
    /** Names remembered per question: about 5 MB each when full; past it names are answered afresh. */
    private static final int REMEMBERED = 1 << 16;
    /** The most words of a run of a longer name that {@link #compoundKey} looks up whole. */
    private static final int COMPOUND_WORDS = 3;
    /** Stands for "not in the table" among the remembered spellings. */
    private static final String NOT_LISTED = new String("");
    private final Map<String, String> spellings = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** A hash of the table's rows, so state keyed by this table can tell when it changed. */
    private long fingerprint = 17;

    private NameVariants() {
    }

    /** The shipped table. */
    public static NameVariants standard() {
        NameVariants variants = new NameVariants();
        InputStream in = NameVariants.class.getResourceAsStream("variants.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource variants.tsv");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                variants.fingerprint = 31 * variants.fingerprint + line.hashCode();
                String[] f = line.split("\t");
                for (String v : f) {
                    variants.canonical.putIfAbsent(plain(v), f[0].trim());
                    variants.canonicalByFold.putIfAbsent(fold(plain(v)), f[0].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variants;
    }

    /** A hash of the table's rows: equal for the same table. */
    public long fingerprint() {
        return fingerprint;
    }

    /** The table's canonical spelling of {@code name}, or {@code name} itself. */
    public String canonical(String name) {
        String table = tableSpelling(name);
        return table != null ? table : name;
    }

    /** Whether the table knows {@code name} (directly or by its spelling fold). */
    public boolean known(String name) {
        return tableSpelling(name) != null;
    }

    /** The table's canonical spelling of {@code name} (directly or by its spelling fold), or null. */
    String tableSpelling(String name) {
        String remembered = spellings.get(name);
        if (remembered == null) {
            String found = lookUp(name);
            remembered = found != null ? found : NOT_LISTED;
            remember(spellings, name, remembered);
        }
        return remembered == NOT_LISTED ? null : remembered;
    }

    private static void remember(Map<String, String> answers, String name, String answer) {
        if (answers.size() < REMEMBERED) {
            answers.put(name, answer);
        }
    }

    private String lookUp(String name) {
        String plain = plain(name);
        String table = canonical.get(plain);
        if (table == null && plain.length() >= 4) {
            table = canonicalByFold.get(fold(plain));
        }
        return table;
    }

    /**
     * A key equal for spelling variants of one name; an acronym's letters are not folded (SSD is not SD), nor are
     * a name's under four letters (Aan is not AN).
     */
    public String key(String name) {
        String remembered = keys.get(name);
        if (remembered == null) {
            remembered = freshKey(name);
            remember(keys, name, remembered);
        }
        return remembered;
    }

    private String freshKey(String name) {
        String plain = plain(name);
        String table = canonical.get(plain);
        String folded = null;
        if (table == null && plain.length() >= 4) {
            folded = fold(plain);
            table = canonicalByFold.get(folded);
        }
        if (table != null) {
            return fold(plain(table));
        }
        if (acronym(name)) {
            return plain;
        }
        // a name under four letters is not folded, as the table's fold lookup is not: "Aan" is not the acronym "AN"
        return folded != null ? folded : plain.length() < 4 ? plain : fold(plain);
    }

    /**
     * {@link #key} of a name of several words that the table does not know as a whole, with each word the table knows
     * read as its canonical spelling: "Polda Jatim" and "Polda Jawa Timur", "Dynamo Kiev" and "Dynamo Kyiv", "Laut
     * Cina Selatan" and "Laut China Selatan" get one key. A word under four letters counts only in capitals and not as
     * the first word ("AS" in "Dubes AS"; not "as", nor the "AS" of "AS Roma"). For names of organisations and places:
     * a person's given name may be a place's word.
     */
    public String compoundKey(String name) {
        if (name.indexOf(' ') < 0 || known(name)) {
            return key(name);
        }
        String[] words = name.split(" ");
        StringBuilder read = new StringBuilder(name.length() + 16);
        boolean changed = false;
        for (int i = 0; i < words.length; ) {
            int end = i + 1;
            String table = null;
            // the longest run of words the table knows, so "Amerika Serikat" is read whole and not as "Amerika"
            for (int j = Math.min(words.length - 1, i + COMPOUND_WORDS); j > i && table == null; j--) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, j + 1));
                if ((table = canonical.get(plain(run))) != null) {
                    end = j + 1;
                }
            }
            String w = words[i];
            if (table == null && (w.length() >= 4 || i > 0 && w.length() >= 2 && acronym(w))) {
                table = canonical.get(plain(w));
            }
            String original = String.join(" ", Arrays.copyOfRange(words, i, end));
            String part = table != null ? table : original;
            changed |= !part.equalsIgnoreCase(original);
            if (!read.isEmpty()) {
                read.append(' ');
            }
            read.append(part);
            i = end;
        }
        return changed ? key(read.toString()) : key(name);
    }

    /** One word in capitals: "KPK", "SSD". */
    static boolean acronym(String name) {
        return name.indexOf(' ') < 0 && AcronymMatch.allCapitals(name);
    }

    /** Lowercase, no diacritics, no dots or apostrophes, single spaces. */
    static String plain(String name) {
        if (simple(name)) {
            return name.toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s).replaceAll("");
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** ASCII letters and digits separated by single spaces: nothing for {@link #plain} to remove. */
    private static boolean simple(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c < 128 && Character.isLetterOrDigit(c) || c == ' ' && name.charAt(i - 1) != ' ';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word starting at {@code from} is a Roman numeral ("ii", "iii", "iv"): its letters stay doubled. */
    private static boolean romanNumeral(String s, int from) {
        int end = s.indexOf(' ', from);
        end = end < 0 ? s.length() : end;
        for (int i = from; i < end; i++) {
            if ("ivx".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return end > from;
    }

    /** Transliteration fold of a plain name. */
    static String fold(String plain) {
        String s = plain.replace("oe", "u").replace("ph", "f").replace("dj", "j").replace("tj", "c")
                .replace("ck", "k").replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        boolean numeral = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || s.charAt(i - 1) == ' ') {
                numeral = romanNumeral(s, i);
            }
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (c == 'x' && !numeral) {
                // x reads as ks, except in a Roman numeral: "XI" is not "XIII" ("ksi" both, once doubles collapse)
                if (out.length() == 0 || out.charAt(out.length() - 1) != 'k') {
                    out.append('k');
                }
                c = 's';
            } else if (c == 'c' && "aou".indexOf(next) >= 0) {
                c = 'k';
            } else if (c == 'j' && i > 0 && "aeiou".indexOf(next) < 0) {
                c = 'i';
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != c || !Character.isLetter(c) || numeral) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
