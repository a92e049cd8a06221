package dev.intisari.core.quote;

import dev.intisari.model.Article;
import dev.intisari.model.Quote;
import dev.intisari.model.QuoteCitation;
import dev.intisari.model.StoryQuote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the statements of one story's articles: two statements are one when they have the same speaker
 * and share most of their content words (overlap coefficient of stemmed, stop-word-free words at least
 * {@link Config#sameSpeakerOverlap()}), or when their texts are near-identical (Jaccard at least
 * {@link Config#nearIdentical()}) and at most one of them has a speaker. The overlap leaves out the story's topic
 * words (found in many of its statements, {@link Config#topicStatements()}); speakers are compared by their letters
 * and digits, lower-cased. Within one article, two statements of one form (both in the speaker's own words, or both
 * reported) are one only when they also share at least {@link Config#sameFormDice()} of all their content words: a
 * reporter gives a statement once in reported speech and once as a quotation, but two quotations, or two reported
 * sentences, of one speaker in one article are as a rule two claims. Since session 13 a person's shorter and longer
 * names in the story are one speaker ({@link StorySpeakers}: "Djarot" / "Djarod Padakova", "Horacio Paolini" /
 * "Boca Juniors Horacio Paolini"), and a statement of at least
 * {@link Config#containedWords()} words, topic words counted, all found in another of its speaker is one with it
 * (a report made of the subject's words only). Since session 14 near-synonyms are one word ({@link NearSynonyms}:
 * "keliru" / "salah"), and a statement of the group's speaker from another outlet, published within
 * {@link Config#outletHours()} of the group's articles, joins at the lower overlap {@link Config#outletOverlap()}
 * (only where both publication times are known). Each group becomes one
 * {@link StoryQuote} citing every article that carried it, with the speaker that was named, the text of its
 * first direct quotation (else its first statement), and the number of distinct outlets (an article without
 * an outlet counts as its own). Groups keep the order of their first appearance; articles come in
 * publication order.
 * <p>
 * Candidates are the groups sharing a word with the statement, found through word indexes. A word shared by
 * more than {@link Config#commonWordGroups()} groups of one index finds no candidates while the statement has a
 * less common word, and then only the {@link Config#commonWordCandidates()} groups sharing most of the
 * statement's other words are compared with it (their shared common words counted exactly), so a story of
 * tens of thousands of statements merges in linear time; below that bound the result is the exhaustive one.
 * Immutable and thread-safe.
 */
public final class SpeakerQuoteMerger implements QuoteMerger {
    /**
     * @param sameSpeakerOverlap shared content words over the smaller statement's, for the same speaker
     * @param nearIdentical      Jaccard similarity above which texts are the same statement whatever the speaker
     * @param minimumWords       statements with fewer content words merge only when near-identical
     * @param commonWordGroups   a word found in more groups than this is common: it proposes no candidates of
     *                           its own, so merging stays linear in a very large story (exact below the bound)
     * @param commonWordCandidates when a statement has common words, the candidates sharing most of its other
     *                           words that are compared with it
     * @param topicStatements    a word found in at least this many of the story's statements, and in at least
     * @param topicShare         this share of them, is a topic word of the story ("Komnas HAM", "KPK" in a story
     *                           about them): it is left out of the same-speaker overlap, so that two claims of one
     *                           speaker about the story's subject are not one statement for naming the subject
     * @param unnamedOverlap     the overlap (as for the same speaker) at which a statement without a speaker joins
     *                           a group of a named one: a paraphrase whose speaker was not found (above 1: never)
     * @param sameFormDice       for two statements of one speaker in one article and of one form (see
     *                           {@link StatementForm}), the Dice similarity of their content words (topic words
     *                           left out) needed besides the overlap: a repeat, not a neighbouring claim (0: off)
     * @param acrossOverlap      the same-speaker overlap for a statement and a group with no statement in its article
     *                           (another article, often another outlet, words the claim anew); by default the same as
     *                           {@code sameSpeakerOverlap}: lower (0.34) it joined one speaker's different claims in
     *                           the long stories of the reference corpora (session 13)
     * @param containedWords     for the same speaker, a statement of at least this many content words (topic words
     *                           counted) all found in the other is one with it: a shorter report of the same words
     *                           whose own words are all the story's subject ("Yerusalem sebagai ibu kota Israel"
     *                           in "… mengakui Yerusalem sebagai ibu kota Israel"); 0: off
     * @param shortNames         whether a person's shorter name in the story is one speaker with the longer name
     *                           it fits ({@link StorySpeakers}: "Horacio Paolini" / "Boca Juniors Horacio Paolini")
     * @param nearSynonyms       whether near-synonyms ({@link NearSynonyms}: "keliru" / "salah", "tewas" /
     *                           "meninggal") are one word in every comparison
     * @param outletOverlap      the same-speaker overlap for a statement and a group holding no statement of its
     *                           outlet, published within {@code outletHours} of it: another outlet's report of the
     *                           same day words the claim anew; both times must be known (by default the same as
     *                           {@code sameSpeakerOverlap}: off)
     * @param outletHours        the window of {@code outletOverlap}, in hours
     */
    public record Config(double sameSpeakerOverlap, double nearIdentical, int minimumWords, int commonWordGroups,
                         int commonWordCandidates, int topicStatements, double topicShare, double unnamedOverlap,
                         double sameFormDice, double acrossOverlap, int containedWords, boolean shortNames,
                         boolean nearSynonyms, double outletOverlap, int outletHours) {
        public static final Config DEFAULT = new Config(0.5, 0.8, 3, 128, 64, 4, 0.2, 2, 0.5, 0.5, 4, true, true,
                0.34, 48);

        public Config {
            if (commonWordCandidates < 1 || commonWordCandidates > commonWordGroups) {
                throw new IllegalArgumentException("commonWordCandidates must be 1 to commonWordGroups");
            }
            if (topicStatements < 2) {
                throw new IllegalArgumentException("topicStatements must be at least 2");
            }
        }

        /** Without near-synonyms, as in session 13. */
        public Config(double sameSpeakerOverlap, double nearIdentical, int minimumWords, int commonWordGroups,
                      int commonWordCandidates, int topicStatements, double topicShare, double unnamedOverlap,
                      double sameFormDice, double acrossOverlap, int containedWords, boolean shortNames) {
            this(sameSpeakerOverlap, nearIdentical, minimumWords, commonWordGroups, commonWordCandidates,
                    topicStatements, topicShare, unnamedOverlap, sameFormDice, acrossOverlap, containedWords, shortNames,
                    false, sameSpeakerOverlap, 0);
        }

        /** Speakers compared by their names only ({@code shortNames} off), as before session 13. */
        public Config(double sameSpeakerOverlap, double nearIdentical, int minimumWords, int commonWordGroups,
                      int commonWordCandidates, int topicStatements, double topicShare, double unnamedOverlap,
                      double sameFormDice) {
            this(sameSpeakerOverlap, nearIdentical, minimumWords, commonWordGroups, commonWordCandidates,
                    topicStatements, topicShare, unnamedOverlap, sameFormDice, sameSpeakerOverlap, 0, false);
        }

        /** Without topic words and without the same-form rule: every shared word counts, as before session 9. */
        public Config(double sameSpeakerOverlap, double nearIdentical, int minimumWords, int commonWordGroups,
                      int commonWordCandidates) {
            this(sameSpeakerOverlap, nearIdentical, minimumWords, commonWordGroups, commonWordCandidates,
                    Integer.MAX_VALUE, 1, 2, 0);
        }
    }

    private static final class Group {
        /** Position among the story's groups: the earlier of two equally good groups wins. */
        final int order;
        final String speaker;
        /** Its words' ids, in increasing order. */
        final int[] words;
        /** How many of {@link #words} are topic words of the story. */
        final int topicWords;
        /** The latest article (its position in the story) holding a statement of the group. */
        int lastArticle = -1;
        /** Whether the group holds a statement of {@link #lastArticle} in the speaker's own words, a reported one. */
        boolean ownWordsThere;
        boolean reportedThere;
        /** The earliest and latest publication time (epoch seconds) of its articles that give one. */
        long firstSecond = Long.MAX_VALUE;
        long lastSecond = Long.MIN_VALUE;
        final List<QuoteCitation> citations = new ArrayList<>();
        final Set<String> outlets = new LinkedHashSet<>();
        String namedSpeaker;
        String text;
        boolean direct;

        Group(int order, String speaker, int[] words, int topicWords, Quote first) {
            this.order = order;
            this.speaker = speaker;
            this.words = words;
            this.topicWords = topicWords;
            this.namedSpeaker = first.speaker();
            this.text = first.text();
            this.direct = first.direct();
        }

        /** Notes a statement of the group in the article at {@code article}, in the given form. */
        void holds(int article, boolean ownWords, long second) {
            if (second != UNKNOWN) {
                firstSecond = Math.min(firstSecond, second);
                lastSecond = Math.max(lastSecond, second);
            }
            if (article != lastArticle) {
                lastArticle = article;
                ownWordsThere = false;
                reportedThere = false;
            }
            ownWordsThere |= ownWords;
            reportedThere |= !ownWords;
        }
    }

    /** An article without a publication time. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final Config config;
    private final QuoteLexicon lexicon;

    public SpeakerQuoteMerger() {
        this(Config.DEFAULT);
    }

    public SpeakerQuoteMerger(Config config) {
        this.config = config;
        this.lexicon = QuoteLexicon.INDONESIAN;
    }

    @Override
    public List<StoryQuote> merge(List<Article> articles) {
        StatementWords statementWords = new StatementWords(lexicon,
                config.nearSynonyms() ? NearSynonyms.INDONESIAN : null);
        StatementForm form = StatementForm.INDONESIAN;
        List<Group> groups = new ArrayList<>();
        Map<String, GroupIndex> bySpeaker = new HashMap<>();
        GroupIndex unnamed = new GroupIndex();
        GroupIndex all = new GroupIndex();
        SharedWords tally = new SharedWords();
        GroupSizes sizes = new GroupSizes();
        // each statement's words as the story's word ids, in the order its word set iterates (the order every
        // tie-break below reads them in)
        List<int[]> wordsOf = new ArrayList<>();
        Map<String, Integer> wordIds = new HashMap<>();
        int[] statementsWith = new int[64];
        for (Article article : articles) {
            for (Quote quote : article.quotes()) {
                Set<String> words = statementWords.of(quote.text());
                int[] ids = new int[words.size()];
                int k = 0;
                for (String w : words) {
                    Integer id = wordIds.putIfAbsent(w, wordIds.size());
                    int at = id == null ? wordIds.size() - 1 : id;
                    if (at == statementsWith.length) {
                        statementsWith = Arrays.copyOf(statementsWith, at * 2);
                    }
                    statementsWith[at]++;
                    ids[k++] = at;
                }
                wordsOf.add(ids);
            }
        }
        StorySpeakers speakers = config.shortNames() ? StorySpeakers.of(articles) : null;
        int topic = (int) Math.max(config.topicStatements(), Math.ceil(config.topicShare() * wordsOf.size()));
        boolean[] topicWords = new boolean[wordIds.size()];
        for (int w = 0; w < topicWords.length; w++) {
            topicWords[w] = statementsWith[w] >= topic;
        }
        int next = 0;
        int position = -1;
        for (Article article : articles) {
            position++;
            String outlet = article.outlet() != null ? article.outlet() : "article:" + article.id();
            long second = article.published() != null ? article.published().instant().toEpochSecond() : UNKNOWN;
            for (Quote quote : article.quotes()) {
                int[] words = wordsOf.get(next++);
                int topicCount = 0;
                for (int w : words) {
                    if (topicWords[w]) {
                        topicCount++;
                    }
                }
                int[] topicOwn = new int[topicCount];
                topicCount = 0;
                for (int w : words) {
                    if (topicWords[w]) {
                        topicOwn[topicCount++] = w;
                    }
                }
                Statement statement = new Statement(
                        speakers != null ? speakers.key(quote.speaker()) : speakerKey(quote.speaker()), words, topicOwn, position,
                        quote.direct() || form.firstPerson(quote.text()), outlet, second);
                String speaker = statement.speaker();
                Group group = bestGroup(statement, bySpeaker, unnamed, all, groups, tally, sizes);
                if (group == null) {
                    int[] sorted = words.clone();
                    Arrays.sort(sorted);
                    group = new Group(groups.size(), speaker, sorted, topicOwn.length, quote);
                    groups.add(group);
                    sizes.add(group.order, sorted.length, topicOwn.length, speaker == null);
                    GroupIndex own = speaker == null ? unnamed
                            : bySpeaker.computeIfAbsent(speaker, k -> new GroupIndex());
                    for (int w : words) {
                        own.add(w, group.order);
                        all.add(w, group.order);
                    }
                } else {
                    if (group.namedSpeaker == null && quote.speaker() != null) {
                        group.namedSpeaker = quote.speaker();
                    }
                    if (!group.direct && quote.direct()) {
                        group.text = quote.text();
                        group.direct = true;
                    }
                }
                group.holds(position, statement.ownWords(), second);
                group.citations.add(new QuoteCitation(article.id(), quote.id()));
                group.outlets.add(outlet);
            }
        }
        List<StoryQuote> merged = new ArrayList<>(groups.size());
        for (Group g : groups) {
            merged.add(new StoryQuote(g.namedSpeaker, g.text, g.citations, g.outlets.size()));
        }
        return merged;
    }

    /**
     * The group the statement joins, or null. Candidates are the groups sharing a word with it, counted
     * through the word indexes into {@code tally} and examined in their order, so the result never depends on
     * hashing. Groups are indexed by speaker ({@code bySpeaker}, lower-cased; {@code unnamed} for none): a
     * statement with a speaker can join only a group of the same speaker or of none, so only those two
     * indexes are counted; a statement without a speaker counts the index of every group ({@code all}: one
     * look-up per word, not one per word and speaker).
     */
    private Group bestGroup(Statement statement, Map<String, GroupIndex> bySpeaker, GroupIndex unnamed,
                            GroupIndex all, List<Group> groups, SharedWords tally, GroupSizes sizes) {
        String speaker = statement.speaker();
        int[] words = statement.words();
        int[] topicOwn = statement.topicWords();
        int[] namedWide = new int[words.length];
        int[] unnamedWide = new int[words.length];
        int namedWideCount = 0;
        int unnamedWideCount;
        if (speaker == null) {
            unnamedWideCount = count(words, all, tally, unnamedWide);
        } else {
            namedWideCount = count(words, bySpeaker.getOrDefault(speaker, GroupIndex.EMPTY), tally, namedWide);
            unnamedWideCount = count(words, unnamed, tally, unnamedWide);
        }
        int[] touched = tally.touched();
        int[] counts = new int[touched.length];
        for (int i = 0; i < touched.length; i++) {
            counts[i] = tally.take(touched[i]);
        }
        boolean bounded = namedWideCount > 0 || unnamedWideCount > 0;
        Group best = null;
        double bestScore = 0;
        for (int i : bounded ? SharedWords.mostShared(counts, config.commonWordCandidates()) : SharedWords.allOf(counts.length)) {
            // the shared words are at most the counted ones and every wide word: a group that cannot match even so
            // (or cannot beat the best so far) is passed over unread (GroupSizes)
            int wide = speaker != null && !sizes.unnamed(touched[i]) ? namedWideCount : unnamedWideCount;
            if (!sizes.mayMatch(touched[i], speaker != null, words.length, topicOwn.length, counts[i] + wide, bestScore,
                    config)) {
                continue;
            }
            Group g = groups.get(touched[i]);
            int common = counts[i] + (speaker != null && g.speaker != null ? shared(g, namedWide, namedWideCount)
                    : shared(g, unnamedWide, unnamedWideCount));
            int own = words.length - topicOwn.length;
            int theirs = g.words.length - g.topicWords;
            int smaller = Math.min(own, theirs);
            int content = common - shared(g, topicOwn, topicOwn.length);
            double jaccard = (double) common / (words.length + g.words.length - common);
            double overlap = smaller <= 0 ? 0 : (double) content / smaller;
            boolean sameSpeaker = speaker != null && speaker.equals(g.speaker);
            boolean sameForm = g.lastArticle == statement.article()
                    && (statement.ownWords() ? g.ownWordsThere : g.reportedThere);
            boolean repeat = !sameForm || own + theirs > 0 && 2.0 * content / (own + theirs) >= config.sameFormDice();
            boolean oneUnnamed = speaker == null || g.speaker == null;
            int smallerAll = Math.min(words.length, g.words.length);
            boolean contained = config.containedWords() > 0 && smallerAll >= config.containedWords()
                    && common == smallerAll;
            double needed = g.lastArticle == statement.article() ? config.sameSpeakerOverlap() : config.acrossOverlap();
            if (sameSpeaker && statement.second() != UNKNOWN && g.lastSecond != UNKNOWN
                    && !g.outlets.contains(statement.outlet())
                    && statement.second() >= g.firstSecond - 3600L * config.outletHours()
                    && statement.second() <= g.lastSecond + 3600L * config.outletHours()) {
                needed = Math.min(needed, config.outletOverlap());
            }
            boolean match = sameSpeaker && (smaller >= config.minimumWords() && overlap >= needed || contained) && repeat
                    || (sameSpeaker || oneUnnamed) && jaccard >= config.nearIdentical()
                    || oneUnnamed && smaller >= config.minimumWords() && overlap >= config.unnamedOverlap();
            double score = jaccard + overlap;
            if (match && score > bestScore) {
                best = g;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A statement as compared: its speaker key (null for none), content words and the story's topic words among
     * them, the position of its article in the story, whether it is in the speaker's own words, its article's
     * outlet and publication time (epoch seconds, {@link #UNKNOWN} when not given).
     */
    private record Statement(String speaker, int[] words, int[] topicWords, int article,
                             boolean ownWords, String outlet, long second) {
    }

    /**
     * Counts the statement's words into {@code tally} through {@code index}. A word held by more than
     * {@link Config#commonWordGroups()} groups goes to {@code wide}, to be counted for each candidate by
     * {@link #shared}: candidates come from the statement's other words, or, when every word it has in the
     * index is that common, from the latest {@link Config#commonWordCandidates()} groups of the least common one.
     */
    private int count(int[] words, GroupIndex index, SharedWords tally, int[] wide) {
        if (index.isEmpty()) {
            return 0;
        }
        int common = config.commonWordGroups();
        boolean counted = false;
        int narrowest = -1;
        int narrowestSize = 0;
        int m = 0;
        for (int w : words) {
            int size = index.size(w);
            if (size == 0) {
                continue;
            }
            if (size <= common) {
                counted = true;
                int[] list = index.groups(w);
                for (int p = 0; p < size; p++) {
                    tally.count(list[p]);
                }
            } else {
                wide[m++] = w;
                if (narrowest < 0 || size < narrowestSize) {
                    narrowest = w;
                    narrowestSize = size;
                }
            }
        }
        if (!counted && narrowest >= 0) {
            int[] list = index.groups(narrowest);
            for (int p = narrowestSize - config.commonWordCandidates(); p < narrowestSize; p++) {
                tally.mark(list[p]);
            }
        }
        return m;
    }

    /**
     * The speaker as compared: lower case, letters and digits only, so that spellings of one canonical name that
     * differ in spaces or punctuation ("Deddy Mizwar-Ahmad Syaikhu", "Deddy Mizwar - Ahmad Syaikhu") are one.
     */
    static String speakerKey(String speaker) {
        if (speaker == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(speaker.length());
        boolean ascii = true;
        for (int i = 0; i < speaker.length(); ) {
            int c = speaker.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                int folded = c | 0x20;
                if (folded >= 'a' && folded <= 'z' || c >= '0' && c <= '9') {
                    key.append((char) (c >= 'A' && c <= 'Z' ? folded : c));
                }
            } else if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
                ascii = false;
            }
        }
        // ASCII letters are lower-cased as they are read; any other letter leaves it to String's rules
        return key.length() == 0 ? null : ascii ? key.toString() : key.toString().toLowerCase(Locale.ROOT);
    }

    /** How many of the first {@code count} {@code wide} words the group holds. */
    private static int shared(Group g, int[] wide, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (Arrays.binarySearch(g.words, wide[i]) >= 0) {
                n++;
            }
        }
        return n;
    }
}
