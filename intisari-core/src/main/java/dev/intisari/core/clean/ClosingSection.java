package dev.intisari.core.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closing section of an HTML article's text: a press contact ("Narahubung:", "Pressekontakt", "Media
 * contact") followed by names, addresses, phone numbers and mail addresses, set inside the article's own box
 * after its last paragraph. It opens with a label of {@code closing-labels.txt} and runs to the end of the text
 * in short lines only (none longer than {@link #LINE_CHARS}); a label followed by a paragraph is a heading of
 * the article, not a closing section.
 */
final class ClosingSection {
    /** Longest line of a closing section (an address, "Tel.: ...", "E-Mail: ..."); a paragraph is longer. */
    private static final int LINE_CHARS = 80;
    /** Most lines a closing section has: a label, a name or two, an address, phone, fax, mail, web. */
    private static final int MAX_LINES = 16;

    private final List<String> labels;
    /** Labels that are a whole line, with or without a count ("3 Kommentare", "Komentar (2)"). */
    private final Set<String> whole;

    ClosingSection() {
        List<String> lines = RuleSet.lines("closing-labels.txt").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        this.labels = lines.stream().filter(s -> !s.startsWith("=")).toList();
        this.whole = lines.stream().filter(s -> s.startsWith("=")).map(s -> s.substring(1)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The index in {@code kept} of the first block of the closing section, or -1 when the text has none.
     * Dropped blocks are passed over (they are not text).
     */
    int start(List<ContainerScoringExtractor.Block> kept) {
        int found = -1;
        int lines = 0;
        for (int i = kept.size() - 1; i >= 0; i--) {
            ContainerScoringExtractor.Block b = kept.get(i);
            if (b.dropped()) {
                continue;
            }
            int n = shortLines(b.text());
            if (n == 0) {
                break;
            }
            lines += n;
            if (lines > MAX_LINES) {
                break;
            }
            if (labelled(b.text())) {
                found = i;
            }
        }
        // the whole text is never a closing section
        return found > 0 && hasTextBefore(kept, found) ? found : -1;
    }

    /** The line without a count before it or in brackets after it, and without a final colon. */
    private static String withoutCount(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && (Character.isDigit(line.charAt(start)) || line.charAt(start) == ' ')) {
            start++;
        }
        if (end > start && line.charAt(end - 1) == ':') {
            end--;
        }
        if (end > start && line.charAt(end - 1) == ')') {
            int open = line.lastIndexOf('(', end);
            if (open > start && line.substring(open + 1, end - 1).strip().chars().allMatch(Character::isDigit)) {
                end = open;
            }
        }
        return line.substring(start, end).strip();
    }

    /** The number of lines of a block ({@code <br>} splits them) when none is longer than LINE_CHARS, else 0. */
    private static int shortLines(String text) {
        int n = 0;
        for (int start = 0; start <= text.length(); n++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > LINE_CHARS) {
                return 0;
            }
            start = end + 1;
        }
        return n;
    }

    private static boolean hasTextBefore(List<ContainerScoringExtractor.Block> kept, int index) {
        for (int i = 0; i < index; i++) {
            if (!kept.get(i).dropped()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line opens with a closing label followed by the end, a colon, a blank or a dash. */
    boolean labelled(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.length() <= LINE_CHARS && whole.contains(withoutCount(lower))) {
            return true;
        }
        for (String label : labels) {
            if (lower.startsWith(label)) {
                if (lower.length() == label.length()) {
                    return true;
                }
                char next = lower.charAt(label.length());
                if (next == ':' || next == ' ' || next == '-' || next == '\u2013' || next == '\u00A0') {
                    return true;
                }
            }
        }
        return false;
    }
}
