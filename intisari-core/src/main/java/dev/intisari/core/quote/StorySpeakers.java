package dev.intisari.core.quote;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One key per person among the speakers of a story, for {@link SpeakerQuoteMerger}. News names a person in full
 * once and then by a shorter form, and across outlets the product's names of one person differ the same way: a
 * person's name is one speaker with a longer name of the story that ends in its words ("Horacio Paolini" in
 * "Boca Juniors Horacio Paolini", "Agun Gunandjar" in "Fraksi Partai Golkar Agun Gunandjar": a body or title read
 * into the name), and a one-word name is one speaker with a longer name that begins or ends with it ("Djarot" and
 * "Djarot Saiful Hidayat", "Paolini"). The shorter name must be a person's (its quotes' speaker entity a
 * {@link EntityType#PERSON}, none of another type), a one-word name of at least {@value #SHORTEST} letters and not
 * an acronym, and for a one-word name the longer one a person's too; and the longer names it fits must all be
 * one speaker already — "Agus" beside "Agus Rahardjo" and "Agus Harimurti Yudhoyono" stays itself. A pair of
 * names ("Deddy Mizwar - Ahmad Syaikhu", "Anies dan Sandi") is two people and neither takes nor gives a name.
 * Names are compared as {@link SpeakerQuoteMerger#speakerKey} compares them: by their letters and digits,
 * lower-cased. Longer names are settled first, so a chain ends at the longest ("Paolini", "Horacio Paolini",
 * "Boca Juniors Horacio Paolini"). Linear in the story's quotes (a name has a handful of words).
 */
final class StorySpeakers {
    /** The fewest letters of a one-word name that takes a longer name. */
    static final int SHORTEST = 4;

    private final Map<String, String> keyOf = new HashMap<>();
    /** The speaker key of each speaker's name as written in the story, made once ({@link #key} asks per quote). */
    private final Map<String, String> written = new HashMap<>();

    private StorySpeakers() {
    }

    /** The speakers of {@code articles} (one story), settled. */
    static StorySpeakers of(List<Article> articles) {
        Map<String, Name> names = new HashMap<>();
        Map<String, Name> byKey = new HashMap<>();
        StorySpeakers speakers = new StorySpeakers();
        for (Article article : articles) {
            if (article.quotes().isEmpty()) {
                // nothing to read, and no map of its entities' types to make
                continue;
            }
            Map<String, EntityType> types = new HashMap<>();
            for (Entity e : article.entities()) {
                types.put(e.id(), e.type());
            }
            for (Quote q : article.quotes()) {
                String key = q.speaker() == null ? null
                        : speakers.written.computeIfAbsent(q.speaker(), SpeakerQuoteMerger::speakerKey);
                if (key == null) {
                    continue;
                }
                Name name = byKey.get(key);
                if (name == null) {
                    Name found = new Name(q.speaker());
                    name = names.computeIfAbsent(found.folded, k -> found);
                    name.keys.add(key);
                    byKey.put(key, name);
                }
                EntityType type = q.speakerEntity() == null ? null : types.get(q.speakerEntity());
                if (type == EntityType.PERSON) {
                    name.person = true;
                } else if (type != null) {
                    name.other = true;
                }
            }
        }
        speakers.settle(new ArrayList<>(names.values()));
        return speakers;
    }

    /** The key of the person {@code speaker} names (null for none). */
    String key(String speaker) {
        String key = speaker == null ? null : written.containsKey(speaker) ? written.get(speaker)
                : SpeakerQuoteMerger.speakerKey(speaker);
        if (key == null) {
            return null;
        }
        String settled = keyOf.get(key);
        return settled == null ? key : settled;
    }

    /**
     * A name's word as compared: lower case, and a final d, b or g read as t, p or k. Indonesian devoices a
     * word's last stop, and names are spelt either way across outlets ("Djarod" / "Djarot", "Mahmud" / "Mahmut").
     */
    static String fold(String word) {
        int last = word.length() - 1;
        char c = last > 0 ? word.charAt(last) : ' ';
        char voiceless = c == 'd' ? 't' : c == 'b' ? 'p' : c == 'g' ? 'k' : c;
        return voiceless == c ? word : word.substring(0, last) + voiceless;
    }

    private void settle(List<Name> names) {
        Map<String, List<Name>> byTail = new HashMap<>();
        Map<String, List<Name>> byEndWord = new HashMap<>();
        for (Name n : names) {
            if (n.pair) {
                continue;
            }
            int size = n.words.size();
            for (int from = 1; from < size; from++) {
                byTail.computeIfAbsent(String.join(" ", n.words.subList(from, size)), k -> new ArrayList<>()).add(n);
            }
            if (size >= 2 && n.person) {
                byEndWord.computeIfAbsent(n.words.get(0), k -> new ArrayList<>()).add(n);
                if (!n.words.get(size - 1).equals(n.words.get(0))) {
                    byEndWord.computeIfAbsent(n.words.get(size - 1), k -> new ArrayList<>()).add(n);
                }
            }
        }
        // longest first; within one length the order is free, as a name takes only a longer one
        int longest = 0;
        for (Name n : names) {
            longest = Math.max(longest, n.words.size());
        }
        List<List<Name>> byLength = new ArrayList<>(longest + 1);
        for (int i = 0; i <= longest; i++) {
            byLength.add(new ArrayList<>());
        }
        for (Name n : names) {
            byLength.get(longest - n.words.size()).add(n);
        }
        Map<Name, Name> root = new HashMap<>();
        List<Name> longestFirst = new ArrayList<>(names.size());
        byLength.forEach(longestFirst::addAll);
        for (Name n : longestFirst) {
            if (n.pair || !n.person || n.other || n.words.isEmpty()) {
                continue;
            }
            List<Name> longer;
            if (n.words.size() >= 2) {
                longer = byTail.getOrDefault(n.folded, List.of());
            } else if (n.folded.length() >= SHORTEST && !n.acronym) {
                longer = byEndWord.getOrDefault(n.folded, List.of());
            } else {
                continue;
            }
            Set<Name> ends = new HashSet<>();
            for (Name l : longer) {
                ends.add(root.getOrDefault(l, l));
            }
            if (ends.size() == 1) {
                // longer names are settled first, so the one it takes already points to the end of its chain
                root.put(n, ends.iterator().next());
            }
        }
        for (Name n : names) {
            String to = root.getOrDefault(n, n).keys.get(0);
            for (String key : n.keys) {
                if (!key.equals(to)) {
                    keyOf.put(key, to);
                }
            }
        }
    }

    /** A speaker's name as compared: its key, lower-cased words, and what its quotes' entities say it is. */
    private static final class Name {
        /** The speaker keys spelt this way, the first one seen first. */
        final List<String> keys = new ArrayList<>(1);
        final List<String> words = new ArrayList<>();
        /** The words, folded, with single spaces. */
        final String folded;
        final boolean pair;
        final boolean acronym;
        boolean person;
        boolean other;

        Name(String speaker) {
            StringBuilder word = new StringBuilder();
            boolean separated = false;
            for (int i = 0; i <= speaker.length(); i++) {
                int c = i < speaker.length() ? speaker.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.append((char) c);
                } else {
                    if (word.length() > 0) {
                        words.add(fold(word.toString().toLowerCase(Locale.ROOT)));
                        word.setLength(0);
                    }
                    separated |= c == '-' || c == '/' || c == '&' || c == ',' || c == '–';
                }
            }
            this.folded = String.join(" ", words);
            this.pair = separated || words.contains("dan");
            this.acronym = words.size() == 1 && speaker.strip().equals(speaker.strip().toUpperCase(Locale.ROOT));
        }
    }
}
