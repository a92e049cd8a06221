package dev.intisari.core.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each word does around the names of a training split, counted per entity type: how often it is a
 * one-word name, the first word, a middle word or the last word of a name of that type, and how often it
 * stands just before or just after one ("piala" opens events, "goreng" closes dishes, "ajang" comes before an
 * event, "tbk" closes a company). A word gets its two commonest roles and its commonest neighbour role, each
 * with its share of all the word's uses and its count in bands ({@link NerFeatures#roleRows} turns them into
 * features of the word and of its neighbours). Built out of fold like the training names
 * ({@link TrainerConfig#mentionRoles}), so the model learns how far a role seen elsewhere carries.
 * Per-data-set models only; immutable.
 */
final class MentionRoles {
    /** Roles inside a name: the whole name, its first, a middle and its last word. */
    private static final int ROLES = 4;
    /** Neighbour roles: just before a name, just after one. */
    private static final int SIDES = 2;

    /** Packed roles ({@link #rolesOf}) by lowercased word hash. */
    private final LongIntMap packed;

    private MentionRoles(LongIntMap packed) {
        this.packed = packed;
    }

    /**
     * The roles of the words of {@code data} (gold tags), leaving out the sentences {@code j} with
     * {@code j % folds == skip} ({@code skip == -1}: none). Types are numbered 1.. in {@code labels} order
     * ({@code labels}: "O", then B-/I- of each type); at most 7 types are told apart.
     */
    static MentionRoles of(List<TaggedSentence> data, int skip, int folds, String[] labels) {
        int types = Math.min(7, (labels.length - 1) / 2);
        Map<String, Integer> typeIds = new HashMap<>();
        for (int t = 0; t < types; t++) {
            typeIds.put(labels[1 + 2 * t].substring(2), t + 1);
        }
        Map<Long, int[]> counts = new HashMap<>();
        int width = 1 + (types + 1) * (ROLES + SIDES);
        for (int j = 0; j < data.size(); j++) {
            if (skip >= 0 && j % folds == skip) {
                continue;
            }
            TaggedSentence s = data.get(j);
            int n = s.words().size();
            int[] type = new int[n];
            boolean[] begins = new boolean[n];
            for (int i = 0; i < n; i++) {
                String tag = s.tags().get(i);
                Integer id = tag.length() > 2 ? typeIds.get(tag.substring(2)) : null;
                type[i] = id == null ? 0 : id;
                begins[i] = type[i] > 0 && (tag.startsWith("B-") || i == 0 || type[i - 1] != type[i]);
            }
            for (int i = 0; i < n; i++) {
                int[] c = counts.computeIfAbsent(TokenHash.lower(s.words().get(i)), k -> new int[width]);
                c[0]++;
                boolean ends = type[i] > 0 && (i + 1 == n || begins[i + 1] || type[i + 1] != type[i]);
                if (type[i] > 0) {
                    int role = begins[i] ? (ends ? 0 : 1) : (ends ? 3 : 2);
                    c[1 + type[i] * (ROLES + SIDES) + role]++;
                } else {
                    if (i + 1 < n && type[i + 1] > 0) {
                        c[1 + type[i + 1] * (ROLES + SIDES) + ROLES]++;
                    }
                    if (i > 0 && type[i - 1] > 0) {
                        c[1 + type[i - 1] * (ROLES + SIDES) + ROLES + 1]++;
                    }
                }
            }
        }
        LongIntMap map = new LongIntMap(counts.size());
        counts.forEach((word, c) -> {
            int code = pack(c, types);
            if (code != 0) {
                map.put(word, code);
            }
        });
        return new MentionRoles(map);
    }

    /**
     * Two name roles (the commoner first) and one neighbour role, 9 bits each ({@link #entry}); 0 for none.
     */
    private static int pack(int[] c, int types) {
        int total = c[0];
        int first = -1;
        int second = -1;
        int side = -1;
        for (int t = 1; t <= types; t++) {
            for (int r = 0; r < ROLES + SIDES; r++) {
                int k = 1 + t * (ROLES + SIDES) + r;
                if (c[k] == 0) {
                    continue;
                }
                if (r >= ROLES) {
                    if (side < 0 || c[k] > c[side]) {
                        side = k;
                    }
                } else if (first < 0 || c[k] > c[first]) {
                    second = first;
                    first = k;
                } else if (second < 0 || c[k] > c[second]) {
                    second = k;
                }
            }
        }
        return entry(c, first, total) | entry(c, second, total) << 9 | entry(c, side, total) << 18;
    }

    /**
     * One role: type (1-7) · 64 + role · 16 + share band · 4 + count band, or 0; the role of a neighbour role is
     * 0 before a name, 1 after one.
     */
    private static int entry(int[] c, int k, int total) {
        if (k < 0) {
            return 0;
        }
        int t = (k - 1) / (ROLES + SIDES);
        int r = (k - 1) % (ROLES + SIDES);
        double share = c[k] / (double) total;
        int shareBand = share < 0.1 ? 0 : share < 0.3 ? 1 : share < 0.6 ? 2 : 3;
        int countBand = c[k] == 1 ? 0 : c[k] < 4 ? 1 : c[k] < 10 ? 2 : 3;
        return t * 64 + (r % ROLES) * 16 + shareBand * 4 + countBand;
    }

    /** The packed roles of a lowercased word hash ({@link TokenHash#lower}), 0 for a word with none. */
    int rolesOf(long lowerHash) {
        return packed.get(lowerHash, 0);
    }

    /** The commonest name role of packed roles (9 bits), 0 for none. */
    static int firstRole(int packed) {
        return packed & 511;
    }

    /** The second name role (9 bits), 0 for none. */
    static int secondRole(int packed) {
        return packed >>> 9 & 511;
    }

    /** The neighbour role (9 bits), 0 for none. */
    static int sideRole(int packed) {
        return packed >>> 18 & 511;
    }
}
