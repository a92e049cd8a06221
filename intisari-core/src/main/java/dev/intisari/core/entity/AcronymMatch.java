package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms with their expansions. An acronym abbreviates a phrase when every content word gives it its
 * first letter and possibly more of its letters, in order (Badan Reserse Kriminal = Bareskrim);
 * connectors may give none. {@link #bind} applies this to "Expansion (ACRONYM)" in a text.
 */
final class AcronymMatch {
    static final Set<String> CONNECTORS = Set.of("dan", "&", "untuk", "dari", "serta", "bagi", "pada", "di", "atas",
            "-", "of", "the", "and", "for", "ke", "se", "dalam");
    /** Capitalised words before an expansion that run no body's name on into it ("Inpres … Tentang Data …"). */
    private static final Set<String> LINKS = links();
    private static final WordHashes CONCEPT_HEADS = WordHashes.read("acronym-concepts.txt");
    private static final WordHashes CONCEPT_ACRONYMS = WordHashes.read("concept-acronyms.txt");

    private AcronymMatch() {
    }

    /** The pairs bound, and the acronyms the article spelt out as concepts (null when none). */
    record Bound(List<NameRules.Acronym> acronyms, LongIntMap concepts) {
    }

    private static Set<String> links() {
        Set<String> links = new java.util.HashSet<>(CONNECTORS);
        links.addAll(Set.of("tentang", "atau", "melalui", "oleh", "soal", "terkait"));
        return Set.copyOf(links);
    }

    /** Says whether the words [from, to) of an article are an office, not a body ("Wakil Menteri Sosial"). */
    interface Office {
        boolean test(ArticleTokens t, int from, int to);
    }

    /** Whether {@code word} may be an acronym: 2..12 letters/digits starting with a capital. */
    static boolean looksLikeAcronym(String word) {
        if (word.length() < 2 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every letter of {@code word} is a capital (KPK, not Bareskrim). */
    static boolean allCapitals(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    static boolean matches(String acronym, String[] words, int from, int to) {
        String a = acronym.toLowerCase(Locale.ROOT);
        if (to - from > 12 || to <= from || CONNECTORS.contains(words[from].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return match(a, 0, words, from, to);
    }

    private static boolean match(String a, int ai, String[] words, int wi, int to) {
        if (wi == to) {
            return ai == a.length();
        }
        String w = words[wi].toLowerCase(Locale.ROOT);
        boolean connector = CONNECTORS.contains(w) || !Character.isLetterOrDigit(w.charAt(0));
        if (connector && match(a, ai, words, wi + 1, to)) {
            return true;
        }
        if (ai >= a.length() || w.charAt(0) != a.charAt(ai)) {
            return false;
        }
        // the word gives its first letter, then any further letters of its own, in order
        int ak = ai + 1;
        if (match(a, ak, words, wi + 1, to)) {
            return true;
        }
        int wk = 1;
        while (ak < a.length() && wk < w.length()) {
            if (w.charAt(wk) == a.charAt(ak)) {
                ak++;
                if (match(a, ak, words, wi + 1, to)) {
                    return true;
                }
            }
            wk++;
        }
        return false;
    }

    /**
     * Finds "Expansion (ACRONYM)" in the text, makes the expansion one mention and the acronym another of
     * the same type (the tagger's type of the expansion, else organisation), and returns the pairs. An expansion
     * that {@code office} says is an office ("Wakil Menteri Sosial (Wamensos)") is neither, nor is one that opens with
     * a word of {@code acronym-concepts.txt} ("Produk Domestik Bruto (PDB)") unless a capitalised word runs on
     * before it ("Kementerian Pekerjaan Umum (PU)").
     */
    static Bound bind(ArticleTokens t, MentionTable table, Office office) {
        List<NameRules.Acronym> out = new ArrayList<>();
        LongIntMap concepts = null;
        for (int p = 1; p + 2 < t.size; p++) {
            if (!t.words[p].equals("(") || !t.words[p + 2].equals(")") || !looksLikeAcronym(t.words[p + 1])) {
                continue;
            }
            boolean strict = !allCapitals(t.words[p + 1]);
            String acronym = t.words[p + 1];
            int first = p;
            while (first > 0 && p - first < 12 && t.sameSegment(p, first - 1)
                    && (t.capitalised[first - 1] || CONNECTORS.contains(t.words[first - 1].toLowerCase(Locale.ROOT)))) {
                first--;
            }
            int start = -1;
            for (int s = first; s < (strict ? p - 1 : p) && start < 0; s++) {
                if (t.capitalised[s] && matches(acronym, t.words, s, p)) {
                    start = s;
                }
            }
            Mention before = table.at(p - 1);
            // an English acronym after its Indonesian name ("Pakta Pertahanan Atlantik Utara (NATO)"); never a
            // dateline's agency after a place ("Washington (ANTARA)")
            if (start < 0 && !strict && before != null && before.end() == p && before.type() != EntityType.LOCATION) {
                start = before.start();
            }
            if (start < 0 || office.test(t, start, p)) {
                continue;
            }
            if (CONCEPT_HEADS.has(t.lower[start]) && !runsOn(t, start)) {
                unname(t, table, start, p);
                if (concepts == null) {
                    concepts = new LongIntMap(4);
                }
                concepts.put(t.lower[p + 1], 1);
                continue;
            }
            EntityType type = typeOf(table, start, p);
            table.add(new Mention(start, p, type));
            table.add(new Mention(p + 1, p + 2, type));
            out.add(new NameRules.Acronym(acronym, start, p));
        }
        return new Bound(out, concepts);
    }

    /**
     * Whether a body's capitalised word runs on into the expansion at {@code start} ("Kementerian Energi …"): not a
     * link word ("Inpres … Tentang Data …") nor a sentence's first word that news writes in lower case
     * ("Pertumbuhan Produk Domestik Bruto").
     */
    private static boolean runsOn(ArticleTokens t, int start) {
        int b = start - 1;
        return b >= 0 && t.sameSegment(b, start) && t.capitalised[b]
                && !LINKS.contains(t.words[b].toLowerCase(Locale.ROOT))
                && !CaseProfile.shipped().mostlyLowercase(t.lower[b]);
    }

    /**
     * "Aparatur Sipil Negara (ASN)": the tagger's names inside the expansion and its brackets are none, except
     * places after its first word ("Kartu Jakarta Pintar").
     */
    private static void unname(ArticleTokens t, MentionTable table, int start, int p) {
        for (int k = start; k <= p + 2; k++) {
            Mention m = table.at(k);
            if (m == null || m.start() < start || m.type() == EntityType.LOCATION && m.start() > start) {
                continue;
            }
            table.remove(m);
            if (m.end() > p + 3 && t.capitalised[p + 3]) {
                // "Sistem Informasi Penelusuran Perkara (SIPP) Pengadilan Militer": what follows the brackets stays
                table.add(new Mention(p + 3, m.end(), m.type()));
            }
        }
    }

    /**
     * Drops every one-word mention that is a concept's acronym: one of {@code concept-acronyms.txt} or one the
     * article spelt out as a concept ({@link Bound#concepts}, or null); run after the last step that adds mentions
     * of one word ("tegas JPU", "pelaku UMKM").
     */
    static void dropConcepts(ArticleTokens t, MentionTable table, LongIntMap concepts) {
        for (Mention m : table.list()) {
            long w = t.lower[m.start()];
            if (m.length() == 1 && (CONCEPT_ACRONYMS.has(w) || concepts != null && concepts.get(w, 0) != 0)) {
                table.remove(m);
            }
        }
    }

    private static EntityType typeOf(MentionTable table, int start, int end) {
        for (int k = start; k < end; k++) {
            Mention m = table.at(k);
            if (m != null && m.start() == start && m.end() == end) {
                return m.type();
            }
        }
        return EntityType.ORGANIZATION;
    }
}
