package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

/**
 * Initials that stand for a person the story does not name in full ("pelaku berinisial MA (13)", "tersangka AR
 * (25)"): a short run of capitals followed by an age in brackets, or written after "inisial", is a person, not the
 * body that happens to share the acronym (the Supreme Court's "MA").
 */
final class Initials {
    private static final int MAX_LETTERS = 4;
    private static final int MAX_AGE = 120;
    private static final long INISIAL = TokenHash.lower("inisial");
    private static final long BERINISIAL = TokenHash.lower("berinisial");

    private Initials() {
    }

    /** Retypes as persons the one-word organisations and places of {@code table} that are such initials. */
    static void retype(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            int w = m.start();
            if (m.type() != EntityType.PERSON && m.length() == 1 && at(t, w)) {
                table.add(new Mention(w, w + 1, EntityType.PERSON));
            }
        }
    }

    /** Whether word {@code w} is a person's initials: capitals followed by an age, or after "inisial". */
    static boolean at(ArticleTokens t, int w) {
        return capitals(t.words[w])
                && (agedAfter(t, w) || w > 0 && (t.lower[w - 1] == INISIAL || t.lower[w - 1] == BERINISIAL));
    }

    private static boolean capitals(String word) {
        if (word.isEmpty() || word.length() > MAX_LETTERS) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text right after word {@code w} is an age in brackets: " (13)", up to 120. */
    private static boolean agedAfter(ArticleTokens t, int w) {
        String text = t.text;
        int i = t.ends[w];
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        int age = 0;
        int digits = 0;
        for (i++; i < text.length() && Character.isDigit(text.charAt(i)) && digits <= 3; i++, digits++) {
            age = age * 10 + (text.charAt(i) - '0');
        }
        return digits >= 1 && digits <= 3 && i < text.length() && text.charAt(i) == ')' && age <= MAX_AGE;
    }
}
