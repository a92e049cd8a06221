package dev.intisari.core.cluster;

import java.io.Serializable;

/**
 * Evidence against an article joining a story, as factors on its score ({@link OnlineStoryClusterer}): the
 * evidence for a join (shared words, names, amounts) is also what one actor's programme carries from one
 * occasion to the next, so a story grows into a chain of events unless something can speak against a join.
 * Each test is off at its neutral value.
 *
 * @param wordFloor     the cosine of the article's words alone (entity names used as terms left out) with the
 *                      story's centroid, below which the score is scaled by {@code wordCosine / wordFloor}: names
 *                      shared with a story whose words the article does not share are the actor, not the event;
 *                      0: off
 * @param cohesionRatio the article's term cosine with a story of at least {@code cohesionSize} articles is compared
 *                      with the story's cohesion (how close its own articles are to the rest of it, known from the
 *                      centroid's norm and size); below {@code cohesionRatio} times that, the score is scaled by
 *                      their ratio: a story whose articles agree closely is one event, and an article far from all
 *                      of them is about another; 0: off
 * @param cohesionSize  articles a story needs before its cohesion counts (two articles say little)
 * @param occasionPenalty the score is multiplied by {@code 1 - occasionPenalty} when the article names an
 *                      occasion on its day, the story's articles name occasions, and none is shared: two named
 *                      occasions are two events; 0: off
 * @param dayPenalty    the score is multiplied by {@code 1 - dayPenalty} when the article's lead day is another
 *                      than the story's articles' and neither names the other's ({@link EventDays}): the same
 *                      actors and programme on another day are another occasion; 0: off
 * @param dayReach      lead days at most this many days apart count as one occasion's coverage
 * @param venueExempt   an article that names the same venue on the same day as the story's articles (a venue key,
 *                      {@link EventSignals.Kind#VENUE_DAYS}: "di Kantor DJP" on 20 October) is exempt, as one
 *                      that shares an occasion key is
 * @param daySpan       with the day test on, an article whose lead days are all more than this many days after the
 *                      story's first lead day reports another occasion even when each of the story's articles
 *                      followed the last within the reach ({@link EventDays#otherOccasionThan(EventDays, int, int)});
 *                      0: off
 * @param publicationDays with the day test on, an article without a lead day takes its publication day as its lead
 *                      day (in the story too): a follow-up, a comment or a feature without a day in its lead tells of
 *                      what happened on or just before the day it appeared
 * @param venuePenalty  the score is multiplied by {@code 1 - venuePenalty} when the article names a venue (a
 *                      building or ground with the day, {@link EventSignals.Kind#VENUE_DAYS}: "di Stadion Patriot",
 *                      "di Gedung KPK"), the story's articles name venues, and none of the article's is one of
 *                      theirs: the same actor or club at another place is another occasion (a club's match and its
 *                      friendly, a witness at the KPK building and the trial at the court); mild, so that strong
 *                      evidence for a join still carries it (reactions given elsewhere); not on top of the day
 *                      test, and with {@code daySpan} only for an article whose lead day is within the span of the
 *                      story's first: a case's next step weeks later at another place (the indictment at the court
 *                      after the detention) is left to the names and the day test, as stories are kept by case;
 *                      0: off
 * @param actorVenuePenalty the venue penalty when the article and the story share a main actor ({@link
 *                      MainActors}: the speaker quoted most, the lead's first person), in place of {@code
 *                      venuePenalty} when larger: the same person at another place within days is at his next
 *                      occasion (a minister's programme launch, his school visit, his ministry's ceremony), while
 *                      other people's reactions given elsewhere keep the mild penalty; 0: off
 * @param namelessPenalty the score is multiplied by {@code 1 - namelessPenalty} when the article names people, places
 *                      or organisations and none of them is named by any of the story's articles (common names
 *                      included, so a club or a ministry named everywhere still counts as shared): one happening's
 *                      coverage names its actors or its place, while articles that share only words are one topic
 *                      (health tips, a new study, a market report, a feature); applied before the exemptions; 0: off
 * <p>An article that names the same occasion on the same day as the story's articles (an occasion key,
 * {@link EventSignals.Kind#OCCASION_EVENTS}) is exempt: a session reported topic by topic shares little else.
 * Shared amounts are not: one programme's amounts recur on each of its occasions.
 */
public record Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty,
                              double dayPenalty, int dayReach, boolean venueExempt, int daySpan,
                              boolean publicationDays, double venuePenalty, double actorVenuePenalty,
                              double namelessPenalty)
        implements Serializable {
    public Counterevidence {
        if (wordFloor < 0 || wordFloor >= 1 || cohesionRatio < 0 || cohesionRatio >= 1 || cohesionSize < 2
                || occasionPenalty < 0 || occasionPenalty >= 1 || dayPenalty < 0 || dayPenalty >= 1 || dayReach < 0
                || daySpan < 0 || venuePenalty < 0 || venuePenalty >= 1 || actorVenuePenalty < 0
                || actorVenuePenalty >= 1 || namelessPenalty < 0 || namelessPenalty >= 1) {
            throw new IllegalArgumentException("floors and ratios in [0, 1), cohesionSize >= 2, reach and span >= 0");
        }
    }

    /** No evidence against a join: the score is the evidence for it. */
    public static Counterevidence none() {
        return new Counterevidence(0, 0, 2, 0, 0, 0, false, 0, false, 0, 0);
    }

    /** The tests before the nameless penalty, which is off. */
    public Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty,
                           double dayPenalty, int dayReach, boolean venueExempt, int daySpan, boolean publicationDays,
                           double venuePenalty, double actorVenuePenalty) {
        this(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach, venueExempt, daySpan,
                publicationDays, venuePenalty, actorVenuePenalty, 0);
    }

    /** The tests with the venue exemption, without the day span and the publication days. */
    public Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty,
                           double dayPenalty, int dayReach, boolean venueExempt) {
        this(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach, venueExempt, 0, false, 0,
                0);
    }

    /** The five tests without the venue exemption. */
    public Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty,
                           double dayPenalty, int dayReach) {
        this(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach, false);
    }

    /** The four tests before the day test, which is off. */
    public Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty) {
        this(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, 0, 0, false);
    }

    /** The tests before the venue penalty, which is off. */
    public Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty,
                           double dayPenalty, int dayReach, boolean venueExempt, int daySpan, boolean publicationDays) {
        this(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach, venueExempt, daySpan,
                publicationDays, 0, 0);
    }

    /** The tests before the actor's venue penalty, which is off. */
    public Counterevidence(double wordFloor, double cohesionRatio, int cohesionSize, double occasionPenalty,
                           double dayPenalty, int dayReach, boolean venueExempt, int daySpan, boolean publicationDays,
                           double venuePenalty) {
        this(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach, venueExempt, daySpan,
                publicationDays, venuePenalty, 0);
    }

    boolean isOff() {
        return wordFloor == 0 && cohesionRatio == 0 && occasionPenalty == 0 && dayPenalty == 0 && venuePenalty == 0
                && actorVenuePenalty == 0
                && namelessPenalty == 0;
    }

    public Counterevidence withVenuePenalty(double value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach,
                venueExempt, daySpan, publicationDays, value, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withWordFloor(double value) {
        return new Counterevidence(value, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach,
                venueExempt, daySpan, publicationDays, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withCohesion(double ratio, int size) {
        return new Counterevidence(wordFloor, ratio, size, occasionPenalty, dayPenalty, dayReach, venueExempt,
                daySpan, publicationDays, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withOccasionPenalty(double value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, value, dayPenalty, dayReach, venueExempt,
                daySpan, publicationDays, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withDayPenalty(double value, int reach) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, value, reach, venueExempt,
                daySpan, publicationDays, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withVenueExempt(boolean value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach, value,
                daySpan, publicationDays, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withDaySpan(int value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach,
                venueExempt, value, publicationDays, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withPublicationDays(boolean value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach,
                venueExempt, daySpan, value, venuePenalty, actorVenuePenalty, namelessPenalty);
    }

    public Counterevidence withActorVenuePenalty(double value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach,
                venueExempt, daySpan, publicationDays, venuePenalty, value, namelessPenalty);
    }

    public Counterevidence withNamelessPenalty(double value) {
        return new Counterevidence(wordFloor, cohesionRatio, cohesionSize, occasionPenalty, dayPenalty, dayReach,
                venueExempt, daySpan, publicationDays, venuePenalty, actorVenuePenalty, value);
    }

    /**
     * The factor (0-1] by which the evidence against joining {@code story} scales the article's score.
     *
     * @param terms     the article's unit term vector
     * @param nameTerms the keys of {@code terms} that are entity names used as terms
     * @param occasions the article's occasion keys ({@code v:}), as the clusterer keeps them
     * @param cosine    the article's term cosine with the story's centroid
     */
    double factor(TermVector terms, long[] nameTerms, TermVector occasions, StoryCentroid story, double cosine) {
        return factor(terms, nameTerms, occasions, EventDays.NONE, TermVector.EMPTY, story, cosine);
    }

    /** {@link #factor(TermVector, long[], TermVector, StoryCentroid, double)} with the article's days. */
    double factor(TermVector terms, long[] nameTerms, TermVector occasions, EventDays days, StoryCentroid story,
                  double cosine) {
        return factor(terms, nameTerms, occasions, days, TermVector.EMPTY, new long[0], story, cosine);
    }

    /**
     * {@link #factor(TermVector, long[], TermVector, StoryCentroid, double)} with the article's days and its venue
     * keys ({@code p:}, hashed as the clusterer keeps them).
     */
    double factor(TermVector terms, long[] nameTerms, TermVector occasions, EventDays days, TermVector venues,
                  StoryCentroid story, double cosine) {
        return factor(terms, nameTerms, occasions, days, venues, new long[0], story, cosine);
    }

    /**
     * {@link #factor(TermVector, long[], TermVector, EventDays, TermVector, StoryCentroid, double)} with the
     * article's main actors ({@link MainActors}, hashed as the clusterer keeps them).
     */
    double factor(TermVector terms, long[] nameTerms, TermVector occasions, EventDays days, TermVector venues,
                  long[] actors, StoryCentroid story, double cosine) {
        if (isOff()) {
            return 1;
        }
        double nameless = namelessPenalty > 0 && nameTerms.length > 0 && !story.namesAny(nameTerms)
                ? 1 - namelessPenalty : 1;
        return nameless * factorWithNames(terms, nameTerms, occasions, days, venues, actors, story, cosine);
    }

    /** The tests other than the nameless penalty. */
    private double factorWithNames(TermVector terms, long[] nameTerms, TermVector occasions, EventDays days,
                                   TermVector venues, long[] actors, StoryCentroid story, double cosine) {
        if (!occasions.isEmpty() && story.events != null && occasions.sharedWeight(story.events) > 0) {
            return 1;
        }
        if (venueExempt && !venues.isEmpty() && story.events != null && venues.sharedWeight(story.events) > 0) {
            return 1;
        }
        double factor = 1;
        if (wordFloor > 0 && story.termNorm > 0) {
            double words = 0;
            for (int i = 0; i < terms.size; i++) {
                if (!CounterevidenceKeys.contains(nameTerms, terms.keys[i])) {
                    double w = story.terms.get(terms.keys[i]);
                    if (w == w) {
                        words += terms.weights[i] * w;
                    }
                }
            }
            double wordCosine = words / story.termNorm;
            if (wordCosine < wordFloor) {
                factor *= wordCosine / wordFloor;
            }
        }
        if (cohesionRatio > 0 && story.size >= cohesionSize) {
            double expected = cohesionRatio * story.cohesion();
            if (cosine < expected) {
                factor *= cosine / expected;
            }
        }
        if (occasionPenalty > 0 && !occasions.isEmpty() && story.occasionMembers > 0) {
            factor *= 1 - occasionPenalty;
        }
        boolean otherDay = dayPenalty > 0 && story.days != null && days.otherOccasionThan(story.days, dayReach, daySpan);
        if (otherDay) {
            factor *= 1 - dayPenalty;
        }
        if (!otherDay && (venuePenalty > 0 || actorVenuePenalty > 0) && !venues.isEmpty() && story.venueMembers > 0
                && (story.events == null || venues.sharedWeight(story.events) == 0)
                && (daySpan == 0 || story.days == null || days.withinSpanOf(story.days, daySpan))) {
            factor *= 1 - (actorVenuePenalty > venuePenalty && sharesActor(actors, story) ? actorVenuePenalty
                    : venuePenalty);
        }
        return factor;
    }

    /** Whether one of the article's main actors is one of the story's. */
    private static boolean sharesActor(long[] actors, StoryCentroid story) {
        for (long a : actors) {
            if (story.hasActor(a)) {
                return true;
            }
        }
        return false;
    }
}
