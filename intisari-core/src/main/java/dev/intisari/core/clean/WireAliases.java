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
     * The filter cues (none containing another), each without its first letter, in lower and in upper case:
     * "ilansir" for "dilansir". {@link String#indexOf(String)} finds them far faster than a scan by hand.
     */
    private final String[] cueTails;
    /** The first letter of the cue of each tail, lower case. */
    private final char[] cueHeads;
    /** Length of the longest cue phrase. */
    private final int longestCue;

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
        List<String> tails = new ArrayList<>();
        StringBuilder heads = new StringBuilder();
        for (String cue : cueList) {
            String lower = cue.toLowerCase(Locale.ROOT);
            if (lower.length() > 1 && cueList.stream().noneMatch(other -> other.length() < cue.length()
                    && lower.contains(other.toLowerCase(Locale.ROOT)))) {
                tails.add(lower.substring(1));
                tails.add(lower.substring(1).toUpperCase(Locale.ROOT));
                heads.append(lower.charAt(0)).append(lower.charAt(0));
            }
            cues.append(cues.length() == 0 ? "" : "|").append(cue.replace(" ", "\\s+"));
        }
        StringBuilder gap = new StringBuilder("\\p{Ll}[\\p{L}-]*");
        for (String word : RuleSet.lines("wire-gap-words.txt")) {
            gap.append('|').append(Pattern.quote(word));
        }
        cueTails = tails.toArray(new String[0]);
        longestCue = cueList.stream().mapToInt(String::length).max().orElse(0) + 8;
        cueHeads = heads.toString().toCharArray();
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
        int at = firstCue(sentence);
        if (at < 0) {
            return List.of();
        }
        // no match starts before the first filter cue, less the longest cue that may hold it ("seperti dilansir")
        Matcher m = cued.matcher(sentence);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, at - longestCue), sentence.length());
        return collect(m);
    }

    /**
     * A cheap filter: one of the cue phrases must start at a word start before the pattern runs (the cue in
     * lower case, or in upper case after its first letter: "Dilansir", "DILANSIR"). Returns where the first
     * such cue starts, or -1.
     */
    private int firstCue(String s) {
        int first = -1;
        for (int k = 0; k < cueTails.length; k++) {
            String tail = cueTails[k];
            int limit = first < 0 ? s.length() : first + 1;
            for (int at = s.indexOf(tail, 1); at > 0 && at < limit; at = s.indexOf(tail, at + 1)) {
                char head = Character.toLowerCase(s.charAt(at - 1));
                if (head == cueHeads[k] && (at == 1 || !Character.isLetter(s.charAt(at - 2)))) {
                    first = at - 1;
                    break;
                }
            }
        }
        return first;
    }

    private List<String> collect(Matcher m) {
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(canonical.get(m.group("alias")));
        }
        return List.copyOf(found);
    }
}
