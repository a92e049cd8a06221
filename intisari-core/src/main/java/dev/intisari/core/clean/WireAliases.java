package dev.intisari.core.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalised wire-agency names from the alias table {@code wire-aliases.tsv}: every alias found in a source
 * line ("Sputnik-OANA"), or an alias after a cue in a body sentence ("Dilansir AP News, ...").
 */
final class WireAliases {
    private final Map<String, String> canonical = new HashMap<>();
    private final Pattern anyAlias;
    private final Pattern cued;
    /**
     * The first words of the cue phrases, lower case ("seperti" for "seperti dilansir"), by their first three
     * letters ({@link #trigram}): most words of a sentence are ruled out by one array read.
     */
    private final String[][] cueWords = new String[26 * 26 * 26][];

    WireAliases() {
        List<String> aliases = new ArrayList<>();
        for (String[] row : RuleSet.pairs("wire-aliases.tsv")) {
            for (String alias : row[1].split("\\|")) {
                String a = alias.strip();
                canonical.put(a, row[0]);
                aliases.add(a);
            }
        }
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String a : aliases) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(a));
        }
        String alias = "(?<![\\p{L}\\p{N}])(?<alias>" + alt + ")(?![\\p{L}\\p{N}])";
        anyAlias = Pattern.compile(alias);
        StringBuilder cues = new StringBuilder();
        List<String> cueList = new ArrayList<>(RuleSet.lines("wire-cues.txt"));
        cueList.sort(Comparator.comparingInt(String::length).reversed());
        for (String cue : cueList) {
            String first = cue.toLowerCase(Locale.ROOT).split(" ")[0];
            int t = trigram(first, 0);
            if (t < 0) {
                throw new IllegalStateException("wire-cues.txt: a cue must start with three ASCII letters: " + cue);
            }
            String[] known = cueWords[t] == null ? new String[0] : cueWords[t];
            if (!java.util.Arrays.asList(known).contains(first)) {
                cueWords[t] = java.util.Arrays.copyOf(known, known.length + 1);
                cueWords[t][known.length] = first;
            }
            cues.append(cues.length() == 0 ? "" : "|").append(cue.replace(" ", "\\s+"));
        }
        StringBuilder gap = new StringBuilder("\\p{Ll}[\\p{L}-]*");
        for (String word : RuleSet.lines("wire-gap-words.txt")) {
            gap.append('|').append(Pattern.quote(word));
        }
        cued = Pattern.compile("(?<![\\p{L}])(?i:" + cues + ")(?:\\s+(?:" + gap + ")){0,3}?\\s+" + alias);
    }

    /** Every alias and canonical name, lower case: the agencies that may open a dateline as its outlet. */
    Set<String> names() {
        Set<String> out = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            out.add(e.getKey().toLowerCase(Locale.ROOT));
            out.add(e.getValue().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Every agency named in {@code segment}, in order of appearance. */
    List<String> all(String segment) {
        return collect(anyAlias.matcher(segment));
    }

    /**
     * Agencies a body sentence names as its source after a cue ("menurut kantor berita Rusia Interfax"). The
     * pattern is tried only where a cue's first word starts a word (a scan of the sentence's word starts),
     * never at every position: the same matches as a search through the sentence, at a fraction of the cost.
     */
    List<String> cued(String sentence) {
        Matcher m = null;
        Set<String> found = null;
        int n = sentence.length();
        int i = 0;
        while (i + 2 < n) {
            if (!letter(sentence.charAt(i))) {
                i++;
                continue;
            }
            // a word starts at i
            int t = trigram(sentence, i);
            if (t >= 0 && cueWords[t] != null && startsCue(sentence, i, cueWords[t])) {
                if (m == null) {
                    m = cued.matcher(sentence);
                    m.useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    if (found == null) {
                        found = new LinkedHashSet<>();
                    }
                    found.add(canonical.get(m.group("alias")));
                    i = m.end();
                    continue;
                }
            }
            i++;
            while (i < n && letter(sentence.charAt(i))) {
                i++;
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /** {@link Character#isLetter(char)}, with the ASCII answer computed inline. */
    private static boolean letter(char c) {
        return c < 128 ? (c | 0x20) - 'a' >= 0 && (c | 0x20) - 'a' < 26 : Character.isLetter(c);
    }

    /**
     * The index of the three ASCII letters at {@code at}, in either case, or -1 ({@code (?i)} without the
     * Unicode flag folds ASCII letters only, so a cue never starts otherwise).
     */
    private static int trigram(String s, int at) {
        int t = 0;
        for (int k = 0; k < 3; k++) {
            int letter = (s.charAt(at + k) | 0x20) - 'a';
            if (letter < 0 || letter >= 26) {
                return -1;
            }
            t = t * 26 + letter;
        }
        return t;
    }

    /** Whether one of {@code words} (lower-case ASCII letters) starts at {@code at}, its letters in either case. */
    private static boolean startsCue(String s, int at, String[] words) {
        for (String word : words) {
            int k = 0;
            while (k < word.length() && at + k < s.length() && (s.charAt(at + k) | 0x20) == word.charAt(k)) {
                k++;
            }
            if (k == word.length()) {
                return true;
            }
        }
        return false;
    }

    private List<String> collect(Matcher m) {
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(canonical.get(m.group("alias")));
        }
        return List.copyOf(found);
    }
}
