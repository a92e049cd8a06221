package dev.intisari.core.entity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether two names are written in unrelated company: the other entities of their articles (each given by its key)
 * have nothing in common but names that many articles use. Evidence against joining a short name to a longer one
 * that the articles themselves give: the "Hermawan" shot in a robbery names the driver and the victim, the "Agus
 * Hermawan" of another article the port company he runs; a footballer's last name in a line-up shares the club and
 * his team mates with the articles that give his full name. Only uncommon names count: those of at least two
 * articles (a name of one article can be shared with nothing) and at most a share of them (at least {@link
 * #COMMON_MIN}): "Indonesia" and "Jakarta" are everyone's company. The share is {@link #COMMON_SHARE} when two names'
 * contexts (the union over all their articles) are compared, {@link #ARTICLE_COMMON_SHARE} when one article's entities
 * are compared with a name's context (one article's company is small, so a wider band of names has to speak). A side
 * that names fewer than {@link #MIN_CONTEXT} uncommon entities gives no evidence.
 */
final class SharedContext {
    static final int MIN_CONTEXT = 2;
    static final double COMMON_SHARE = 0.02;
    static final double ARTICLE_COMMON_SHARE = 0.05;
    static final int COMMON_MIN = 5;

    private final Map<String, Map<String, Integer>> spellings;
    private final int common;

    /** {@code spellings}: per key, its spellings with the entities so named (about one an article); {@code articles} added. */
    SharedContext(Map<String, Map<String, Integer>> spellings, int articles, double commonShare) {
        this.spellings = spellings;
        this.common = Math.max(COMMON_MIN, (int) Math.ceil(commonShare * articles));
    }

    /**
     * Whether both contexts name at least {@link #MIN_CONTEXT} uncommon entities each and share none of them. An
     * article that names only common company ("Prabowo" beside "Indonesia" and "DPR") gives no evidence either way.
     */
    boolean apart(Set<String> one, Set<String> other) {
        if (one == null || other == null || uncommon(one) < MIN_CONTEXT || uncommon(other) < MIN_CONTEXT) {
            return false;
        }
        Set<String> small = one.size() <= other.size() ? one : other;
        Set<String> large = small == one ? other : one;
        for (String key : small) {
            if (large.contains(key) && articles(key) <= common) {
                return false;
            }
        }
        return true;
    }

    /** {@link #apart(Set, Set)} of an article's keys without the name's own key, and another name's context. */
    boolean apart(Set<String> article, String own, Set<String> other) {
        Set<String> company = new HashSet<>(article);
        company.remove(own);
        return apart(company, other);
    }

    private int uncommon(Set<String> keys) {
        int n = 0;
        for (String key : keys) {
            int articles = articles(key);
            if (articles >= 2 && articles <= common && ++n >= MIN_CONTEXT) {
                break;
            }
        }
        return n;
    }

    private int articles(String key) {
        Map<String, Integer> counts = spellings.get(key);
        if (counts == null) {
            return 0;
        }
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }
}
