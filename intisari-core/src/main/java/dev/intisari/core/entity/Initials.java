package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.Locale;

/**
 * A person's initials: news names suspects, victims and minors by initials ("pelaku berinisial MA", "MA (13), MT
 * (13)"). Within the article such letters are a person, not the body the gazetteer knows by them (the Supreme Court's
 * "MA", the "SR" of Sekolah Rakyat); across articles the linker never reads them as the acronym of a body another
 * article spelled out.
 */
final class Initials {
    /** The word before initials ends in this ("inisial", "berinisial"), lower case. */
    static final String CUE = "inisial";
    /** The most letters of initials. */
    private static final int MAX_LETTERS = 4;
    /** The most digits of an age written in brackets right after initials ("MA (13)", "MA ( 29 )"). */
    private static final int AGE_DIGITS = 3;
    private static final int MAX_AGE = 120;

    private Initials() {
    }

    /** Retypes as persons the one-word organisations and places of {@code table} that are such initials. */
    static void retype(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            if (m.type() != EntityType.PERSON && m.length() == 1 && at(t, m.start())) {
                table.add(new Mention(m.start(), m.end(), EntityType.PERSON));
            }
        }
    }

    /** Whether word {@code w} is written as a person's initials: capitals after an initials cue or before an age. */
    static boolean at(ArticleTokens t, int w) {
        return capitals(t.words[w]) && (afterCue(t.text, t.starts[w]) || beforeAge(t.text, t.ends[w]));
    }

    /** Whether a mention of {@code e} follows an initials cue word or is followed by an age in brackets. */
    static boolean written(String text, Entity e) {
        for (Span m : e.mentions()) {
            if (m.end() <= text.length() && (afterCue(text, m.start()) || beforeAge(text, m.end()))) {
                return true;
            }
        }
        return false;
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

    private static boolean afterCue(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return end - from >= CUE.length() && text.substring(end - CUE.length(), end).toLowerCase(Locale.ROOT).equals(CUE);
    }

    private static boolean beforeAge(String text, int end) {
        int i = skipSpaces(text, end);
        if (i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        i = skipSpaces(text, i + 1);
        int digits = 0;
        int age = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && digits <= AGE_DIGITS) {
            age = age * 10 + (text.charAt(i) - '0');
            i++;
            digits++;
        }
        i = skipSpaces(text, i);
        return digits >= 1 && digits <= AGE_DIGITS && age <= MAX_AGE && i < text.length() && text.charAt(i) == ')';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
