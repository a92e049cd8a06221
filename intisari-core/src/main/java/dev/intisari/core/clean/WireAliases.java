package dev.intisari.core.clean;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The cue phrases, none containing another (enough to filter), by their first (ASCII) letter. */
    private final String[][] cuesByFirst = new String[128][];

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
            String lower = cue.toLowerCase(Locale.ROOT);
            if (cueList.stream().noneMatch(other -> other.length() < cue.length()
                    && lower.contains(other.toLowerCase(Locale.ROOT)))) {
                char first = lower.charAt(0);
                if (first >= 128) {
                    throw new IllegalStateException("wire-cues.txt: a cue must start with an ASCII letter: " + cue);
                }
                String[] known = cuesByFirst[first];
                String[] more = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
                more[more.length - 1] = lower;
                cuesByFirst[first] = more;
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

    /** Agencies a body sentence names as its source after a cue ("menurut kantor berita Rusia Interfax"). */
    List<String> cued(String sentence) {
        return mayCite(sentence) ? collect(cued.matcher(sentence)) : List.of();
    }

    /**
     * A cheap filter: one of the cue phrases must start at a word start before the pattern runs. One pass,
     * no copy of the sentence: at each word start the cues that begin with its letter are compared in place.
     */
    private boolean mayCite(String s) {
        int n = s.length();
        boolean letterBefore = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            if (letter && !letterBefore && c < 128) {
                String[] candidates = cuesByFirst[c | 0x20];
                if (candidates != null) {
                    for (String cue : candidates) {
                        if (startsWithIgnoreCase(s, i, cue)) {
                            return true;
                        }
                    }
                }
            }
            letterBefore = letter;
        }
        return false;
    }

    /** Whether {@code cue} (lower case) starts at {@code at} in {@code s}, ignoring ASCII case. */
    private static boolean startsWithIgnoreCase(String s, int at, String cue) {
        int len = cue.length();
        if (at + len > s.length()) {
            return false;
        }
        for (int k = 1; k < len; k++) {
            char x = s.charAt(at + k);
            if (x >= 'A' && x <= 'Z') {
                x = (char) (x + 32);
            }
            if (x != cue.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private List<String> collect(Matcher m) {
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(canonical.get(m.group("alias")));
        }
        return List.copyOf(found);
    }
}
