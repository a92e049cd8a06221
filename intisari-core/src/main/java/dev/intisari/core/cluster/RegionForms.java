package dev.intisari.core.cluster;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One region name for a venue written two ways: the short forms of {@code region-forms.tsv} ("DKI", "Jabar",
 * "Sulut") replaced by the full name inside a lower-case venue name, and a full name written twice after that
 * ("balai kota dki jakarta" -> "balai kota jakarta jakarta") read once. Immutable; the list is read once.
 */
final class RegionForms {
    private static final Map<String, String> FULL = OccasionNames.read("region-forms.tsv").stream()
            .map(line -> line.split("\t")).filter(p -> p.length == 2)
            .collect(Collectors.toUnmodifiableMap(p -> p[0].strip(), p -> p[1].strip()));

    private RegionForms() {
    }

    /** The venue's name (lower case, words separated by single spaces) with its region written one way. */
    static String oneName(String venue) {
        String[] words = venue.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String full = FULL.get(words[i]);
            if (full != null) {
                words[i] = full;
                changed = true;
            }
        }
        if (!changed) {
            return venue;
        }
        String name = String.join(" ", words);
        for (String full : FULL.values()) {
            String twice = full + " " + full;
            int at = name.indexOf(twice);
            if (at >= 0 && (at == 0 || name.charAt(at - 1) == ' ')
                    && (at + twice.length() == name.length() || name.charAt(at + twice.length()) == ' ')) {
                name = name.substring(0, at + full.length()) + name.substring(at + twice.length());
            }
        }
        return name;
    }
}
