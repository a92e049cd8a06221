package dev.intisari.core.entity;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which longer name a short form stands for, for {@link NameCounts}: its tally of the longer names each short form was
 * written for (in how many articles) read as one vote, and the nicknames an article writes beside a full name. Pure
 * functions over keys ({@code TYPE|folded words}).
 */
final class ShortForms {
    /** Honorifics that go before a nickname ("Gus Ipul", "Kang Emil", "Cak Imin"), folded as keys are ("cak" is "kak"). */
    private static final Set<String> NICKNAME_HONORIFICS = Set.of("gus", "kang", "kak", "cak", "mas", "mbak",
            "bung", "bang", "abah", "buia", "ning", "daeng", "mang", "uda", "uni");
    static final int DOMINANT_ARTICLES = 3;
    static final double DOMINANT_SHARE = 0.8;
    /** The fewest letters of a one-word name that opens a longer given name of its article ({@link #opened}). */
    static final int NICKNAME_LETTERS = 4;

    private ShortForms() {
    }

    /**
     * The key of the one person of the article whose name's first word {@code key} (a one-word name of at least {@link
     * #NICKNAME_LETTERS} letters) opens and is shorter than: "Sandi" and "Sandiaga Uno", "Enggar" and "Enggartiasto
     * Lukita", "Mega" and "Megawati Soekarnoputri"; null when none or several ("Marcell" beside two Lefrandts).
     */
    static String opened(String key, Map<String, String> firstWords) {
        String own = key.substring(key.indexOf('|') + 1);
        if (own.length() < NICKNAME_LETTERS || own.indexOf(' ') >= 0 || own.endsWith(NameCounts.WORD_MARK)) {
            return null;
        }
        String opened = null;
        for (Map.Entry<String, String> f : firstWords.entrySet()) {
            if (f.getValue().length() > own.length() && f.getValue().startsWith(own)) {
                if (opened != null) {
                    return null;
                }
                opened = f.getKey();
            }
        }
        return opened;
    }

    /**
     * The longer name {@code key} stands for: the dominant one of those articles wrote it for, else, when none, the one
     * person of the corpus whose name ends in it; else {@code key} itself.
     */
    static String resolve(String key, Map<String, Map<String, Integer>> aliasTargets,
                          Map<String, Set<String>> lastWordTargets, Map<String, Map<String, Integer>> spellings) {
        Map<String, Integer> targets = pooled(sharingAWord(key, aliasTargets.getOrDefault(key, Map.of())));
        String dominant = dominant(targets);
        if (dominant != null) {
            return dominant;
        }
        Set<String> byLastWord = lastWordTargets.getOrDefault(key, Set.of());
        if (targets.isEmpty() && byLastWord.size() == 1 && spellings.containsKey(byLastWord.iterator().next())) {
            return byLastWord.iterator().next();
        }
        return key;
    }

    /**
     * The longer names a name of two words or more may stand for: those that share a word with it. A full name used
     * as a mention of another full name it shares no word with ("Apriyani Rahayu" inside an entity named "Tommy
     * Sugiarto" in a results list) is one article's wrong join, not a short form; one-word names, acronyms ("JK",
     * "Jokowi") and an honorific with a nickname ("Gus Ipul" for Saifullah Yusuf) keep every target.
     */
    static Map<String, Integer> sharingAWord(String key, Map<String, Integer> targets) {
        int bar = key.indexOf('|');
        if (targets.isEmpty() || key.indexOf(' ', bar) < 0) {
            return targets;
        }
        String[] own = key.substring(bar + 1).split(" ");
        if (own.length == 2 && NICKNAME_HONORIFICS.contains(own[0])) {
            return targets;
        }
        Set<String> words = Set.of(own);
        Map<String, Integer> kept = new TreeMap<>();
        targets.forEach((target, n) -> {
            for (String w : target.substring(target.indexOf('|') + 1).split(" ")) {
                if (words.contains(w)) {
                    kept.put(target, n);
                    return;
                }
            }
        });
        return kept;
    }

    /**
     * The targets with each person's longer spellings counted for the shortest of them: "Anies Rasyid Baswedan" for
     * "Anies Baswedan", "RI Retno Marsudi" and "Retno LP Marsudi" for "Retno Marsudi" (spellings that hold all the
     * words of the shortest, of two words or more, in its order). A short form split over spellings of one person is
     * no ambiguity ({@link #dominant}); the longer spellings keep their own groups.
     */
    static Map<String, Integer> pooled(Map<String, Integer> targets) {
        if (targets.size() < 2 || !targets.keySet().iterator().next().startsWith(NameCounts.PERSON)) {
            return targets;
        }
        Map<String, Integer> pooled = new TreeMap<>();
        targets.forEach((target, n) -> {
            String root = target;
            for (String other : targets.keySet()) {
                if (inOrder(other, root)) {
                    root = other;
                }
            }
            pooled.merge(root, n, Integer::sum);
        });
        return pooled;
    }

    /** Whether {@code shorter} (a key of two words or more) is {@code longer} without some of its words. */
    static boolean inOrder(String shorter, String longer) {
        String[] few = shorter.substring(shorter.indexOf('|') + 1).split(" ");
        String[] many = longer.substring(longer.indexOf('|') + 1).split(" ");
        if (few.length < 2 || few.length >= many.length) {
            return false;
        }
        int i = 0;
        for (String w : many) {
            if (i < few.length && w.equals(few[i])) {
                i++;
            }
        }
        return i == few.length;
    }

    /** The only target, or the one with enough of the articles (the first in key order on a tie); else null. */
    static String dominant(Map<String, Integer> targets) {
        if (targets.size() == 1) {
            return targets.keySet().iterator().next();
        }
        String top = null;
        int total = 0;
        for (Map.Entry<String, Integer> t : targets.entrySet()) {
            total += t.getValue();
            if (top == null || t.getValue() > targets.get(top)) {
                top = t.getKey();
            }
        }
        return top != null && targets.get(top) >= DOMINANT_ARTICLES && targets.get(top) >= DOMINANT_SHARE * total
                ? top : null;
    }
}
