package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The entity mentions of one article sorted by start, to find the entity a speaker phrase overlaps. */
final class EntityMentions {
    private record Mention(int start, int end, Entity entity) {
    }

    /** Offsets and counts below this fit 21 bits of a packed sort key. */
    private static final int PACKED_LIMIT = 1 << 21;

    private final Mention[] sorted;

    EntityMentions(List<Entity> entities, int textLength) {
        List<Mention> all = new ArrayList<>();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.end() <= textLength) {
                    all.add(new Mention(m.start(), m.end(), e));
                }
            }
        }
        sorted = sort(all, textLength);
    }

    /**
     * The mentions by start, then end, equal ones in the order given (a stable sort). Offsets and count below 2^21
     * (every news article; a span is never negative) are sorted as packed numbers (start, end, index): no comparator call per comparison.
     */
    private static Mention[] sort(List<Mention> all, int textLength) {
        int n = all.size();
        if (textLength >= PACKED_LIMIT || n >= PACKED_LIMIT) {
            all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            return all.toArray(Mention[]::new);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Mention m = all.get(i);
            keys[i] = (long) m.start << 42 | (long) m.end << 21 | i;
        }
        Arrays.sort(keys);
        Mention[] out = new Mention[n];
        for (int i = 0; i < n; i++) {
            out[i] = all.get((int) (keys[i] & (PACKED_LIMIT - 1)));
        }
        return out;
    }


    /** The person entity with this id that has a mention, or null. */
    Entity person(String id) {
        for (Mention m : sorted) {
            if (m.entity.type() == EntityType.PERSON && m.entity.id().equals(id)) {
                return m.entity;
            }
        }
        return null;
    }

    /** The entity of a mention overlapping [start, end): the last person, else an organisation, else a place. */
    Entity in(int start, int end) {
        Entity person = null;
        Entity organisation = null;
        Entity other = null;
        for (int i = firstStartingFrom(start - 200); i < sorted.length && sorted[i].start < end; i++) {
            Mention m = sorted[i];
            if (m.end <= start) {
                continue;
            }
            if (m.entity.type() == EntityType.PERSON) {
                person = m.entity;
            } else if (m.entity.type() == EntityType.ORGANIZATION) {
                organisation = organisation == null ? m.entity : organisation;
            } else if (other == null) {
                other = m.entity;
            }
        }
        return person != null ? person : organisation != null ? organisation : other;
    }

    /**
     * Whether one organisation or place mention spans all of [start, end) and no person mention overlaps it: the
     * entity stage read the whole name as a body or a place ("Freeport"), not only a word of it ("Waller").
     */
    boolean wholeNonPerson(int start, int end) {
        return nonPersonSpanning(start, end, 1);
    }

    /**
     * Whether one organisation or place mention spans all of [start, end), no person mention overlaps it, and its
     * entity is mentioned more than once in the article: a body or place the article names again, not a one-off
     * reading that may have swallowed a name ("Laut Laksamana Ade").
     */
    boolean repeatedNonPerson(int start, int end) {
        return nonPersonSpanning(start, end, 2);
    }

    private boolean nonPersonSpanning(int start, int end, int minimumMentions) {
        return nonPersonCovering(start, end, minimumMentions, false);
    }

    /**
     * Whether one organisation or place mention whose entity has {@code minimumMentions} mentions covers [start, end)
     * (starting before {@code start} when {@code before}), and no person mention overlaps it.
     */
    private boolean nonPersonCovering(int start, int end, int minimumMentions, boolean before) {
        boolean whole = false;
        for (int i = firstStartingFrom(start - 200); i < sorted.length && sorted[i].start < end; i++) {
            Mention m = sorted[i];
            if (m.end <= start) {
                continue;
            }
            if (m.entity.type() == EntityType.PERSON) {
                return false;
            }
            whole |= (before ? m.start < start : m.start <= start) && m.end >= end
                    && m.entity.mentions().size() >= minimumMentions;
        }
        return whole;
    }

    /**
     * Whether one organisation or place mention starts before {@code start} and runs through {@code end}, and no
     * person mention overlaps [start, end): the words end a body's or a place's name ("Perjuangan" of "Fraksi PDI
     * Perjuangan").
     */
    boolean nonPersonTail(int start, int end) {
        return nonPersonCovering(start, end, 1, true);
    }

    /** Whether a person entity is named {@code words} or its name ends with them. */
    boolean personNamed(String words) {
        for (Mention m : sorted) {
            if (m.entity.type() == EntityType.PERSON && m.entity.name().equals(words)) {
                return true;
            }
        }
        return personNameEndsWith(words);
    }

    /** Whether a person entity's name ends with the words {@code words} ("Robert De Niro" for "De Niro"). */
    boolean personNameEndsWith(String words) {
        for (Mention m : sorted) {
            String name = m.entity.name();
            if (m.entity.type() == EntityType.PERSON && name.length() > words.length() && name.endsWith(words)
                    && name.charAt(name.length() - words.length() - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    void forEachPerson(ObjIntConsumerAdapter action) {
        for (Mention m : sorted) {
            if (m.entity.type() == EntityType.PERSON) {
                action.accept(m.start, m.entity);
            }
        }
    }

    /** (mention start, entity). */
    @FunctionalInterface
    interface ObjIntConsumerAdapter {
        void accept(int start, Entity entity);
    }

    private int firstStartingFrom(int offset) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].start < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
