package dev.intisari.core.time;

import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.DateMention;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.TimelineEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story's timeline from its dated sentences. Each sentence with a resolved date becomes a statement dated by
 * its most precise date (a day before a month before a year); its text is the sentence, or the clauses around
 * the date when the sentence is long (a substring, so nothing is added). Statements with the same date whose
 * content words overlap are one event told by several articles: they merge, citing every sentence. The
 * publication day's own "hari ini" is no event. The most informative statements are kept (day precision, more
 * sources, a date other than the publication day; at most {@code maxEntries}, see timeline.properties), then
 * ordered by date, coarse dates before the days inside them. A date that is only a reference point ("kontak
 * pertama sejak Oktober 2022") dates no sentence, and history told as background (a date more than
 * {@code historicalYears} before the story's first article, see timeline.properties) ranks below every recent
 * statement: it fills a timeline only where the story has fewer recent ones. A sentence that begins inside a
 * quotation opened before it makes no entry of its own (it would start mid-statement).
 */
public final class DatedSentenceTimeline implements TimelineBuilder {
    /** Lowers a historical statement below the lowest recent one (a year from one source ranks 2). */
    private static final int HISTORY_PENALTY = 4;

    private final int maxEntries;
    private final int maxPerArticle;
    private final int maxPerDate;
    private final double mergeOverlap;
    private final int maxChars;
    private final int minWords;
    private final Set<String> sinceWords;
    private final Set<String> referenceWords;
    private final Set<String> weekWords;
    private final Set<String> weekendWords;
    private final int historicalYears;

    public DatedSentenceTimeline() {
        Properties p = new Properties();
        try (InputStream in = DatedSentenceTimeline.class.getResourceAsStream("timeline.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        maxEntries = Integer.parseInt(p.getProperty("maxEntries"));
        maxPerArticle = Integer.parseInt(p.getProperty("maxPerArticle"));
        maxPerDate = Integer.parseInt(p.getProperty("maxPerDate"));
        mergeOverlap = Double.parseDouble(p.getProperty("mergeOverlap"));
        maxChars = Integer.parseInt(p.getProperty("maxChars"));
        minWords = Integer.parseInt(p.getProperty("minWords"));
        sinceWords = words(p.getProperty("sinceWords"));
        referenceWords = words(p.getProperty("referenceWords"));
        weekWords = words(p.getProperty("weekWords", "pekan,sepekan,minggu,seminggu"));
        weekendWords = words(p.getProperty("weekendWords", "akhir,penghujung"));
        historicalYears = Integer.parseInt(p.getProperty("historicalYears"));
    }

    /** The comma-separated words of a setting; an empty entry (",," or a leading comma) is no word. */
    private static Set<String> words(String list) {
        return Arrays.stream(list.split(",")).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** A statement being built: its date, text, content words, citations and rank. */
    private static final class Statement {
        final String date;
        final String text;
        /** Its content words' ids in the story ({@link TimelineVocabulary}), ascending. */
        final int[] words;
        final Set<Citation> citations = new LinkedHashSet<>();
        final boolean publicationDay;
        final boolean historical;
        final int order;

        Statement(String date, String text, int[] words, Citation first, boolean publicationDay,
                  boolean historical, int order) {
            this.date = date;
            this.text = text;
            this.words = words;
            this.citations.add(first);
            this.publicationDay = publicationDay;
            this.historical = historical;
            this.order = order;
        }

        /** Precision, sources, not the publication day; history ranks below every recent statement. */
        int rank() {
            return 3 * date.length() / 10 + 2 * (citations.size() - 1) + (publicationDay ? 0 : 1)
                    - (historical ? HISTORY_PENALTY : 0);
        }
    }

    @Override
    public List<TimelineEntry> build(List<Article> articles) {
        List<Statement> statements = new ArrayList<>();
        Map<String, List<Statement>> byDate = new HashMap<>();
        TimelineVocabulary vocabulary = new TimelineVocabulary();
        int order = 0;
        int firstYear = articles.stream().filter(a -> a.published() != null)
                .mapToInt(a -> a.published().date().getYear()).min().orElse(Integer.MIN_VALUE + historicalYears);
        for (Article a : articles) {
            String published = a.published() == null ? null : a.published().date().toString();
            int taken = 0;
            for (Sentence s : a.sentences()) {
                DateMention best = bestDate(a, s, published);
                if (best == null) {
                    continue;
                }
                Span part = clauses(a.text(), s.span(), best.span());
                String text = part.of(a.text()).strip();
                if (whitespaceWords(text) < minWords) {
                    continue; // too short to state anything: its content words are not needed
                }
                int[] words = vocabulary.contentWords(a, part);
                if (words.length < minWords / 2) {
                    continue;
                }
                Citation cite = new Citation(a.id(), s.index());
                List<Statement> sameDate = byDate.computeIfAbsent(best.value(), k -> new ArrayList<>());
                Statement same = null;
                for (int k = 0; k < sameDate.size() && same == null; k++) {
                    same = TimelineVocabulary.overlap(sameDate.get(k).words, words) >= mergeOverlap ? sameDate.get(k) : null;
                }
                if (same != null) {
                    same.citations.add(cite);
                } else if (taken < maxPerArticle && sameDate.size() < maxPerDate
                        && !TimelineWords.continuesQuotation(text)) {
                    Statement added = new Statement(best.value(), text, words, cite, best.value().equals(published),
                            TimelineWords.year(best.value()) < firstYear - historicalYears, order++);
                    statements.add(added);
                    sameDate.add(added);
                    taken++;
                }
            }
        }
        List<Statement> kept = statements.stream()
                .sorted(Comparator.comparingInt(Statement::rank).reversed().thenComparingInt(x -> x.order))
                .limit(maxEntries)
                .sorted(Comparator.comparing((Statement x) -> x.date).thenComparingInt(x -> x.order))
                .toList();
        return kept.stream().map(x -> new TimelineEntry(x.date, x.text, List.copyOf(x.citations))).toList();
    }

    /** A week ("pekan lalu" = a day inside it) as the month of that day; any other date as it is. */
    private DateMention asWeek(DateMention d) {
        String text = d.text();
        if (d.value().length() != 10 || TimelineWords.hasDigit(text)) {
            return d;
        }
        boolean week = false;
        // the runs of letters (code points), as splitting at runs of non-letters gives them; the word lists hold no
        // empty word, so the empty piece such a split gives before a leading non-letter never counted
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            String word = text.substring(start, i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (weekendWords.contains(lower)) {
                return d; // "akhir pekan lalu": the weekend's Saturday
            }
            week |= weekWords.contains(lower) && !word.equals("Minggu"); // "Minggu" is Sunday
        }
        return week ? new DateMention(d.text(), d.span(), d.value().substring(0, 7)) : d;
    }

    /**
     * The most precise resolved date of the sentence; the publication day's "hari ini" does not count, nor a
     * reference point.
     */
    private DateMention bestDate(Article a, Sentence sentence, String published) {
        DateMention best = null;
        // whether the sentence holds a reference word, read once and only when a date follows a "since" word
        Boolean referenced = null;
        for (DateMention found : a.dates()) {
            if (found.value() == null || !sentence.span().contains(found.span())) {
                continue;
            }
            DateMention d = asWeek(found);
            boolean boilerplate = d.value().equals(published) && d.text().toLowerCase(Locale.ROOT).startsWith("hari ini");
            if (boilerplate || (best != null && d.value().length() <= best.value().length())) {
                continue;
            }
            if (sinceWords.contains(TimelineWords.wordBefore(a.text(), d.span().start(), sentence.span().start()))
                    || sinceWords.contains(TimelineWords.firstWord(d.text()))) {
                if (referenced == null) {
                    referenced = TimelineWords.anyLowerWord(a.text(), sentence.span(), referenceWords);
                }
                if (referenced) {
                    continue;
                }
            }
            best = d;
        }
        return best;
    }

    /**
     * The sentence, or when it is long its first clauses (cut at ", " and "; ") up to the one holding the date,
     * or, when the date is too far in for that, the clauses around the date; within maxChars when it can be.
     */
    private Span clauses(String text, Span sentence, Span date) {
        if (sentence.length() <= maxChars) {
            return sentence;
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(sentence.start());
        for (int i = sentence.start(); i < sentence.end() - 1; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';') && text.charAt(i + 1) == ' ') {
                cuts.add(i + 2);
            }
        }
        cuts.add(sentence.end());
        int lo = 0;
        if (date.end() - sentence.start() > maxChars) {
            while (lo + 1 < cuts.size() && cuts.get(lo + 1) <= date.start()) {
                lo++; // the date is far in: start at the clause that holds it
            }
        }
        int hi = lo + 1;
        while (hi < cuts.size() && cuts.get(hi) < date.end()) {
            hi++;
        }
        hi = Math.min(hi, cuts.size() - 1);
        while (true) {
            boolean grew = false;
            if (lo > 0 && cuts.get(hi) - cuts.get(lo - 1) <= maxChars) {
                lo--;
                grew = true;
            } else if (hi + 1 < cuts.size() && cuts.get(hi + 1) - cuts.get(lo) <= maxChars) {
                hi++;
                grew = true;
            }
            if (!grew) {
                break;
            }
        }
        int start = cuts.get(lo);
        int end = cuts.get(hi);
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';')) {
            end--;
        }
        return new Span(start, end);
    }

    /**
     * The number of words the text splits into at runs of whitespace (space, tab, line breaks, form feed,
     * vertical tab), as {@code text.split("\\s+").length} counts them for a stripped text.
     */
    static int whitespaceWords(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
