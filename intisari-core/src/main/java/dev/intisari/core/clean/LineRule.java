package dev.intisari.core.clean;

import dev.intisari.model.RemovalKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line rule from {@code line-rules.tsv}: a whole-line match, or (regex starting with "~") a match
 * anywhere in the line; an optional third column lists lower-case strings of which one must occur in the
 * line before the regex runs (a cheap filter for the "anywhere" rules; for a rule anchored at the end, in the
 * part of the line it reads; "&lt;N:" before the strings: one must start before index N); "^words" lists the first words the
 * line may start with (the classifier indexes rules by them), "@chars" the characters it may start with.
 */
record LineRule(RemovalKind kind, Pattern pattern, boolean anywhere, boolean atEnd, List<String> needs,
                int needsBefore, Set<String> firstWords, String firstChars, boolean headline, boolean wire) {
    /** An "anywhere" rule anchored at the end ({@code $}) only reads this many final characters. */
    private static final int TAIL = 60;

    static LineRule parse(String kind, String spec) {
        RemovalKind k = RemovalKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        String[] parts = spec.split("\t+");
        String regex = parts[0];
        String filter = parts.length > 1 ? parts[1] : "";
        int needsBefore = Integer.MAX_VALUE;
        if (filter.startsWith("<")) {
            needsBefore = Integer.parseInt(filter.substring(1, filter.indexOf(':')));
            filter = filter.substring(filter.indexOf(':') + 1);
        }
        boolean first = filter.startsWith("^");
        boolean chars = filter.startsWith("@");
        List<String> needs = !filter.isEmpty() && !first && !chars ? List.of(filter.split("\\|")) : List.of();
        Set<String> firstWords = first ? Set.of(filter.substring(1).split("\\|")) : Set.of();
        boolean anywhere = regex.startsWith("~");
        String r = anywhere ? regex.substring(1) : regex;
        return new LineRule(k, Pattern.compile(r), anywhere, anywhere && r.endsWith("$"), needs, needsBefore, firstWords,
                chars ? filter.substring(1) : "", r.contains("(?<h>"), r.contains("(?<w>"));
    }

    /**
     * The matcher when the rule fires on {@code line}, else null; {@code lower} is the line in lower case and
     * {@code head} its first word.
     */
    Matcher fire(String line, String lower, String head) {
        if (!firstChars.isEmpty() && firstChars.indexOf(line.charAt(0)) < 0) {
            return null;
        }
        boolean tail = atEnd && line.length() > TAIL;
        if (!needs.isEmpty()) {
            boolean any = false;
            int from = tail ? lower.length() - TAIL : 0;
            for (int k = 0; k < needs.size(); k++) {
                int at = lower.indexOf(needs.get(k), from);
                if (at >= 0 && at < needsBefore) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return null;
            }
        }
        Matcher m = pattern.matcher(tail ? line.substring(line.length() - TAIL) : line);
        return (anywhere ? m.find() : m.matches()) ? m : null;
    }
}
