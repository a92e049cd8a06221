package dev.intisari.core.clean;

import dev.intisari.model.RemovalKind;

import java.util.regex.Pattern;

/** One whole-line removal rule from {@code line-rules.tsv}. */
record LineRule(RemovalKind kind, Pattern pattern, boolean headline, boolean wire) {
    static LineRule parse(String kind, String regex) {
        RemovalKind k = RemovalKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        return new LineRule(k, Pattern.compile(regex), regex.contains("(?<h>"), regex.contains("(?<w>"));
    }
}
