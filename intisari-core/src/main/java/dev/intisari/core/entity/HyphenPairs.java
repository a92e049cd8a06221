package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Two names written as one word with a hyphen name two entities: "konflik Rusia-Ukraina" is Russia and
 * Ukraine, "pasangan Prabowo-Gibran" two people, "Jateng-DIY" two provinces. The tokenizer keeps such a word
 * whole, so the recogniser gives it one entity; this stage splits it when each side is a name the article
 * already has as an entity of its own ("Rusia", "Prabowo Subianto") or a name the gazetteer knows, and each
 * mention's spans go to the side's entity.
 * <p>
 * A hyphenated name the gazetteer or the variant table knows whole ("Soekarno-Hatta"), a repeated word
 * ("Bangsa-Bangsa"), a one-letter side ("E-TLE") and a side that only qualifies the other ("DPR-RI", and
 * "DPR RI-DPD RI", whose sides are "DPR RI" and "DPD RI": see {@code hyphen-suffixes.txt}) stay one entity, and so does every pair a side of which resolves to nothing:
 * "Bandara Soekarno-Hatta", "Jean-Jacques Rousseau".
 */
final class HyphenPairs {
    private static final Set<String> SUFFIXES = words("hyphen-suffixes.txt");

    private final Lexicon lexicon;
    private final NameVariants variants;

    HyphenPairs(Lexicon lexicon, NameVariants variants) {
        this.lexicon = lexicon;
        this.variants = variants;
    }

    /** Splits every resolvable pair of {@code entities} (not yet numbered) in place. */
    void split(String text, List<Entity> entities) {
        for (Entity e : List.copyOf(entities)) {
            int hyphen = pairHyphen(e.name());
            if (hyphen >= 0) {
                splitOne(text, entities, e, hyphen);
            }
        }
    }

    /** The index of the one hyphen joining two capitalised sides, or -1 when the name is no such pair. */
    private int pairHyphen(String name) {
        int hyphen = name.indexOf('-');
        if (hyphen < 2 || hyphen > name.length() - 3 || name.indexOf('-', hyphen + 1) >= 0
                || name.charAt(hyphen - 1) == ' ' || !Character.isUpperCase(name.charAt(hyphen + 1))) {
            return -1;
        }
        String left = lastWord(name.substring(0, hyphen));
        String right = name.substring(hyphen + 1);
        if (left.length() < 2 || left.equalsIgnoreCase(firstWord(right)) || SUFFIXES.contains(left)
                || SUFFIXES.contains(firstWord(right))
                || variants.known(name) || lexicon.categoryOf(name) != null) {
            return -1;
        }
        return hyphen;
    }

    /** Replaces {@code pair} in {@code entities} by its two sides, unless a side is unknown. */
    private void splitOne(String text, List<Entity> entities, Entity pair, int hyphen) {
        String leftName = pair.name().substring(0, hyphen);
        String rightName = pair.name().substring(hyphen + 1);
        List<Span> leftSpans = new ArrayList<>();
        List<Span> rightSpans = new ArrayList<>();
        for (Span s : pair.mentions()) {
            int h = text.indexOf('-', s.start());
            int second = h < 0 ? -1 : text.indexOf('-', h + 1);
            if (h <= s.start() || h >= s.end() - 1 || second >= 0 && second < s.end()) {
                return;
            }
            leftSpans.add(new Span(s.start(), h));
            rightSpans.add(new Span(h + 1, s.end()));
        }
        Side left = resolve(leftName, entities, pair);
        Side right = resolve(rightName, entities, pair);
        if (left == null || right == null || left.name().equals(right.name())) {
            return;
        }
        entities.remove(pair);
        add(entities, left, leftSpans);
        add(entities, right, rightSpans);
    }

    /** A side's entity: an entity of the article named by it or containing it as whole words, or the gazetteer's. */
    private Side resolve(String side, List<Entity> entities, Entity pair) {
        Entity containing = null;
        int found = 0;
        for (Entity e : entities) {
            if (e == pair) {
                continue;
            }
            if (e.name().equals(side) || e.name().equals(variants.canonical(side))) {
                return new Side(e.name(), e.type());
            }
            if (containsWords(e.name(), side)) {
                containing = e;
                found++;
            }
        }
        if (found == 1 && containing.type() == EntityType.PERSON) {
            return new Side(containing.name(), containing.type());
        }
        String canonical = variants.canonical(side);
        GazetteerCategory known = lexicon.categoryOf(canonical);
        if (known == null) {
            return null;
        }
        return new Side(canonical, known == GazetteerCategory.LOC ? EntityType.LOCATION
                : known == GazetteerCategory.ORG ? EntityType.ORGANIZATION : EntityType.PERSON);
    }

    private static void add(List<Entity> entities, Side side, List<Span> spans) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.name().equals(side.name()) && e.type() == side.type()) {
                List<Span> all = new ArrayList<>(e.mentions());
                all.addAll(spans);
                all.sort(Comparator.naturalOrder());
                entities.set(i, new Entity(e.id(), e.name(), e.type(), all));
                return;
            }
        }
        entities.add(new Entity("", side.name(), side.type(), spans));
    }

    /** Whether {@code words} occur in {@code name} as whole words, in order and next to each other. */
    private static boolean containsWords(String name, String words) {
        int at = name.indexOf(words);
        while (at >= 0) {
            int end = at + words.length();
            if ((at == 0 || name.charAt(at - 1) == ' ') && (end == name.length() || name.charAt(end) == ' ')) {
                return true;
            }
            at = name.indexOf(words, at + 1);
        }
        return false;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static Set<String> words(String resource) {
        java.io.InputStream in = HyphenPairs.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Side(String name, EntityType type) {
    }
}
