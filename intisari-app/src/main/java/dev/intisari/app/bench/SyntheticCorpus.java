package dev.intisari.app.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The project's one synthetic corpus generator. Seeded and deterministic: the same settings give the same
 * articles, byte for byte. Articles come in publication order, day by day, so a million of them stream
 * without being held: stories start through the whole period, most are single articles, some grow into
 * bursts over days and a few continue over weeks; a fifth of a story's later articles are syndicated copies
 * of its first (a sentence dropped, another headline, other boilerplate); lengths follow the distribution
 * of IndoSum articles.
 */
public final class SyntheticCorpus {
    /**
     * Words of the body (punctuation tokens not counted, the title not included) at the 0th, 2nd, …, 100th
     * percentile of the 3,463 distinct IndoSum dev articles.
     */
    private static final int[] WORD_QUANTILES = {36, 120, 136, 150, 163, 173, 180, 187, 193, 198, 203, 208, 214,
        219, 225, 229, 233, 239, 243, 247, 251, 255, 259, 264, 269, 273, 278, 282, 287, 292, 297, 302, 307, 315,
        323, 328, 334, 343, 352, 362, 374, 384, 395, 405, 416, 430, 453, 485, 522, 599, 1198};
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final String[] WEEKDAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};
    /**
     * How many key terms a story uses (the {t1}..{t4} slots of its sentences and titles): half of them its
     * topic's, half nouns of its own. With six of the topic's terms, two stories of one topic shared most of
     * their heaviest words: an article's closest article of another story had a median TF-IDF cosine of .23,
     * where on the labelled detik sets it is .09-.10 (docs/grouping.md), so the clusterer joined them.
     */
    private static final int TERMS_PER_STORY = 6;
    /** How many nouns of its own a story uses. */
    private static final int NOUNS_PER_STORY = 12;
    /** How many of the sentence templates a story draws from: its articles repeat its facts, not others'. */
    private static final int SENTENCES_PER_STORY = 10;
    /** The largest story: real news has rare stories of a few hundred articles. */
    private static final int LARGEST_STORY = 200;
    private static final String[] NUMBER_WORDS = {"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan"};

    /**
     * How many articles, the seed, and over how many days the stories start (0: the default, a day per 200
     * articles, at least 30 and at most 730). Fewer days make a denser stream: more articles a day, and more in
     * the grouping's window, as a large corpus has under the 730-day cap.
     */
    public record Settings(int articles, long seed, int days) {
        public Settings {
            if (articles < 0) {
                throw new IllegalArgumentException("articles must be >= 0");
            }
            if (days < 0) {
                throw new IllegalArgumentException("days must be >= 0");
            }
        }

        public Settings(int articles, long seed) {
            this(articles, seed, 0);
        }

        /** The days the stories' first articles are spread over. */
        public int spread() {
            return days > 0 ? days : Math.max(30, Math.min(730, articles / 200));
        }
    }

    private final Settings settings;
    private final Vocabulary words = Vocabulary.load();

    public SyntheticCorpus(Settings settings) {
        this.settings = settings;
    }

    /** A story's fixed cast, drawn once from its own seed. */
    private record Cast(String id, String person, String shortName, String person2, String role, String org,
                        String place, String subject, String topic, List<String> terms, List<String> nouns,
                        List<String> sentences, long seed) {
    }

    /** An article to write: its story, its index in the story, and its minute since the first day. */
    private record Planned(int story, int index, int minute) {
    }

    /** Streams the articles in publication order. */
    public void generate(Consumer<SyntheticArticle> sink) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        int days = settings.spread();
        List<int[]> stories = new ArrayList<>();
        int planned = 0;
        while (planned < settings.articles()) {
            int size = Math.min(storySize(random), settings.articles() - planned);
            stories.add(new int[] {size, random.nextInt(days)});
            planned += size;
        }
        TreeMap<Integer, List<Planned>> byDay = new TreeMap<>();
        List<Cast> casts = new ArrayList<>(stories.size());
        for (int s = 0; s < stories.size(); s++) {
            casts.add(null);
            int size = stories.get(s)[0];
            int start = stories.get(s)[1];
            boolean longRunning = size >= 4 && random.nextInt(10) == 0;
            for (int i = 0; i < size; i++) {
                int offset = i == 0 ? 0 : longRunning ? random.nextInt(45) : (int) Math.min(10,
                        -Math.log(1 - random.nextDouble()) * 1.5);
                int day = start + offset;
                int minute = day * 1440 + (6 + random.nextInt(16)) * 60 + random.nextInt(60);
                byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(new Planned(s, i, minute));
            }
        }
        List<SyntheticArticle> firsts = new ArrayList<>(java.util.Collections.nCopies(stories.size(), null));
        int[] remaining = stories.stream().mapToInt(st -> st[0]).toArray();
        int counter = 0;
        while (!byDay.isEmpty()) {
            List<Planned> day = byDay.pollFirstEntry().getValue();
            day.sort(Comparator.comparingInt(Planned::minute).thenComparingInt(Planned::story)
                    .thenComparingInt(Planned::index));
            for (Planned p : day) {
                Cast cast = casts.get(p.story());
                if (cast == null) {
                    cast = cast(p.story(), settings.seed() * 31 + p.story());
                    casts.set(p.story(), cast);
                }
                SplittableRandom r = new SplittableRandom(cast.seed() * 1_000_003L + p.index());
                OffsetDateTime time = FIRST_DAY.atStartOfDay().plusMinutes(p.minute()).atOffset(ZoneOffset.ofHours(7));
                SyntheticArticle first = firsts.get(p.story());
                String id = String.format(Locale.ROOT, "syn-%07d", counter++);
                SyntheticArticle article = first != null && r.nextInt(5) == 0
                        ? copy(first, id, time, r)
                        : write(cast, id, time, r);
                if (first == null) {
                    firsts.set(p.story(), article);
                }
                if (--remaining[p.story()] == 0) {
                    casts.set(p.story(), null);
                    firsts.set(p.story(), null);
                }
                sink.accept(article);
            }
        }
    }

    private static int wordCount(String sentence) {
        int n = 1;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static int storySize(SplittableRandom random) {
        if (random.nextInt(100) < 55) {
            return 1;
        }
        double pareto = Math.pow(1 - random.nextDouble(), -1 / 1.3);
        return (int) Math.min(LARGEST_STORY, 1 + Math.floor(pareto));
    }

    /**
     * A story's cast: people, a place (one of about 1,200), an organisation (national, or local to the place), a
     * named subject in another place, six key terms (three of its topic's ten, three nouns of its own), twelve
     * more nouns of its own and ten of the sentence templates, so
     * two stories share few of their words, as two real stories do.
     */
    private Cast cast(int story, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String given = pick(r, "given");
        String family = pick(r, "family");
        String[] topic = pick(r, "topic").split("\\|");
        String place = place(r);
        String org = r.nextBoolean() ? pick(r, "org") : pick(r, "local-org").replace("{place}", place);
        String subject = pick(r, "subject").replace("{Place}", place(r))
                .replace("{num}", Integer.toString(1 + r.nextInt(20)));
        List<String> topicTerms = shuffled(List.of(topic[1].split(",")), r);
        List<String> sentences = shuffled(words.get("sentence"), r);
        List<String> nouns = shuffled(words.get("noun"), r);
        List<String> terms = new ArrayList<>(TERMS_PER_STORY);
        for (int i = 0; i < TERMS_PER_STORY; i++) {
            int k = i / 2;
            terms.add(i % 2 == 0 ? topicTerms.get(k % topicTerms.size())
                    : nouns.get((NOUNS_PER_STORY + k) % nouns.size()));
        }
        return new Cast(String.format(Locale.ROOT, "story-%06d", story), given + " " + family, family,
                pick(r, "given") + " " + pick(r, "family"), pick(r, "role"), org, place, subject,
                topic[0], List.copyOf(terms.subList(0, Math.min(TERMS_PER_STORY, terms.size()))),
                List.copyOf(nouns.subList(0, Math.min(NOUNS_PER_STORY, nouns.size()))),
                List.copyOf(sentences.subList(0, Math.min(SENTENCES_PER_STORY, sentences.size()))), seed);
    }

    private static List<String> shuffled(List<String> list, SplittableRandom r) {
        List<String> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) {
            java.util.Collections.swap(out, i, r.nextInt(i + 1));
        }
        return out;
    }

    /** A prefix and a suffix joined (Sukarejo), or, one time in five, one of the listed place names. */
    private String place(SplittableRandom r) {
        if (r.nextInt(5) == 0) {
            return pick(r, "place");
        }
        return pick(r, "place-prefix") + pick(r, "place-suffix");
    }

    private SyntheticArticle write(Cast cast, String id, OffsetDateTime time, SplittableRandom r) {
        String[] outlet = pick(r, "outlet").split("\\|");
        int target = words(r);
        StringBuilder text = new StringBuilder();
        String title = fill(pick(r, "title"), cast, time, r);
        text.append(title).append("\n\n");
        String wire = r.nextInt(4) == 0 ? pick(r, "wire") : null;
        String lead = fill(pick(r, "lead"), cast, time, r);
        text.append(cast.place().toUpperCase(Locale.ROOT)).append(" (").append(wire != null ? wire : outlet[0])
                .append(") - ").append(lead).append("\n\n");
        int count = wordCount(lead);
        List<String> sentences = cast.sentences();
        while (count < target) {
            String sentence = fill(sentences.get(r.nextInt(sentences.size())), cast, time, r);
            if (r.nextBoolean() && sentence.endsWith(".") && !sentence.endsWith("\".")) {
                sentence = sentence.substring(0, sentence.length() - 1) + ", " + fill(pick(r, "clause"), cast, time, r) + ".";
            }
            text.append(sentence).append(r.nextInt(3) == 0 ? "\n\n" : " ");
            count += wordCount(sentence);
            if (r.nextInt(12) == 0) {
                text.append("\n\nBaca juga: ").append(fill(pick(r, "title"), cast(r.nextInt(1 << 20), r.nextLong()),
                        time, r)).append("\n\n");
            }
        }
        boilerplate(text, outlet[0], cast, time, wire, r);
        return new SyntheticArticle(id, "https://" + outlet[1] + "/" + time.toLocalDate() + "/" + id, outlet[0],
                title, time, text.toString().strip(), cast.id(), null);
    }

    private SyntheticArticle copy(SyntheticArticle first, String id, OffsetDateTime time, SplittableRandom r) {
        String[] outlet = pick(r, "outlet").split("\\|");
        String[] paragraphs = first.text().split("\n\n");
        StringBuilder text = new StringBuilder();
        String title = first.title().replace(",", " -");
        text.append(title).append("\n\n");
        int drop = 2 + r.nextInt(Math.max(1, paragraphs.length - 2));
        for (int i = 1; i < paragraphs.length; i++) {
            String p = paragraphs[i];
            if (i == drop || p.startsWith("Copyright") || p.startsWith("Silakan") || p.startsWith("Ikuti")
                    || p.startsWith("Editor") || p.startsWith("Pewarta") || p.startsWith("Sumber")) {
                continue;
            }
            text.append(p).append("\n\n");
        }
        text.append("Sumber: KBN\n\nEditor: ").append(pick(r, "given")).append(' ').append(pick(r, "family"));
        text.append("\n\nCopyright © ").append(time.getYear()).append(' ').append(outlet[0]);
        return new SyntheticArticle(id, "https://" + outlet[1] + "/" + time.toLocalDate() + "/" + id, outlet[0],
                title, time, text.toString(), first.story(), first.id());
    }

    private void boilerplate(StringBuilder text, String outlet, Cast cast, OffsetDateTime time, String wire,
                             SplittableRandom r) {
        text.append("\n\n");
        if (wire != null) {
            text.append("Sumber: ").append(wire).append("\n\n");
        }
        text.append(r.nextBoolean() ? "Pewarta: " : "Editor: ").append(pick(r, "given")).append(' ')
                .append(pick(r, "family")).append("\n\n");
        for (String line : words.get("boilerplate")) {
            if (r.nextInt(3) == 0) {
                text.append(line.replace("{outlet}", outlet).replace("{place}", cast.place())
                        .replace("{year}", Integer.toString(time.getYear()))).append("\n\n");
            }
        }
    }

    private int words(SplittableRandom r) {
        double q = r.nextDouble() * (WORD_QUANTILES.length - 1);
        int lo = (int) q;
        int hi = Math.min(lo + 1, WORD_QUANTILES.length - 1);
        return (int) Math.round(WORD_QUANTILES[lo] + (q - lo) * (WORD_QUANTILES[hi] - WORD_QUANTILES[lo]));
    }

    private String fill(String template, Cast cast, OffsetDateTime time, SplittableRandom r) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(slot(template.substring(open + 1, close), cast, time, r));
            i = close + 1;
        }
        return out.toString();
    }

    private String slot(String name, Cast cast, OffsetDateTime time, SplittableRandom r) {
        LocalDate past = time.toLocalDate().minusDays(1 + r.nextInt(6));
        return switch (name) {
            case "person" -> cast.person();
            case "short" -> cast.shortName();
            case "person2" -> cast.person2();
            case "role" -> cast.role();
            case "org" -> cast.org();
            case "place" -> cast.place();
            case "subject" -> cast.subject();
            case "n" -> cast.nouns().get(r.nextInt(cast.nouns().size()));
            case "t1", "t2", "t3", "t4" -> cast.terms().get((name.charAt(1) - '1' + r.nextInt(3)) % cast.terms().size());
            case "T1", "T2", "T3" -> capitalise(cast.terms().get((name.charAt(1) - '1') % cast.terms().size()));
            case "filler" -> pick(r, "filler");
            case "Filler" -> capitalise(pick(r, "filler"));
            case "num" -> Integer.toString(2 + r.nextInt(480));
            case "numword" -> NUMBER_WORDS[r.nextInt(NUMBER_WORDS.length)];
            case "weekday" -> WEEKDAYS[past.getDayOfWeek().getValue() - 1];
            case "d" -> Integer.toString(past.getDayOfMonth());
            case "m" -> Integer.toString(past.getMonthValue());
            case "dd" -> Integer.toString(1 + r.nextInt(28));
            case "month" -> MONTHS[past.getMonthValue() - 1];
            case "year" -> Integer.toString(past.getYear());
            default -> throw new IllegalStateException("unknown template slot {" + name + "}");
        };
    }

    private String pick(SplittableRandom r, String section) {
        List<String> list = words.get(section);
        return list.get(r.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
