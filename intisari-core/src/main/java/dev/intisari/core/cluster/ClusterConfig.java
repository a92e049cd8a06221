package dev.intisari.core.cluster;

import java.io.Serializable;
import java.time.Duration;

/**
 * Settings of {@link OnlineStoryClusterer}.
 *
 * @param threshold      lowest score with which an article joins a story; below it, it starts a new one
 * @param mergeThreshold when an article also scores at least this with a second story, and the two stories
 *                       are similar to each other ({@code threshold}), the two stories merge
 * @param entityWeight   share of the score given to entity overlap when both sides have entities
 * @param decay          time constant of the exponential time decay of the term score, or null for no decay
 * @param entityDecay    time constant of the decay of the entity score, or null for no decay: the same named
 *                       people and organisations mark one event over weeks (an arrest, the trial, the verdict),
 *                       while shared topical words recur across unrelated events, so names decay more slowly
 * @param grace          a gap shorter than this does not decay the score (the days a story is covered)
 * @param window         a story not updated for this long leaves the active window, or null for no limit
 * @param maxActive      most stories in the active window; the least recently updated leave first
 * @param indexTerms     a story's top terms that point to it in the inverted index
 * @param queryTerms     an article's top terms looked up in the inverted index
 * @param maxCandidates  candidate stories scored per article
 * @param maxPosting     a query term pointing to more stories than this is too common to look up
 * @param maxStoryTerms  terms kept per story centroid (the weakest are pruned)
 * @param articleTerms   an article's heaviest terms kept in its vector (the rest are mostly noise, and
 *                       every later step costs in proportion to this)
 * @param memberLinks    recent member articles kept per story: an article also scores its best cosine with
 *                       one of them, so a story whose articles cover different sides of an event still
 *                       attracts a new article close to one side (0: centroid only)
 * @param commonEntityShare an entity named in more than this share of the documents seen (and in more than
 *                       {@link #COMMON_ENTITY_FLOOR}) is left out of the entity vector: the country, the capital,
 *                       an outlet's own name in its datelines say nothing about which event an article is about
 * @param entityBonus    added to the term score, times the entity cosine, when the article and the story share
 *                       at least {@code minSharedEntities} entities: shared names are evidence for one event, but
 *                       names not shared are no evidence against it (a report quotes other people)
 * @param minSharedEntities entities an article must share with a story before the entity blend or bonus counts:
 *                       one shared club, league or ministry is common to neighbouring events (the time decay is
 *                       stretched by any shared name)
 * @param entityTerms    entity names also count as terms of the article's term vector (one term per canonical
 *                       name, so "Setya Novanto", "Setnov" and "Novanto" are one term), besides the entity channel
 * @param eventBonus     added to the score, times the event evidence (0-1), when the article shares event keys
 *                       ({@link EventSignals}: an amount, a quoted statement, a named past day) with the story; 0: off
 * @param eventSaturation evidence at which the event bonus is full: each shared amount or day counts 1, each
 *                       shared statement hash 0.5
 * @param eventMaxShare  an event key in more than this share of the documents seen (and more than
 *                       {@link #COMMON_ENTITY_FLOOR}) is no evidence ("100%", "1 orang")
 * @param occasionBonus  added to the score, times min(1, shared / {@code eventSaturation}), when the article and
 *                       the story name the same occasion on the same day ({@link EventSignals.Kind#OCCASION_EVENTS}
 *                       keys, each prefix of the name one key): one session reported topic by topic shares little
 *                       else; 0: off
 * @param against        evidence against a join ({@link Counterevidence}), as factors on the score
 * @param headlines      the headline's names against the story's headlines ({@link HeadlineNames}), a bonus
 */
public record ClusterConfig(double threshold, double mergeThreshold, double entityWeight, Duration decay,
                            Duration entityDecay, Duration grace, Duration window, int maxActive, int indexTerms, int queryTerms, int maxCandidates,
                            int maxPosting, int maxStoryTerms, int articleTerms,
                            int memberLinks, double commonEntityShare, double entityBonus, int minSharedEntities,
                            boolean entityTerms, double eventBonus, double eventSaturation, double eventMaxShare,
                            double occasionBonus, Counterevidence against, HeadlineNames headlines)
        implements Serializable {
    /** Document frequency up to which an entity is never too common (small corpora). */
    public static final int COMMON_ENTITY_FLOOR = 20;

    public ClusterConfig {
        if (threshold <= 0 || threshold > 1 || mergeThreshold < threshold) {
            throw new IllegalArgumentException("need 0 < threshold <= mergeThreshold");
        }
        if (entityWeight < 0 || entityWeight >= 1 || entityBonus < 0 || minSharedEntities < 1 || eventBonus < 0
                || eventSaturation <= 0 || occasionBonus < 0) {
            throw new IllegalArgumentException("entityWeight must be in [0, 1)");
        }
        if (maxActive < 1 || indexTerms < 1 || queryTerms < 1 || maxCandidates < 1 || maxPosting < 1
                || maxStoryTerms < indexTerms || memberLinks < 0 || articleTerms < queryTerms) {
            throw new IllegalArgumentException("limits must be positive, maxStoryTerms >= indexTerms");
        }
        java.util.Objects.requireNonNull(against, "against");
        java.util.Objects.requireNonNull(headlines, "headlines");
    }

    /**
     * Indonesian news articles: ten-day decay stretched towards 40 days by shared names, a fortnight's window,
     * the entity blend, entity names as terms, the event bonus 0.1 for shared amounts (full at two), the
     * occasion bonus 0.2 for one named occasion on one day (full at two shared name prefixes); chosen on the tune half of the IndoSum event set and the demo
     * corpus's story floor; the evidence against a join (word floor 0.25, cohesion 0.4, no occasion penalty)
     * chosen on detik 14-20 October and confirmed on detik 21-22 October and IndoSum; the day test (session 14:
     * a lead day more than three days from the story's and naming none of theirs halves the score) chosen on the
     * IndoSum tune half and detik 14-20 October; since session 17 an article without a lead day takes its
     * publication day as one, and a lead day more than seven days after the story's first is another occasion
     * even when the story's articles followed each other within the reach; since session 18 a venue none of the
     * story's lowers the score by a quarter; since session 19 by a fifth, and by .6 when the article's most quoted
     * speaker is one of the story's (his next occasion; see docs/grouping.md); since session 23 an article that names
     * no name any of the story's articles names has its score halved (topic, not happening).
     */
    public static ClusterConfig news() {
        return new ClusterConfig(0.20, 0.45, 0.3, Duration.ofDays(10), Duration.ofDays(40), Duration.ZERO,
                Duration.ofDays(14), 20_000, 24, 16, 24,
                5_000, 300, 32, 0, 0.02, 0, 2, true, 0.1, 2, 0.01, 0.2,
                new Counterevidence(0.25, 0.4, 2, 0, 0.5, 3, false, 7, true, 0.2, 0.6, 0.5),
                HeadlineNames.NEWS);
    }

    public ClusterConfig withThreshold(double value) {
        return new ClusterConfig(value, Math.max(value, mergeThreshold), entityWeight, decay, entityDecay, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withMergeThreshold(double value) {
        return new ClusterConfig(threshold, value, entityWeight, decay, entityDecay, grace, window, maxActive, indexTerms, queryTerms,
                maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    /** The same settings without time: no decay, no ageing by time (the count limit still holds). */
    public ClusterConfig withoutTime() {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, null, null, null, null, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withCommonEntityShare(double value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window,
                maxActive, indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms,
                memberLinks, value, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withEntityTerms(boolean value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window,
                maxActive, indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms,
                memberLinks, commonEntityShare, entityBonus, minSharedEntities, value, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withEntityBonus(double value, int minShared) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window,
                maxActive, indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms,
                memberLinks, commonEntityShare, value, minShared, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withEntityWeight(double value) {
        return new ClusterConfig(threshold, mergeThreshold, value, decay, entityDecay, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withEntityDecay(Duration value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, value, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withGrace(Duration value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, value, window,
                maxActive, indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms,
                memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withWindow(Duration value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, value,
                maxActive, indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms,
                memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withDecay(Duration value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, value, entityDecay, grace, window, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withArticleTerms(int value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, value, memberLinks, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withEvents(double bonus, double saturation, double maxShare) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks,
                commonEntityShare, entityBonus, minSharedEntities, entityTerms, bonus, saturation, maxShare, occasionBonus, against, headlines);
    }

    public ClusterConfig withOccasionBonus(double value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks,
                commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation,
                eventMaxShare, value, against, headlines);
    }

    public ClusterConfig withAgainst(Counterevidence value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks,
                commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation,
                eventMaxShare, occasionBonus, value, headlines);
    }

    public ClusterConfig withMemberLinks(int value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window, maxActive, indexTerms,
                queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, value, commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation, eventMaxShare, occasionBonus, against, headlines);
    }

    /** The headline-names channel ({@link HeadlineNames}); {@link HeadlineNames#OFF} switches it off. */
    public ClusterConfig withHeadlines(HeadlineNames value) {
        return new ClusterConfig(threshold, mergeThreshold, entityWeight, decay, entityDecay, grace, window, maxActive,
                indexTerms, queryTerms, maxCandidates, maxPosting, maxStoryTerms, articleTerms, memberLinks,
                commonEntityShare, entityBonus, minSharedEntities, entityTerms, eventBonus, eventSaturation,
                eventMaxShare, occasionBonus, against, value);
    }
}
