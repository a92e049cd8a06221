package dev.intisari.eval.group;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The IndoSum event set split in two halves by a hash of the event label (a singleton by its article id),
 * so that no event is in both: settings are chosen on the tune half and the held-out half is reported as is.
 */
final class IndoSumSplit {
    private IndoSumSplit() {
    }

    /** The labelled articles of one half: {@code tune} true for the tune half. */
    static Map<String, String> part(Map<String, String> gold, boolean tune) {
        Map<String, String> out = new LinkedHashMap<>();
        gold.forEach((id, label) -> {
            if (isTune("-".equals(label) ? id : label) == tune) {
                out.put(id, label);
            }
        });
        return out;
    }

    static boolean isTune(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0;
    }

    /** Articles, multi-article events and same-event pairs of a half. */
    static String describe(Map<String, String> part) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        part.values().stream().filter(l -> !"-".equals(l)).forEach(l -> sizes.merge(l, 1, Integer::sum));
        long pairs = sizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        return String.format("%d articles, %d events of 2+ articles, %d same-event pairs", part.size(), sizes.size(),
                pairs);
    }
}
