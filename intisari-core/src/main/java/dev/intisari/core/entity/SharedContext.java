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
 *
 * <p>A name that many articles use can still tie: one the longer name's articles name far more often than the corpus
 * does ({@link #tied}): "Novel" in an article beside the KPK is Novel Baswedan, whose every article names the KPK,
 * though the KPK is too common a name to count as uncommon company.
 */
final class SharedContext {
    static final int MIN_CONTEXT = 2;
    static final double COMMON_SHARE = 0.02;
    static final double ARTICLE_COMMON_SHARE = 0.05;
    static final int COMMON_MIN = 5;
    /** The fewest articles of the longer name that must name a company name for it to tie ({@link #tied}). */
    static final int TIE_ARTICLES = 3;
    /** How many times more often than the corpus the longer name's articles must name a company name to tie. */
    static final double TIE_LIFT = 4.0;

    private final Map<String, Map<String, Integer>> spellings;
    private final int common;
    private final int total;

    /** {@code spellings}: per key, its spellings with the entities so named (about one an article); {@code articles} added. */
    SharedContext(Map<String, Map<String, Integer>> spellings, int articles, double commonShare) {
        this.spellings = spellings;
        this.total = articles;
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

    /**
     * Whether one of the names in {@code company} (the company of a short name) ties it to the longer name
     * {@code target} whose company counts are {@code context} (per key, the articles naming both): at least {@link
     * #TIE_ARTICLES} of the target's articles name it, and their share is at least {@code lift} times the share of
     * all articles that name it. "Kementerian Keuangan" in 19 of the 43 articles of "Purbaya Yudhi Sadewa" and 59 of
     * 1,000 overall (7.5 times as often) ties a lone "Purbaya" beside it; "Jakarta" in 4 of 6 articles of a name and
     * a fifth of all articles does not.
     */
    boolean tied(Set<String> company, Map<String, Integer> context, String target, double lift) {
        if (company == null || context == null) {
            return false;
        }
        int targetArticles = articles(target);
        for (String key : company) {
            int together = context.getOrDefault(key, 0);
            if (together >= TIE_ARTICLES && together * (double) total >= lift * targetArticles * articles(key)) {
                return true;
            }
        }
        return false;
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
