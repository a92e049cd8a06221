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
    private final List<String> cuePhrases = new ArrayList<>();

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
            cuePhrases.add(cue.toLowerCase(Locale.ROOT));
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

    /** A cheap filter: one of the cue phrases must occur before the pattern runs. */
    private boolean mayCite(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String cue : cuePhrases) {
            if (lower.contains(cue)) {
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
