package dev.intisari.core.cluster;

import dev.intisari.model.EntityType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The headline's names as evidence for a join (session 21): the words of an article's headline that are words of
 * the people and places it names ({@link #TYPES}; {@code t:lorenzo}, {@code t:fahri})
 * against the same words in the headlines of the story's articles. A headline names the one or two people or places
 * the article is about; a happening covered over days from other angles (the rider's crash comment after his
 * practice day, the legislator's challenge the day after the tax list named him) keeps its subject in the headline
 * while the body's words move on. Each shared word counts with its idf among the headlines seen, words named in
 * many headlines (idf under {@code minIdf}) not at all, and the bonus is full at {@code saturation} (a rare first
 * and last name). Only the headline's name words, never its other words: the common words of a headline ("bank",
 * "mobil", "pajak") tie one actor's or one topic's items together (measured: every headline word as evidence
 * costs both detik weeks). Scored as the event bonus is, before the decay and the evidence against.
 *
 * @param bonus      added to the score at full evidence; 0: off
 * @param saturation the summed idf of shared headline names at which the bonus is full
 * @param minIdf     a headline name word with a lower idf among the headlines seen is no evidence
 */
public record HeadlineNames(double bonus, double saturation, double minIdf) implements Serializable {
    /** Off. */
    public static final HeadlineNames OFF = new HeadlineNames(0, 10, 3);
    /** Indonesian news: 0.05, full at a summed idf of 10, words under idf 3 left out (docs/grouping.md, session 21). */
    public static final HeadlineNames NEWS = new HeadlineNames(0.05, 10, 3);
    /** Prefix of a headline name key among the event keys. */
    static final String PREFIX = "t:";
    /**
     * The types of name whose words count: people and places. An organisation's or programme's name holds common
     * words ("Pendidikan Profesi Guru", "Direktorat Jenderal Pajak") that tie one topic's headlines together.
     */
    static final Set<EntityType> TYPES = java.util.EnumSet.of(EntityType.PERSON, EntityType.LOCATION);
    /** The most headline words a story keeps. */
    static final int STORY_WORDS = 64;

    public HeadlineNames {
        if (bonus < 0 || saturation <= 0 || minIdf < 0) {
            throw new IllegalArgumentException("need bonus >= 0, saturation > 0, minIdf >= 0");
        }
    }

    public boolean on() {
        return bonus > 0;
    }

    public HeadlineNames withBonus(double value) {
        return new HeadlineNames(value, saturation, minIdf);
    }

    public HeadlineNames withSaturation(double value) {
        return new HeadlineNames(bonus, value, minIdf);
    }

    public HeadlineNames withMinIdf(double value) {
        return new HeadlineNames(bonus, saturation, value);
    }

    /**
     * The keys of the headline's terms ({@code title}, analysed as the clusterer's terms) that are words of one of
     * the article's names ({@code names}, lower-cased canonical names), each once, in headline order.
     */
    static List<String> keys(List<String> title, List<String> names) {
        if (title.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        Set<String> words = new HashSet<>();
        for (String name : names) {
            int from = 0;
            for (int i = 0; i <= name.length(); i++) {
                if (i == name.length() || name.charAt(i) == ' ') {
                    if (i > from) {
                        words.add(name.substring(from, i));
                    }
                    from = i + 1;
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String term : title) {
            if (words.contains(term)) {
                keys.add(PREFIX + term);
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * The article's headline name keys among its event keys, hashed as the clusterer keeps them and weighted by
     * their idf among the headlines seen (this article counted); those under {@code minIdf} left out.
     */
    TermVector vector(ClusterState state, List<String> events) {
        long[] k = new long[4];
        double[] w = new double[4];
        int n = 0;
        for (String key : events) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            long h = TermCounts.key(key, ClusterState.EVENTS);
            long df = state.documentFrequency.increment(h);
            double idf = Math.log((state.documents + 1.0) / (df + 1.0));
            if (idf >= minIdf) {
                if (n == k.length) {
                    k = java.util.Arrays.copyOf(k, 2 * n);
                    w = java.util.Arrays.copyOf(w, 2 * n);
                }
                k[n] = h;
                w[n++] = idf;
            }
        }
        return new TermVector(k, w, n);
    }

    /** The bonus for an article's headline names ({@link #vector}) against a story's. */
    double score(TermVector headline, StoryCentroid story) {
        if (headline.isEmpty() || story.headlines == null) {
            return 0;
        }
        double shared = 0;
        for (int i = 0; i < headline.size; i++) {
            if (story.headlines.containsKey(headline.keys[i])) {
                shared += headline.weights[i];
            }
        }
        return bonus * Math.min(1, shared / saturation);
    }
}
