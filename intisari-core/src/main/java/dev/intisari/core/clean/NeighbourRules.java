package dev.intisari.core.clean;

import dev.intisari.model.RemovalKind;

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
 *       "- Agency Name" is a source signature.</li>
 * </ul>
 */
final class NeighbourRules {
    private static final Pattern CAPTION_DATE = Pattern.compile(
            "(?u).*\\(\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*(?:19|20)\\d{2}\\s*\\)\\s*\\.?");
    private static final Pattern NUMBERED = Pattern.compile("(?u)(?<n>\\d{1,2})\\s*[.)]\\s+(?<h>[\\p{Lu}\\p{N}\"“'].{8,})");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?u)[-–—]\\s*(?<w>\\p{Lu}[\\p{L}\\p{N}.&'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’]*){0,3})");
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
            }
            return;
        }
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
