package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.List;
import java.util.Locale;

/**
 * A person's initials: news names suspects, victims and minors by initials ("pelaku berinisial MA", "MA (13), MT
 * (13)"). Within the article such letters are a person, not the body the gazetteer knows by them (the Supreme Court's
 * "MA", the "SR" of Sekolah Rakyat); across articles the linker never reads them as the acronym of a body another
 * article spelled out. Nor does an acronym listed beside bare letters: "keempat pelaku adalah DS, ARH, ZF dan MA" are
 * four suspects, "SMA/SMK/MA" three kinds of school (a madrasah aliyah, not the court).
 */
final class Initials {
    /** The word before initials ends in this ("inisial", "berinisial"), lower case. */
    static final String CUE = "inisial";
    /** The most letters of initials. */
    private static final int MAX_LETTERS = 4;
    /** The most digits of an age written in brackets right after initials ("MA (13)", "MA ( 29 )"). */
    private static final int AGE_DIGITS = 3;
    private static final int MAX_AGE = 120;
    /** What joins the items of a list: a comma, a slash, "dan" (each may stand between spaces). */
    private static final List<String> LIST_JOINS = List.of(",", "/", "dan");

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

    /**
     * Whether a mention of {@code e} is an item of a list ({@link #LIST_JOINS}) beside another word of capitals only
     * that the article names as no organisation or place: initials ("DS, ARH dan MA"), or letters for kinds of things
     * ("SMA/SMK/MA"). A list of bodies ("KPK, Polri dan MA") names its neighbours as organisations. Initials the tagger
     * took for an organisation ("DS, ARH, ZF dan MA", "ZF" an organisation) do not count: a ticker list ("BBCA, BMRI")
     * or a bank the tagger missed ("BCA, BNI, atau BRI") looks the same.
     */
    static boolean listed(Article a, Entity e) {
        String text = a.text();
        for (Span m : e.mentions()) {
            if (m.end() > text.length()) {
                continue;
            }
            if (bareLetters(a, wordBefore(text, joinBefore(text, m.start())))
                    || bareLetters(a, wordAfter(text, joinAfter(text, m.end())))) {
                return true;
            }
        }
        return false;
    }

    /** The start of a list join right before {@code start} (spaces skipped), or -1. */
    private static int joinBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (String join : LIST_JOINS) {
            int from = end - join.length();
            if (from >= 0 && text.startsWith(join, from)
                    && (Character.isLetter(join.charAt(0)) ? from > 0 && text.charAt(from - 1) == ' ' && end < start : true)) {
                return from;
            }
        }
        return -1;
    }

    /** The end of a list join right after {@code end} (spaces skipped), or -1. */
    private static int joinAfter(String text, int end) {
        int at = skipSpaces(text, end);
        for (String join : LIST_JOINS) {
            int to = at + join.length();
            if (text.startsWith(join, at)
                    && (Character.isLetter(join.charAt(0)) ? at > end && to < text.length() && text.charAt(to) == ' ' : true)) {
                return to;
            }
        }
        return -1;
    }

    /** The span of the word ending right before {@code end} (spaces skipped), or null. */
    private static Span wordBefore(String text, int end) {
        if (end < 0) {
            return null;
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
            from--;
        }
        return from < end ? new Span(from, end) : null;
    }

    /** The span of the word starting right after {@code start} (spaces skipped), or null. */
    private static Span wordAfter(String text, int start) {
        if (start < 0) {
            return null;
        }
        int from = skipSpaces(text, start);
        int to = from;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        return from < to ? new Span(from, to) : null;
    }

    /**
     * Whether {@code word} is capitals only, no mention of an organisation or place of {@code a} covers it, and no
     * capitalised word follows it (a title before a name: "Ketua Umum MUI, KH. Ma'ruf Amin", "MUI, KH Ma'ruf Amin").
     */
    private static boolean bareLetters(Article a, Span word) {
        if (word == null || !capitals(word.of(a.text()))) {
            return false;
        }
        String text = a.text();
        int next = skipSpaces(text, word.end());
        if (next < text.length() && text.charAt(next) == '.') {
            next = skipSpaces(text, next + 1);
        }
        if (next > word.end() && next < text.length() && Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        for (Entity other : a.entities()) {
            if (other.type() == EntityType.PERSON) {
                continue;
            }
            for (Span m : other.mentions()) {
                if (m.start() <= word.start() && m.end() >= word.end()) {
                    return false;
                }
            }
        }
        return true;
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
