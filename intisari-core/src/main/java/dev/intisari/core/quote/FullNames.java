package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full names of one article (runs of two or more name words, or one after a title), each kept once at its
 * first occurrence, indexed by their lower-case words so that a speaker's short name finds its full name
 * without scanning them all.
 */
final class FullNames {
    /** A full name: its lower-case words, its text as written, and where it starts. */
    record FullName(String[] words, String display, int position) {
    }

    private final List<FullName> names = new ArrayList<>();
    private final Map<String, List<FullName>> byWord = new HashMap<>();

    /** Whether a name of these words (one or more) was added: it is among the names holding the first word. */
    boolean has(String[] words) {
        List<FullName> holding = byWord.get(words[0]);
        if (holding != null) {
            for (FullName f : holding) {
                if (Arrays.equals(f.words, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds a name unless the same words were added before; true when added. */
    boolean add(String[] words, String display, int position) {
        if (has(words)) {
            return false;
        }
        FullName f = new FullName(words, display, position);
        names.add(f);
        for (int i = 0; i < words.length; i++) {
            if (!seenBefore(words, i)) {
                byWord.computeIfAbsent(words[i], k -> new ArrayList<>(2)).add(f);
            }
        }
        return true;
    }

    private static boolean seenBefore(String[] words, int i) {
        for (int k = 0; k < i; k++) {
            if (words[k].equals(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether some full name has the word. */
    boolean hasWord(String lower) {
        return byWord.containsKey(lower);
    }

    /** The full name holding {@code key}: the longest introduced before {@code position}, else the first after. */
    FullName holding(String[] key, int position) {
        List<FullName> candidates = key.length == 0 ? null : byWord.get(key[0]);
        if (candidates == null) {
            return null;
        }
        FullName best = null;
        for (FullName f : candidates) {
            if (!contains(f.words, key)) {
                continue;
            }
            boolean before = f.position <= position;
            boolean bestBefore = best != null && best.position <= position;
            if (best == null || before && !bestBefore
                    || before == bestBefore && (before ? f.words.length > best.words.length : f.position < best.position)) {
                best = f;
            }
        }
        return best;
    }

    /** The full name whose hyphenated word ends with the one word of {@code key} ("Joekes" → "Eugenia Oviedo-Joekes"). */
    FullName hyphenated(String[] key, int position) {
        if (key.length != 1) {
            return null;
        }
        FullName best = null;
        for (FullName f : names) {
            for (String w : f.words) {
                if (w.indexOf('-') > 0 && w.endsWith("-" + key[0]) && (best == null || f.position <= position)) {
                    best = f;
                }
            }
        }
        return best;
    }

    /**
     * The one full name introduced before {@code position} whose words' initials spell {@code acronym} ("JK" →
     * "Jusuf Kalla", "SBY" → "Susilo Bambang Yudhoyono"), or null when none or several do.
     */
    FullName initialled(String acronym, int position) {
        FullName found = null;
        for (FullName f : names) {
            if (f.position > position) {
                break;
            }
            if (f.words.length != acronym.length() || f.words.length < 2) {
                continue;
            }
            boolean spells = true;
            for (int i = 0; i < f.words.length && spells; i++) {
                spells = !f.words[i].isEmpty()
                        && f.words[i].charAt(0) == Character.toLowerCase(acronym.charAt(i));
            }
            if (spells) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /**
     * The one full name introduced before {@code position} that a nickname is made from: a word of the name ends
     * with it ("owi" in "Tontowi") or starts with its first three letters ("kobi", "Kobayashi"); null when none or
     * several names are.
     */
    FullName nicknamed(String nickname, int position) {
        if (nickname.length() < 3) {
            return null;
        }
        String prefix = nickname.substring(0, 3);
        FullName found = null;
        for (FullName f : names) {
            if (f.position > position) {
                break;
            }
            if (f.words.length < 2) {
                continue;
            }
            boolean made = false;
            for (String w : f.words) {
                made |= w.length() > nickname.length() && w.endsWith(nickname) || w.startsWith(prefix);
            }
            if (made && found != null && !Arrays.equals(found.words, f.words)) {
                return null;
            }
            if (made) {
                found = f;
            }
        }
        return found;
    }

    static boolean contains(String[] whole, String[] part) {
        outer:
        for (int i = 0; i + part.length <= whole.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (!whole[i + k].equals(part[k])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean startsWith(String[] whole, String[] part) {
        if (part.length > whole.length) {
            return false;
        }
        for (int k = 0; k < part.length; k++) {
            if (!whole[k].equals(part[k])) {
                return false;
            }
        }
        return true;
    }
}
