package dev.intisari.core.clean;

import dev.intisari.model.RemovalKind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Line rules that read a line's neighbours, run after the context-free rules:
 * <ul>
 *   <li>a caption sentence ending with a full date ("..., Kamis (13/3/2025).") directly before a removed
 *       photo credit line ("ANTARA FOTO/Name/abc.") is a caption too;</li>
 *   <li>a numbered headline list ("1. Headline", "2. Headline") after a section label ("BERITA TERPOPULER")
 *       is related headlines; so are up to five unnumbered headline lines of five words or more after a label
 *       naming related articles ("BERITA TERKAIT"); a short line (a subheading) ends the list;</li>
 *   <li>the last body line of the article (removed lines such as a copyright may follow) when it is only
 *       "- Agency Name" is a source signature;</li>
 *   <li>that last body line, when it is a name glued by a comma or a full stop to a position that starts with
 *       a word of {@code signature-roles.txt} ("Wawan Sobari.Dosen Magister Ilmu Politik ...", "Dr. Eddy
 *       Soeparno,Wakil Ketua MPR RI"; a full stop may also be followed by a blank), is an opinion column's author
 *       signature: a byline, the name an author. A comma and a blank do not count: "Budi Gunawan, Kepala BIN,
 *       mengatakan ..." is a sentence; after the footnote mark "*)" they do ("*)Name, pemerhati pendidikan ...");</li>
 *   <li>that last body line, when it is a short exclamation in quotation marks right after a promotion (a
 *       programme's slogan closing its invitation to watch), is promotion too.</li>
 * </ul>
 */
final class NeighbourRules {
    private static final Pattern CAPTION_DATE = Pattern.compile(
            "(?u).*\\(\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*(?:19|20)\\d{2}\\s*\\)\\s*\\.?");
    private static final Pattern NUMBERED = Pattern.compile("(?u)(?<n>\\d{1,2})\\s*[.)]\\s+(?<h>[\\p{Lu}\\p{N}\"“'].{8,})");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?u)[-–—]\\s*(?<w>\\p{Lu}[\\p{L}\\p{N}.&'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’]*){0,3})");
    /** A name: an optional academic or religious title, optional initials, then capitalised words. */
    private static final String NAME = "(?:(?:Dr|Prof|Ir|Drs|Dra|Hj?|KH)\\.?\\s+)?(?:(?:\\p{Lu}\\.){1,3}\\s*|\\p{Lu}\\s+)?"
            + "\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?:\\s+(?:\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*|\\p{Lu}\\.?)){0,4}";
    private static final Pattern AUTHOR = Pattern.compile("(?u)(?<name>" + NAME + ")(?:[,.](?=\\p{Lu})|\\.\\s+)(?:"
            + String.join("|", RuleSet.lines("signature-roles.txt")) + ")\\b[^?!\"“”]{0,160}");
    /**
     * An author note after the footnote mark "*)" ("*)Rina Kartika, dosen ilmu pemerintahan ..."): the mark says it is
     * not a sentence, so the position may follow a comma and a blank and start in lower case.
     */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("(?u)\\*\\)\\s*(?<name>" + NAME + ")(?:\\s*,\\s*|\\.\\s*|\\s+adalah\\s+)(?i:"
            + String.join("|", RuleSet.lines("signature-roles.txt")) + ")\\b[^?!\"“”]{0,200}");
    private static final int AUTHOR_WORDS = 30;
    /** A slogan: a short exclamation in quotation marks ("\"Detik Sore, Nggak Cuma Hore-hore!\""). */
    private static final Pattern SLOGAN = Pattern.compile("(?u)[\"“][^\"“”]{3,80}![\"”]");
    private static final int SLOGAN_WORDS = 10;
    private static final int CAPTION_WORDS = 60;
    private static final int LIST_RUN = 12;
    /** Unnumbered headlines after a related label: at most this many, each at least PLAIN_WORDS words. */
    private static final int PLAIN_RUN = 5;
    private static final int PLAIN_WORDS = 5;
    private static final Pattern RELATED_LABEL = Pattern.compile(
            "(?iu)\\b(?:terkait|terpopuler|populer|lainnya|terkini|pilihan|rekomendasi|related|read more|more stories|most read)\\b");

    private NeighbourRules() {
    }

    static void apply(String[] text, Verdict[] v) {
        captionsBeforeCredits(text, v);
        numberedLists(text, v);
        closingSignature(text, v);
    }

    private static void captionsBeforeCredits(String[] text, Verdict[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i].role() != Verdict.Role.BODY) {
                continue;
            }
            int next = next(v, i + 1);
            if (next >= 0 && v[next].role() == Verdict.Role.REMOVED && v[next].kind() == RemovalKind.CAPTION
                    && LineClassifier.words(text[i]) <= CAPTION_WORDS && CAPTION_DATE.matcher(text[i]).matches()) {
                v[i] = Verdict.removed(RemovalKind.CAPTION);
            }
        }
    }

    private static void numberedLists(String[] text, Verdict[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i].role() != Verdict.Role.REMOVED || v[i].kind() != RemovalKind.SECTION) {
                continue;
            }
            int first = next(v, i + 1);
            if (first < 0) {
                continue;
            }
            boolean numbered = NUMBERED.matcher(text[first]).matches();
            if (!numbered && !RELATED_LABEL.matcher(text[i]).find()) {
                continue;
            }
            int expected = 1;
            for (int j = first; j >= 0 && expected <= (numbered ? LIST_RUN : PLAIN_RUN); j = next(v, j + 1), expected++) {
                String headline;
                if (numbered) {
                    var m = NUMBERED.matcher(text[j]);
                    if (!m.matches() || Integer.parseInt(m.group("n")) != expected) {
                        break;
                    }
                    headline = m.group("h").strip();
                } else {
                    headline = text[j];
                    if (LineClassifier.words(headline) < PLAIN_WORDS) {
                        break;
                    }
                }
                if (v[j].role() != Verdict.Role.BODY || !LineClassifier.headlineLike(headline)) {
                    break;
                }
                v[j] = Verdict.related(headline);
            }
        }
    }

    private static void closingSignature(String[] text, Verdict[] v) {
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i].role() == Verdict.Role.BLANK || v[i].role() == Verdict.Role.REMOVED) {
                continue;
            }
            if (v[i].role() == Verdict.Role.BODY && SIGNATURE.matcher(text[i]).matches()) {
                v[i] = Verdict.removed(RemovalKind.SOURCE_LINK);
            } else if (v[i].role() == Verdict.Role.BODY && LineClassifier.words(text[i]) <= SLOGAN_WORDS
                    && SLOGAN.matcher(text[i]).matches() && previousIsPromo(v, i)) {
                v[i] = Verdict.removed(RemovalKind.PROMO);
            } else if (v[i].role() == Verdict.Role.BODY && LineClassifier.words(text[i]) <= AUTHOR_WORDS) {
                var m = AUTHOR.matcher(text[i]);
                if (!m.matches()) {
                    m = AUTHOR_NOTE.matcher(text[i]);
                }
                if (m.matches()) {
                    v[i] = new Verdict(Verdict.Role.REMOVED, RemovalKind.BYLINE, null, List.of(),
                            List.<String[]>of(new String[] {"author", m.group("name").strip()}), null);
                }
            }
            return;
        }
    }

    private static boolean previousIsPromo(Verdict[] v, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (v[j].role() != Verdict.Role.BLANK) {
                return v[j].role() == Verdict.Role.REMOVED && v[j].kind() == RemovalKind.PROMO;
            }
        }
        return false;
    }

    private static int next(Verdict[] v, int from) {
        for (int i = from; i < v.length; i++) {
            if (v[i].role() != Verdict.Role.BLANK) {
                return i;
            }
        }
        return -1;
    }
}
