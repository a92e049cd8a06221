package dev.intisari.core.clean;

import dev.intisari.core.time.PageDateParser;
import dev.intisari.model.Published;
import dev.intisari.model.RemovalKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies every input line as title, heading, body or removed (with a {@link RemovalKind}) and writes
 * the result into an {@link ArticleBuilder}. Line rules come first, then passes that need context: the title,
 * the headline after a "Baca juga" label, the dateline at the start of the first paragraph, end markers, and
 * section headings. Every non-blank line ends up either in the text or in {@code removed}; nothing is dropped.
 * Precision first: a line longer than a few sentences is never removed, and context rules only fire on
 * headline-shaped lines.
 */
final class LineClassifier {
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "(?iu)(?:diterbitkan|dipublikasikan|dipublikasi|diperbarui|diunggah|terbit|published|updated|posted|tanggal"
                    + "|veröffentlicht|aktualisiert|erschienen|datum|publikacja|aktualizacja|publicado|actualizado|publié)"
                    + "\\s*(?:pada|on)?\\s*[:\\-–]?\\s*(?<d>.{8,60})");
    private static final Pattern TAGS = Pattern.compile("(?iu)(?:tags?|topik|tagar|kata\\s+kunci|label|kategori|kategorie|kategorien|kategoria"
            + "|category|categories|categoría|categoria|catégorie|schlagworte|schlagwörter|stichworte)\\s*:.{0,300}");
    private static final Pattern TRAILING = Pattern.compile(
            "(?u)\\s+(?<m>[(\\[]\\s*(?:\\*+|\\p{L}{2,6}(?:\\s*/\\s*\\p{L}{2,6}){1,3})\\s*[)\\]])\\s*$");
    private static final Pattern LABEL_MANY = Pattern.compile("(?iu).*(?:terkait|related).*");
    private static final Pattern SECOND_SENTENCE = Pattern.compile("(?u)[.!?]\\s+\\p{Lu}");
    private static final Pattern META_SEPARATOR = Pattern.compile("\\s*[|•]\\s*");
    /** Longest piece (in words) beside the date on a meta line. */
    private static final int META_PIECE_WORDS = 4;
    private static final int MAX_REMOVABLE = 400;
    private static final int MAX_ANYWHERE = 300;
    private static final int SECTION_LENGTH = 60;
    private static final Set<String> TAG_WORDS = Set.of("tag", "tags", "topik", "tagar", "kata", "label", "kategori",
            "kategorie", "kategorien", "kategoria", "category", "categories", "categoría", "categoria", "catégorie",
            "schlagworte", "schlagwörter", "stichworte");
    private static final int HEADLINE_WORDS = 22;
    private static final int HEADING_WORDS = 12;
    private static final int RELATED_RUN = 5;
    /** A video or photo teaser in a list of related links ("Video : Mengenal ..."). */
    private static final Pattern MEDIA_TEASER = Pattern.compile("(?iu)(?:video|foto)\\s*:\\s*");
    private static final int TITLE_WINDOW = 10;

    private final List<LineRule> rules = new ArrayList<>();
    /** The rules in file order that can fire on a line starting with a given word; {@code unfiltered} otherwise. */
    private final Map<String, List<LineRule>> byHead = new HashMap<>();
    private final List<LineRule> unfiltered = new ArrayList<>();
    private final Set<String> sections = new HashSet<>();
    private final CreditReader credits = new CreditReader();
    private final WireAliases wires = new WireAliases();
    private final DatelineReader datelines = new DatelineReader(wires.names());

    LineClassifier() {
        for (String[] row : RuleSet.pairs("line-rules.tsv")) {
            rules.add(LineRule.parse(row[0], row[1]));
        }
        for (LineRule rule : rules) {
            if (rule.firstWords().isEmpty()) {
                unfiltered.add(rule);
            }
            for (String word : rule.firstWords()) {
                byHead.putIfAbsent(word, new ArrayList<>());
            }
        }
        for (Map.Entry<String, List<LineRule>> e : byHead.entrySet()) {
            for (LineRule rule : rules) {
                if (rule.firstWords().isEmpty() || rule.firstWords().contains(e.getKey())) {
                    e.getValue().add(rule);
                }
            }
        }
        for (String s : RuleSet.lines("sections.txt")) {
            sections.add(s.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Classifies {@code lines} into {@code out}.
     *
     * @param givenTitle the article's known title (a first line repeating it is removed as kind title), or null
     * @param guessTitle whether a headline-shaped first line may become the title when none is given
     */
    void classify(List<InputLine> lines, String givenTitle, boolean guessTitle, String knownOutlet, ArticleBuilder out) {
        int n = lines.size();
        String[] text = new String[n];
        Verdict[] v = new Verdict[n];
        for (int i = 0; i < n; i++) {
            text[i] = normalise(lines.get(i).text());
            v[i] = text[i].isEmpty() ? Verdict.BLANK : byRules(text[i]);
            if (lines.get(i).dropped()) {
                v[i] = dropped(v[i]);
            }
        }
        markTitle(text, v, givenTitle, guessTitle && givenTitle == null);
        markRelatedAfterLabels(text, v);
        NeighbourRules.apply(text, v);
        Dateline dateline = null;
        int datelineAt = -1;
        for (int i = 0, bodies = 0; i < n && bodies < 2; i++) {
            if (v[i].role() != Verdict.Role.BODY) {
                continue;
            }
            Optional<Dateline> d = datelines.read(text[i], knownOutlet);
            if (d.isPresent()) {
                dateline = d.get();
                datelineAt = i;
                break;
            }
            if (!headlineLike(text[i])) {
                break;
            }
            bodies++;
        }
        markHeadings(lines, text, v);
        for (int i = 0; i < n; i++) {
            int number = lines.get(i).number();
            Verdict verdict = v[i];
            switch (verdict.role()) {
                case BLANK -> { }
                case TITLE -> out.title(text[i]);
                case HEADING -> out.paragraph(text[i], true);
                case REMOVED, RELATED_LABEL -> emitRemoved(text[i], verdict, number, out);
                case BODY -> {
                    String body = text[i];
                    if (i == datelineAt) {
                        out.removed(dateline.prefix(), RemovalKind.DATELINE, number);
                        out.place(dateline.place());
                        out.outlet(dateline.outlet());
                        body = body.substring(dateline.length()).strip();
                    }
                    String marker = null;
                    Matcher m = endsWithBracket(body) ? TRAILING.matcher(body) : null;
                    if (m != null && m.find()) {
                        marker = m.group("m");
                        body = body.substring(0, m.start()).strip();
                    }
                    if (!body.isEmpty()) {
                        out.paragraph(body, false);
                        out.wire(wires.cued(body));
                    }
                    if (marker != null) {
                        out.removed(marker, marker.contains("*") ? RemovalKind.OTHER : RemovalKind.CREDIT, number);
                    }
                }
                default -> throw new IllegalStateException(verdict.role().name());
            }
        }
    }

    private void emitRemoved(String line, Verdict verdict, int number, ArticleBuilder out) {
        RemovalKind kind = verdict.kind() == null ? RemovalKind.RELATED : verdict.kind();
        out.removed(line, kind, number);
        if (verdict.headline() != null) {
            out.related(verdict.headline());
        }
        out.wire(verdict.wire());
        for (String[] credit : verdict.credits()) {
            out.credit(credit[0], credit[1]);
        }
        if (verdict.published() != null) {
            out.published(verdict.published());
        }
    }

    /** A block the extractor dropped: only a removal it names counts (without a page date); the rest is gone. */
    private static Verdict dropped(Verdict v) {
        if (v.role() == Verdict.Role.RELATED_LABEL) {
            return Verdict.removed(RemovalKind.RELATED);
        }
        if (v.role() != Verdict.Role.REMOVED || v.kind() == RemovalKind.DATE) {
            return Verdict.BLANK;
        }
        return new Verdict(v.role(), v.kind(), v.headline(), v.wire(), v.credits(), null);
    }

    /** The verdict of the context-free rules for one non-blank line. */
    Verdict byRules(String line) {
        if (line.length() > MAX_REMOVABLE) {
            return Verdict.BODY;
        }
        Published date = date(line);
        if (date != null) {
            return new Verdict(Verdict.Role.REMOVED, RemovalKind.DATE, null, List.of(), List.of(), date);
        }
        if (line.length() <= 80 && containsDigit(line) && ForeignDateLine.matches(line)) {
            return Verdict.removed(RemovalKind.DATE);
        }
        String head = firstWord(line);
        String lower = null;
        if (line.length() < SECTION_LENGTH && sections.contains(stripColon(lower = line.toLowerCase(Locale.ROOT)))
                || TAG_WORDS.contains(head) && TAGS.matcher(line).matches()) {
            return Verdict.removed(RemovalKind.SECTION);
        }
        List<String[]> named = credits.credits(line, head);
        if (named != null) {
            return new Verdict(Verdict.Role.REMOVED, RemovalKind.CREDIT, null, List.of(), named, null);
        }
        named = credits.byline(line);
        if (named != null) {
            return new Verdict(Verdict.Role.REMOVED, RemovalKind.BYLINE, null, List.of(), named, null);
        }
        List<LineRule> candidates = byHead.getOrDefault(head, unfiltered);
        for (int r = 0; r < candidates.size(); r++) {
            LineRule rule = candidates.get(r);
            if (rule.anywhere() && line.length() > MAX_ANYWHERE) {
                continue;
            }
            if (lower == null && !rule.needs().isEmpty()) {
                lower = line.toLowerCase(Locale.ROOT);
            }
            Matcher m = rule.fire(line, lower, head);
            if (m == null) {
                continue;
            }
            if (rule.kind() == RemovalKind.RELATED) {
                if (!rule.headline()) {
                    return new Verdict(Verdict.Role.RELATED_LABEL, null, null, List.of(), List.of(), null);
                }
                String headline = LineKeys.headline(m.group("h"));
                if (headline.isEmpty() || words(headline) > HEADLINE_WORDS + 8) {
                    continue;
                }
                return Verdict.related(headline);
            }
            if (rule.wire()) {
                return new Verdict(Verdict.Role.REMOVED, rule.kind(), null, wires.all(m.group("w")), List.of(), null);
            }
            return Verdict.removed(rule.kind());
        }
        return Verdict.BODY;
    }

    private static Published date(String line) {
        if (line.length() > 80 || !containsDigit(line)) {
            return null;
        }
        Optional<Published> p = PageDateParser.parse(line, "text");
        if (p.isEmpty()) {
            Matcher m = DATE_PREFIX.matcher(line);
            if (m.matches()) {
                p = PageDateParser.parse(m.group("d"), "text");
            }
        }
        return p.isPresent() ? p.get() : metaLineDate(line);
    }

    /**
     * The date of a page's meta line: short pieces separated by "|" or "•" ("Dian Lestari | Minggu, 11 Mei
     * 2025 08:30 WITA"), one of them a date and the others a few words each (a name, a section).
     */
    private static Published metaLineDate(String line) {
        if (line.indexOf('|') < 0 && line.indexOf('•') < 0) {
            return null;
        }
        Published found = null;
        for (String piece : META_SEPARATOR.split(line)) {
            String s = piece.strip();
            if (s.isEmpty()) {
                continue;
            }
            Optional<Published> p = found == null && containsDigit(s) ? PageDateParser.parse(s, "text") : Optional.empty();
            if (p.isPresent()) {
                found = p.get();
            } else if (words(s) > META_PIECE_WORDS || s.endsWith(".")) {
                return null;
            }
        }
        return found;
    }

    private void markTitle(String[] text, Verdict[] v, String givenTitle, boolean guess) {
        int first = nextNonBlank(v, 0);
        if (first < 0) {
            return;
        }
        if (givenTitle != null) {
            String wanted = LineKeys.key(givenTitle);
            for (int i = first, seen = 0; i >= 0 && seen < TITLE_WINDOW; i = nextNonBlank(v, i + 1), seen++) {
                if (v[i].role() == Verdict.Role.BODY && !wanted.isEmpty()
                        && lettersAndDigits(text[i]) <= wanted.length() && LineKeys.key(text[i]).equals(wanted)) {
                    v[i] = Verdict.removed(RemovalKind.TITLE);
                    return;
                }
            }
            return;
        }
        if (guess && v[first].role() == Verdict.Role.BODY && headlineLike(text[first]) && titleShaped(text[first])
                && datelines.read(text[first]).isEmpty() && hasBodyAfter(v, first)) {
            v[first] = Verdict.TITLE;
        }
    }

    private void markRelatedAfterLabels(String[] text, Verdict[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i].role() != Verdict.Role.RELATED_LABEL) {
                continue;
            }
            int run = LABEL_MANY.matcher(text[i]).matches() ? RELATED_RUN : 1;
            int last = -1;
            for (int j = nextNonBlank(v, i + 1); j >= 0 && run > 0; j = nextNonBlank(v, j + 1), run--) {
                if (v[j].role() != Verdict.Role.BODY || !headlineLike(text[j])) {
                    break;
                }
                v[j] = Verdict.related(LineKeys.headline(text[j]));
                last = j;
            }
            if (last >= 0) {
                extendRelatedList(text, v, last);
            }
        }
    }

    /**
     * The list after a "Baca juga" label goes on while headlines stand between removed list items: a
     * headline-shaped line between a related headline and a video or photo teaser ("Video : ...") or another
     * related link is one more item, and such a teaser closing the list is a related link, not a caption.
     */
    private static void extendRelatedList(String[] text, Verdict[] v, int last) {
        for (int j = nextNonBlank(v, last + 1); j >= 0; j = nextNonBlank(v, j + 1)) {
            int k = nextNonBlank(v, j + 1);
            if (k < 0 || v[j].role() != Verdict.Role.BODY || !headlineLike(text[j]) || !listItem(text[k], v[k])) {
                return;
            }
            v[j] = Verdict.related(LineKeys.headline(text[j]));
            if (v[k].kind() != RemovalKind.RELATED) {
                v[k] = Verdict.related(LineKeys.headline(MEDIA_TEASER.matcher(text[k]).replaceFirst("")));
            }
            j = k;
        }
    }

    private static boolean listItem(String line, Verdict verdict) {
        return verdict.role() == Verdict.Role.REMOVED && (verdict.kind() == RemovalKind.RELATED
                && verdict.headline() != null || MEDIA_TEASER.matcher(line).lookingAt() && headlineLike(line));
    }

    private static void markHeadings(List<InputLine> lines, String[] text, Verdict[] v) {
        boolean bodySeen = false;
        for (int i = 0; i < v.length; i++) {
            if (v[i].role() != Verdict.Role.BODY) {
                continue;
            }
            boolean markup = lines.get(i).heading() && words(text[i]) <= HEADLINE_WORDS;
            int next = nextNonBlank(v, i + 1);
            boolean shaped = bodySeen && headingLike(text[i]) && next >= 0 && v[next].role() == Verdict.Role.BODY;
            if (markup || shaped) {
                v[i] = Verdict.HEADING;
            } else {
                bodySeen = true;
            }
        }
    }

    private static boolean hasBodyAfter(Verdict[] v, int i) {
        for (int j = i + 1; j < v.length; j++) {
            if (v[j].role() == Verdict.Role.BODY) {
                return true;
            }
        }
        return false;
    }

    private static int nextNonBlank(Verdict[] v, int from) {
        for (int i = from; i < v.length; i++) {
            if (v[i].role() != Verdict.Role.BLANK) {
                return i;
            }
        }
        return -1;
    }

    /** A headline: short, starts with a letter, digit or quote, does not end like a sentence. */
    static boolean headlineLike(String line) {
        if (line.isEmpty() || line.length() > 200 || moreWordsThan(line, HEADLINE_WORDS)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = line.charAt(0);
        return last != '.' && last != ',' && last != ';' && last != ':'
                && (Character.isLetterOrDigit(first) || first == '"' || first == '“' || first == '\'');
    }

    /** A guessed title is one statement: no question or exclamation at the end, no second sentence. */
    private static boolean titleShaped(String line) {
        char last = line.charAt(line.length() - 1);
        return last != '?' && last != '!' && !SECOND_SENTENCE.matcher(line).find();
    }

    /** A section heading inside the body: a short line that starts upper case and has no final punctuation. */
    static boolean headingLike(String line) {
        if (line.isEmpty() || line.length() > 100 || moreWordsThan(line, HEADING_WORDS)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char first = line.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && Character.isLetterOrDigit(last);
    }

    private static String stripColon(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The first run of letters of a line in lower case, after leading brackets, quotes and blanks. */
    static String firstWord(String line) {
        int i = 0;
        while (i < line.length() && !Character.isLetter(line.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < line.length() && Character.isLetter(line.charAt(i))) {
            i++;
        }
        return line.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /**
     * Drops invisible characters, turns every run of blanks (no-break spaces too) into one space, strips, and
     * repairs UTF-8 that was read as Windows-1252 ({@link Mojibake}: "â€œ" is "“").
     */
    static String normalise(String raw) {
        String line = raw;
        int n = line.length();
        int start = 0;
        int end = n;
        while (start < end && line.charAt(start) == ' ') {
            start++;
        }
        while (end > start && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (plain(line, start, end)) {
            return start == 0 && end == n ? line : line.substring(start, end);
        }
        line = Mojibake.repair(line); // blanks at either end are dropped by the loop below
        start = 0;
        end = line.length();
        char[] out = new char[end - start];
        int len = 0;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (c <= ' ' || c == '\u00A0' || c >= '\u2000' && (c <= '\u200A' || c == '\u2007' || c == '\u202F'
                    || c == '\u3000' || c == '\u2028' || c == '\u2029')) {
                space = len > 0;
            } else {
                if (space) {
                    out[len++] = ' ';
                    space = false;
                }
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    /**
     * True when {@code line[start, end)} has no double blanks and no character that needs normalising. The
     * double blank is found by {@link String#indexOf(String)} (vectorised), so the loop only compares ranges.
     */
    private static boolean plain(String line, int start, int end) {
        int twice = line.indexOf("  ", start);
        if (twice >= 0 && twice < end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c < ' ' || c >= '\u00C2' && c <= '\u00F4' // a letter, or the first of a mis-read UTF-8 sequence
                    || c >= '\u007F' && !(c >= '\u00A0' && (Character.isLetterOrDigit(c) || c == '\u201C'
                    || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2013' || c == '\u2014'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithBracket(String s) {
        return !s.isEmpty() && (s.charAt(s.length() - 1) == ')' || s.charAt(s.length() - 1) == ']');
    }

    /** Letters and digits of {@code s}: a line with more of them than a key has characters cannot match it. */
    private static int lettersAndDigits(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code s} has more than {@code limit} words; stops counting past the limit. */
    static boolean moreWordsThan(String s, int limit) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in && ++count > limit) {
                return true;
            }
            in = !space;
        }
        return false;
    }

    static int words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                count++;
            }
            in = !space;
        }
        return count;
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
