package dev.intisari.eval.group;

import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterConfig;
import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.core.cluster.EventSignals;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tuning of story clustering on all labelled sets at once (run only with -Dintisari.tune=true): the IndoSum
 * event set (tune half, held-out half, all 347), detik-1000 21-22 October and detik-1000 14-20 October; every
 * variant is printed on every set, so a change is adopted only if it helps across them. The last column is the
 * blind detik set ({@link DetikGroupEval#BLIND}): printed to see what a change does away from the tuning sets,
 * never a reason to choose one. Settings are given as
 * variants of {@link ClusterConfig#news()}: -Dintisari.tune.variants="base;thr=0.22;thr=0.22,grace=2" with keys
 * thr, merge, grace, decay, edec (days), ew (entity blend), bonus, shared, eterms, members, share (common entity
 * share), at (article terms kept), wf / coh / cohn / op (evidence against a join: word floor, cohesion ratio and
 * size, occasion penalty; {@link dev.intisari.core.cluster.Counterevidence}), ev (event bonus), evsat (event saturation), evdf (event key share), and of the features: lead (body
 * terms kept), tw (title repeats), evk (event kinds kept: n amounts, q statements, d days, o occasions, w
 * occasions with the publication day, v occasions named by their head noun with the day, p venues named by a
 * building or ground with the day, l the lead day, d the named days, a the main actor (session 19); default nvplda, the product's), dp / dr (the day test of the evidence against a join: penalty and reach in days), wh=1 (only venues whose first word names a building or ground), wv=1 (the venues with their day, {@code w:}, scored as occasions, {@code v:}), wo=1 (on inputs cached before session 12: the capitalised names, {@code w:}, that hold a word of {@code occasion-words.txt} also as occasions, as the product now reads them), and three venue variants of session 15: ld=0 (the occasion and
 * venue keys with the publication day only, as before session 15's {@code OCCASION_LEAD_DAYS}), ld=1 (on inputs
 * cached before session 15: dated by the article's lead day instead of its publication day; ld=2: by both, as the
 * product now does; ld=3: only the occasion keys by both), pa=1 (a venue's region
 * written one way: "Balai Kota DKI" = "Balai Kota Jakarta"), pv=1 (the venue keys, {@code p:}, scored as occasions),
 * and the candidates of session 16: cw=N (class words in the occasion names, as the product now writes them; N picks
 * a list), ep=N (each pair of the first N entity names as an event key, {@code e:}, kept with evk=...e), ws=1 / ws=2
 * (sporting occasions also keyed by their weekend / ISO week), ow=1 (names cut at name-ending words), pf=1
 * ("perancis" as "prancis"), pe=1 / pe=2 (hired venues, and sports grounds, scored as occasions), and of session 17:
 * dpub=0 / 1 (an article without a lead day takes its publication day as one, {@link
 * dev.intisari.core.cluster.Counterevidence#publicationDays()}), ds=N (a story's span in days from its first lead day,
 * {@link dev.intisari.core.cluster.Counterevidence#daySpan()}; 0 off), and of session 18: vp=X (a venue none of the
 * story's scales the score by 1 - X, {@link dev.intisari.core.cluster.Counterevidence#venuePenalty()}; 0 off),
 * wp=1 (every capitalised place named with its day, {@code w:}, also as a venue, {@code p:}), and of session 19:
 * avp=X (the venue penalty when the article's main actor, {@code a:}, is one of the story's, {@link
 * dev.intisari.core.cluster.Counterevidence#actorVenuePenalty()}; 0 off), a1=1 (on inputs cached with two speakers
 * per article: the first only, as the product now keys them; {@code h:}, the lead's first person, is kept with
 * evk=...h), pn=1 / 2 / 3 (on inputs cached before session 19: a venue of four or more words also keyed without one
 * of its words after the first, as the product now does / by its first three words / both), gh=1 ("graha" as a
 * venue head: the named places {@code w:} that begin with it as venues), and of session 21: hb / hsat / hmin (the
 * headline names' bonus, saturation and least idf, {@link dev.intisari.core.cluster.HeadlineNames}; hb=0 off), and of
 * session 23: np=X (an article that names no name of the story's scales the score by 1 - X, {@link
 * dev.intisari.core.cluster.Counterevidence#namelessPenalty()}; 0 off), sch=1 (on inputs cached before the second
 * session-23 change: the named places, {@code w:}, headed by a school's kind, "sekolah", "sman", "srma", "pesantren",
 * also as venues, {@code p:}, as the product now reads them).
 * The last columns, IndoSum fresh, fresh 2 and fresh 3, are the held-out sets of sessions 15, 16 and 17 ({@link
 * IndoSumGroupEval#FRESH}, {@link IndoSumGroupEval#FRESH2}, {@link IndoSumGroupEval#FRESH3}): never a reason to
 * choose (since session 17 the first two may be read for errors; fresh 3 is only reported); fresh 4 (session 19,
 * {@link IndoSumGroupEval#FRESH4}) is printed only with -Dintisari.fresh4=true, fresh 5 (session 20, {@link
 * IndoSumGroupEval#FRESH5}) only with -Dintisari.fresh5=true. -Dintisari.tune.dump=folder writes each
 * variant's article-to-story assignment; -Dintisari.tune.keys=true prints
 * how many of each set's split and merged pairs share an event key of each kind ({@link #keyReach});
 * -Dintisari.tune.why=true prints the pair-level error analysis
 * ({@link EventEvidence}).
 */
class GroupTuneEval {
    @Test
    void tune() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("intisari.tune"), "skipped: tuning, run with -Dintisari.tune=true");
        ArticleFeatures features = new ArticleFeatures().withEventSignals(EventSignals.of(EnumSet.allOf(EventSignals.Kind.class)));
        List<ClusterInput> indosum = cached("indosum", () -> inputs(IndoSumCorpus.withEntities(
                IndoSumCorpus.read(SharedData.require("indosum-devfolds"))), features));
        List<ClusterInput> detik = cached("detik", () -> inputs(IndoSumCorpus.withEntities(
                DetikCorpus.read(SharedData.require("detik-1000-summarization"))), features));
        Map<String, String> gold = IndoSumGroupEval.labels();
        Map<String, String> tune = IndoSumSplit.part(gold, true);
        Map<String, String> held = IndoSumSplit.part(gold, false);
        Map<String, String> detikGold = DetikGroupEval.labels();
        Map<String, String> weekGold = DetikGroupEval.labels("detik-week-events.tsv");
        Map<String, String> blindGold = DetikGroupEval.labels(DetikGroupEval.BLIND);
        Map<String, String> freshGold = IndoSumGroupEval.labels(IndoSumGroupEval.FRESH);
        Map<String, String> fresh2Gold = IndoSumGroupEval.labels(IndoSumGroupEval.FRESH2);
        Map<String, String> fresh3Gold = IndoSumGroupEval.labels(IndoSumGroupEval.FRESH3);
        Map<String, String> fresh4Gold = Boolean.getBoolean(IndoSumGroupEval.REPORT_FRESH4)
                ? IndoSumGroupEval.labels(IndoSumGroupEval.FRESH4) : null;
        Map<String, String> fresh5Gold = Boolean.getBoolean(IndoSumGroupEval.REPORT_FRESH5)
                ? IndoSumGroupEval.labels(IndoSumGroupEval.FRESH5) : null;
        System.out.printf("%-30s | %-23s | %-23s | %-23s | %-23s | %-23s | %-23s | %-23s | %-23s | %-23s%n",
                "variant (P R F1 B3F1 each)", "IndoSum tune (165)", "IndoSum held-out (182)", "IndoSum all (347)",
                "detik 21-22 Oct (202)", "detik 14-20 Oct (329)", "detik blind (107)", "IndoSum fresh (215)",
                "IndoSum fresh 2 (182)", "IndoSum fresh 3 (154)");
        for (String variant : System.getProperty("intisari.tune.variants", "base").split(";")) {
            ClusterConfig config = config(variant.strip());
            OnlineStoryClusterer clusterer = new OnlineStoryClusterer(config, features);
            List<StoryGroup> a = clusterer.fold(reshape(indosum, variant));
            List<StoryGroup> b = clusterer.fold(reshape(detik, variant));
            if (Boolean.getBoolean("intisari.tune.keys")) {
                keyReach(variant.strip() + " | IndoSum tune", a, tune, indosum);
                keyReach(variant.strip() + " | IndoSum held-out", a, held, indosum);
                keyReach(variant.strip() + " | IndoSum fresh", a, freshGold, indosum);
                keyReach(variant.strip() + " | IndoSum fresh 2", a, fresh2Gold, indosum);
                keyReach(variant.strip() + " | detik 21-22 Oct", b, detikGold, detik);
                keyReach(variant.strip() + " | detik 14-20 Oct", b, weekGold, detik);
            }
            System.out.printf("%-30s | %s | %s | %s | %s | %s | %s | %s | %s | %s%n", variant.strip(),
                    row(IndoSumGridEval.score(a, tune)), row(IndoSumGridEval.score(a, held)),
                    row(IndoSumGridEval.score(a, gold)), row(IndoSumGridEval.score(b, detikGold)),
                    row(IndoSumGridEval.score(b, weekGold)), row(IndoSumGridEval.score(b, blindGold)),
                    row(IndoSumGridEval.score(a, freshGold)), row(IndoSumGridEval.score(a, fresh2Gold)),
                    row(IndoSumGridEval.score(a, fresh3Gold)));
            if (fresh4Gold != null) {
                System.out.printf("%-30s | IndoSum fresh 4 (212): %s%n", variant.strip(),
                        row(IndoSumGridEval.score(a, fresh4Gold)));
            }
            if (fresh5Gold != null) {
                System.out.printf("%-30s | IndoSum fresh 5 (211): %s%n", variant.strip(),
                        row(IndoSumGridEval.score(a, fresh5Gold)));
            }
            if (Boolean.getBoolean("intisari.tune.why")) {
                EventEvidence.print(indosum, a, gold);
                EventEvidence.print(detik, b, detikGold);
                EventEvidence.print(detik, b, weekGold);
            }
            String dump = System.getProperty("intisari.tune.dump");
            if (dump != null) {
                dump(java.nio.file.Path.of(dump, "indosum-" + variant.strip() + ".tsv"), a);
                dump(java.nio.file.Path.of(dump, "detik-" + variant.strip() + ".tsv"), b);
            }
            if (Boolean.getBoolean("intisari.tune.errors")) {
                Map<String, String> storyOf = new HashMap<>();
                b.forEach(g -> g.articles().forEach(id -> storyOf.put(id, g.id())));
                DetikGroupEval.printErrors(detikGold, storyOf);
                DetikGroupEval.printErrors(weekGold, storyOf);
                storyOf.clear();
                a.forEach(g -> g.articles().forEach(id -> storyOf.put(id, g.id())));
                IndoSumGroupEval.printErrors(tune, storyOf);
                IndoSumGroupEval.printErrors(freshGold, storyOf);
            }
        }
    }

    /** The kinds of event key {@link #keyReach} counts: happenings, amounts, occasions, venues. */
    private static final String REACH_KINDS = "knvp";

    /**
     * The reach of the event keys on a set's errors (-Dintisari.tune.keys=true): of the pairs labelled one event but
     * put apart, and of those put together but labelled apart, how many share a key of each kind (happening
     * {@code k:}, amount {@code n:}, occasion {@code v:}, venue {@code p:}) and of any of them. A kind that few split
     * pairs share cannot join them, however it is scored or looked up. Only keys in at most the product's share of
     * the corpus's documents count (over the whole corpus, not the stream's count so far).
     */
    static void keyReach(String name, List<StoryGroup> stories, Map<String, String> gold, List<ClusterInput> inputs) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(st -> st.articles().forEach(x -> storyOf.put(x, st.id())));
        // only the keys the product counts as evidence: in at most eventMaxShare of the corpus's documents
        Map<String, Integer> df = new HashMap<>();
        inputs.forEach(i -> i.events().forEach(e -> df.merge(e, 1, Integer::sum)));
        long maxDf = Math.max(ClusterConfig.COMMON_ENTITY_FLOOR,
                (long) (ClusterConfig.news().eventMaxShare() * inputs.size()));
        Map<String, List<String>> keys = new HashMap<>();
        inputs.forEach(i -> keys.put(i.id(), i.events().stream().filter(e -> df.get(e) <= maxDf).toList()));
        List<String> ids = new java.util.ArrayList<>(gold.keySet());
        int[] split = new int[REACH_KINDS.length() + 2];
        int[] merged = new int[REACH_KINDS.length() + 2];
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String x = ids.get(i);
                String y = ids.get(j);
                boolean same = !"-".equals(gold.get(x)) && gold.get(x).equals(gold.get(y));
                if (same == java.util.Objects.equals(storyOf.get(x), storyOf.get(y))) {
                    continue;
                }
                int[] tally = same ? split : merged;
                tally[0]++;
                List<String> kx = keys.getOrDefault(x, List.of());
                java.util.Set<String> ky = new java.util.HashSet<>(keys.getOrDefault(y, List.of()));
                boolean any = false;
                for (int k = 0; k < REACH_KINDS.length(); k++) {
                    String prefix = REACH_KINDS.charAt(k) + ":";
                    if (kx.stream().anyMatch(e -> e.startsWith(prefix) && ky.contains(e))) {
                        tally[k + 1]++;
                        any = true;
                    }
                }
                if (any) {
                    tally[REACH_KINDS.length() + 1]++;
                }
            }
        }
        System.out.printf("%-50s | split pairs %d, sharing k n v p any %s | merged pairs %d, sharing %s%n", name,
                split[0], java.util.Arrays.toString(java.util.Arrays.copyOfRange(split, 1, split.length)),
                merged[0], java.util.Arrays.toString(java.util.Arrays.copyOfRange(merged, 1, merged.length)));
    }

    /** First words of a named venue (a building or ground where an occasion is held), for the wh=1 variant. */
    private static final java.util.Set<String> VENUE_HEADS = java.util.Set.of("stadion", "gedung", "kantor",
            "pengadilan", "istana", "hotel", "sirkuit", "kompleks", "bandara", "balai", "mapolda", "mapolres", "gor",
            "masjid", "rs", "stasiun", "universitas", "lapangan", "mabes", "pn", "rutan", "lapas", "aula", "pendopo",
            "wisma", "kampus", "auditorium", "ballroom", "grand", "markas", "mako", "polda", "polres", "polsek",
            "kejaksaan", "kejati", "kejari", "rumah", "pelabuhan", "terminal", "alun-alun", "taman", "gelora",
            "jiexpo", "jcc", "ice", "convention", "mall", "pusat");

    /**
     * The words of the product's {@code occasion-words.txt} (session 12), for the wo=1 variant on inputs cached
     * before the product read them: the capitalised names ({@code w:}) that hold one become occasion keys.
     */
    private static final java.util.Set<String> OCCASION_WORDS = java.util.Set.of("sidang", "rapat", "raker",
            "rakor", "rakornas", "rakernas", "rakerda", "musyawarah", "munas", "musda", "muktamar", "kongres",
            "konferensi", "forum", "seminar", "webinar", "simposium", "lokakarya", "fgd", "diskusi", "dialog",
            "audiensi", "upacara", "pelantikan", "peresmian", "peluncuran", "festival", "pameran", "ktt", "sarasehan",
            "debat", "briefing", "summit", "conference", "expo", "fair", "week", "award", "awards", "meeting",
            "talkshow", "gathering", "launching", "ceremony", "dialogue", "symposium", "congress", "workshop");

    /** Writes one line per article: article id, story id (for reading the errors with the texts beside them). */
    private static void dump(java.nio.file.Path file, List<StoryGroup> stories) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        stories.forEach(g -> g.articles().forEach(id -> lines.add(id + "\t" + g.id())));
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, lines);
    }

    /**
     * The inputs, kept between runs in the folder named by -Dintisari.tune.cache (entity recognition over both
     * corpora is most of a run); a plain text file of one input per line.
     */
    static List<ClusterInput> cached(String name, java.util.function.Supplier<List<ClusterInput>> make)
            throws IOException {
        String folder = System.getProperty("intisari.tune.cache");
        if (folder == null) {
            return make.get();
        }
        java.nio.file.Path file = java.nio.file.Path.of(folder, name + ".inputs");
        if (java.nio.file.Files.exists(file)) {
            return java.nio.file.Files.readAllLines(file).stream().map(GroupTuneEval::parse).toList();
        }
        List<ClusterInput> inputs = make.get();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, inputs.stream().map(GroupTuneEval::format).toList());
        return inputs;
    }

    /**
     * Feature variants on the cached inputs: lead=N keeps the first N body terms, tw=K repeats the title K times
     * (the cached terms are the title twice, then the body's).
     */
    static List<ClusterInput> reshape(List<ClusterInput> inputs, String variant) {
        int lead = Integer.MAX_VALUE;
        int tw = 2;
        String kinds = null;
        boolean venuesAsOccasions = false;
        boolean venueHeads = false;
        boolean occasionWords = false;
        for (String kv : variant.split(",")) {
            String[] p = kv.strip().split("=");
            if (p[0].equals("lead")) {
                lead = Integer.parseInt(p[1]);
            } else if (p[0].equals("tw")) {
                tw = Integer.parseInt(p[1]);
            } else if (p[0].equals("evk")) {
                kinds = p[1];
            } else if (p[0].equals("wh")) {
                venueHeads = Double.parseDouble(p[1]) > 0;
            } else if (p[0].equals("wo")) {
                occasionWords = Double.parseDouble(p[1]) > 0;
            } else if (p[0].equals("wv")) {
                venuesAsOccasions = Double.parseDouble(p[1]) > 0;
            }
        }
        if (java.util.Arrays.stream(variant.split(",")).anyMatch(kv -> kv.strip().equals("wp=1"))) {
            // session 18 candidate: every capitalised place named with "di" and the day ({@code w:}) also as a venue
            inputs = inputs.stream().map(in -> {
                List<String> ev = new java.util.ArrayList<>(in.events());
                for (String k : in.events()) {
                    if (k.startsWith("w:") && !ev.contains("p:" + k.substring(2))) {
                        ev.add("p:" + k.substring(2));
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
            }).toList();
        }
        int venueForms = 0;
        for (String kv : variant.split(",")) {
            String[] p = kv.strip().split("=");
            if (p[0].equals("pn")) {
                venueForms = Integer.parseInt(p[1]);
            }
        }
        if (java.util.Arrays.stream(variant.split(",")).anyMatch(kv -> kv.strip().equals("sch=1"))) {
            // session 23 candidate: schools as venue heads (the named places after the triggers, {@code w:}, whose
            // first word names a school, as venues with the publication day)
            java.util.Set<String> schools = java.util.Set.of("sekolah", "sd", "sdn", "smp", "smpn", "sma", "sman",
                    "smk", "smkn", "slb", "srmp", "srma", "madrasah", "mts", "mtsn", "pesantren", "ponpes");
            inputs = inputs.stream().map(in -> {
                List<String> ev = new java.util.ArrayList<>(in.events());
                for (String k : in.events()) {
                    int at = k.indexOf(' ');
                    if (k.startsWith("w:") && at > 2 && schools.contains(k.substring(2, at))
                            && !ev.contains("p:" + k.substring(2))) {
                        ev.add("p:" + k.substring(2));
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
            }).toList();
        }
        if (java.util.Arrays.stream(variant.split(",")).anyMatch(kv -> kv.strip().equals("gh=1"))) {
            // session 19 candidate: "graha" as a venue head (the named places after the triggers, {@code w:}, whose
            // first word is "graha", as venues with the publication day)
            inputs = inputs.stream().map(in -> {
                List<String> ev = new java.util.ArrayList<>(in.events());
                for (String k : in.events()) {
                    if (k.startsWith("w:graha ") && !ev.contains("p:" + k.substring(2))) {
                        ev.add("p:" + k.substring(2));
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
            }).toList();
        }
        if (java.util.Arrays.stream(variant.split(",")).anyMatch(kv -> kv.strip().equals("a1=1"))) {
            // session 19 candidate: only the speaker quoted most ({@code a:}, the first one kept) as the main actor
            inputs = inputs.stream().map(in -> {
                List<String> ev = new java.util.ArrayList<>();
                boolean first = true;
                for (String k : in.events()) {
                    if (!k.startsWith("a:") || first) {
                        ev.add(k);
                        first = first && !k.startsWith("a:");
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
            }).toList();
        }
        if (venueForms > 0) {
            // session 19 candidate: a venue written two ways ("Kantor Pos Cikini" / "Kantor Pos Indonesia Cikini")
            int mode = venueForms;
            inputs = inputs.stream().map(in -> {
                java.util.LinkedHashSet<String> ev = new java.util.LinkedHashSet<>(in.events());
                for (String k : in.events()) {
                    if (k.startsWith("p:")) {
                        int at = k.indexOf('@');
                        String[] w = k.substring(2, at).split(" ");
                        String day = k.substring(at);
                        if ((mode & 1) != 0 && w.length >= 4) {
                            for (int drop = 1; drop < w.length; drop++) {
                                StringBuilder b = new StringBuilder();
                                for (int j = 0; j < w.length; j++) {
                                    if (j != drop) {
                                        b.append(b.length() == 0 ? "" : " ").append(w[j]);
                                    }
                                }
                                ev.add("p:" + b + day);
                            }
                        }
                        if ((mode & 2) != 0 && w.length >= 4) {
                            ev.add("p:" + w[0] + " " + w[1] + " " + w[2] + day);
                        }
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), List.copyOf(ev));
            }).toList();
        }
        if (occasionWords) {
            inputs = inputs.stream().map(in -> {
                List<String> ev = new java.util.ArrayList<>(in.events());
                for (String k : in.events()) {
                    if (k.startsWith("w:") && java.util.Arrays.stream(k.substring(2, k.indexOf('@')).split(" "))
                            .anyMatch(OCCASION_WORDS::contains) && !ev.contains("v:" + k.substring(2))) {
                        ev.add("v:" + k.substring(2));
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
            }).toList();
        }
        int leadDayKeys = -1;
        boolean venueOccasions = false;
        boolean placeAliases = false;
        for (String kv : variant.split(",")) {
            String[] p = kv.strip().split("=");
            if (p[0].equals("ld")) {
                leadDayKeys = Integer.parseInt(p[1]);
            } else if (p[0].equals("pa")) {
                placeAliases = Integer.parseInt(p[1]) > 0;
            } else if (p[0].equals("pv")) {
                venueOccasions = Integer.parseInt(p[1]) > 0;
            }
        }
        if (leadDayKeys == 0) {
            // the occasion and venue keys with the publication day only (before session 15)
            inputs = inputs.stream().map(in -> {
                String day = in.when() == null ? null
                        : "@" + in.when().atZone(java.time.ZoneOffset.ofHours(7)).toLocalDate();
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(),
                        in.events().stream().filter(k -> !(k.startsWith("v:") || k.startsWith("p:"))
                                || day == null || k.endsWith(day)).toList());
            }).toList();
        }
        if (venueOccasions) {
            inputs = inputs.stream().map(in -> new ClusterInput(in.id(), in.when(), in.terms(), in.entities(),
                    in.copyOf(), in.events().stream().map(k -> k.startsWith("p:") ? "v:" + k.substring(2) : k)
                    .toList())).toList();
        }
        if (leadDayKeys > 0 || placeAliases) {
            int mode = leadDayKeys;
            boolean aliases = placeAliases;
            inputs = inputs.stream().map(in -> {
                String leadDay = in.events().stream().filter(k -> k.startsWith("l:")).map(k -> k.substring(2))
                        .findFirst().orElse(null);
                List<String> ev = new java.util.ArrayList<>();
                for (String k : in.events()) {
                    boolean keyed = (k.startsWith("v:") || k.startsWith("p:") && mode < 3) && k.indexOf('@') > 0;
                    String key = k;
                    if (keyed && aliases) {
                        key = k.substring(0, 2) + oneRegionName(k.substring(2, k.indexOf('@')))
                                + k.substring(k.indexOf('@'));
                    }
                    if (keyed && leadDay != null && mode > 0) {
                        String moved = key.substring(0, key.indexOf('@') + 1) + leadDay;
                        if (mode >= 2 && !ev.contains(key)) {
                            ev.add(key);
                        }
                        key = moved;
                    }
                    if (!ev.contains(key)) {
                        ev.add(key);
                    }
                }
                return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
            }).toList();
        }
        for (String kv : variant.split(",")) {
            String[] p = kv.strip().split("=");
            if (p[0].equals("cw")) {
                inputs = classWords(inputs, CLASS_LISTS.get(Integer.parseInt(p[1])));
            } else if (p[0].equals("pe")) {
                // session 16 candidate: venues hired for one occasion (hotels, ballrooms, convention halls; pe=2 also
                // sports grounds) scored as occasions: their venue key (p:) also as an occasion key (v:)
                java.util.Set<String> heads = java.util.Set.of(("hotel ballroom grand jcc jiexpo ice convention auditorium"
                        + (p[1].equals("2") ? " stadion gelora gor sirkuit" : "")).split(" "));
                inputs = inputs.stream().map(in -> {
                    List<String> ev = new java.util.ArrayList<>(in.events());
                    for (String k : in.events()) {
                        if (k.startsWith("p:") && heads.contains(k.substring(2).split(" ")[0])) {
                            ev.add("v:" + k.substring(2));
                        }
                    }
                    return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
                }).toList();
            } else if (p[0].equals("ws") || p[0].equals("ow") || p[0].equals("pf")) {
                inputs = occasionVariant(inputs, p[0], Integer.parseInt(p[1]));
            } else if (p[0].equals("ep")) {
                // session 16 candidate: each pair of the article's first N entity names as an event key (e:)
                int first = Integer.parseInt(p[1]);
                inputs = inputs.stream().map(in -> {
                    List<String> ev = new java.util.ArrayList<>(in.events());
                    List<String> names = in.entities().stream().distinct().limit(first).sorted().toList();
                    for (int i = 0; i < names.size(); i++) {
                        for (int j = i + 1; j < names.size(); j++) {
                            ev.add("e:" + names.get(i) + "|" + names.get(j));
                        }
                    }
                    return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
                }).toList();
            }
        }
        if (kinds == null) {
            kinds = "nvpldakt";
        }
        if (kinds != null) {
            String keep = kinds;
            boolean rename = venuesAsOccasions;
            boolean heads = venueHeads;
            inputs = inputs.stream().map(in -> new ClusterInput(in.id(), in.when(), in.terms(), in.entities(),
                    in.copyOf(), in.events().stream().filter(k -> keep.indexOf(k.charAt(0)) >= 0)
                    .filter(k -> !heads || !k.startsWith("w:") || VENUE_HEADS.contains(k.substring(2).split(" ")[0]))
                    .map(k -> rename && k.startsWith("w:") ? "v:" + k.substring(2) : k).toList())).toList();
        }
        if (lead == Integer.MAX_VALUE && tw == 2) {
            return inputs;
        }
        List<ClusterInput> out = new java.util.ArrayList<>();
        for (ClusterInput in : inputs) {
            List<String> t = in.terms();
            int k = 0;
            for (int n = 1; 2 * n <= t.size(); n++) {
                if (t.subList(0, n).equals(t.subList(n, 2 * n))) {
                    k = n;
                    break;
                }
            }
            List<String> title = t.subList(0, k);
            List<String> body = t.subList(2 * k, t.size());
            List<String> terms = new java.util.ArrayList<>();
            for (int i = 0; i < tw; i++) {
                terms.addAll(title);
            }
            terms.addAll(body.subList(0, Math.min(lead, body.size())));
            out.add(new ClusterInput(in.id(), in.when(), terms, in.entities(), in.copyOf(), in.events()));
        }
        return out;
    }

    private static final String SPORT = "piala liga turnamen kejuaraan kompetisi beregu tunggal ganda putra putri campuran";
    private static final String COURT = "cerai perceraian korupsi pembunuhan penipuan penganiayaan narkoba sengketa";
    private static final String KINDS = "film musik seni budaya kuliner buku produk teknologi otomotif hut internasional nasional tahunan";
    /** Lists of class words for the cw=N variant: 1 competitions, 2 and court cases, 3 and kinds of festival (the product's list), 4 and "paripurna". */
    private static final List<java.util.Set<String>> CLASS_LISTS = List.of(java.util.Set.of(),
            java.util.Set.of(SPORT.split(" ")), java.util.Set.of((SPORT + " " + COURT).split(" ")),
            java.util.Set.of((SPORT + " " + COURT + " " + KINDS).split(" ")),
            java.util.Set.of((SPORT + " " + COURT + " " + KINDS + " paripurna").split(" ")));

    /**
     * The cw=N variant, on inputs cached before session 16: an occasion name ({@code v:}) that ends in one
     * of the words and goes on in a longer name of the same article and day is written with the first word after
     * it that is not one of them ("final piala" -> "final piala/sudirman"), as the product's {@code
     * occasion-classes.txt} now makes it.
     */
    private static List<ClusterInput> classWords(List<ClusterInput> inputs, java.util.Set<String> classes) {
        return inputs.stream().map(in -> {
            List<String> ev = new java.util.ArrayList<>();
            for (String k : in.events()) {
                int at = k.indexOf('@');
                if (!k.startsWith("v:") || at < 0) {
                    ev.add(k);
                    continue;
                }
                String name = k.substring(2, at);
                String day = k.substring(at);
                String last = name.substring(name.lastIndexOf(' ') + 1);
                if (name.indexOf(' ') < 0 || !classes.contains(last)) {
                    ev.add(k);
                    continue;
                }
                String longest = null;
                for (String o : in.events()) {
                    if (o.startsWith("v:" + name + " ") && o.endsWith(day)
                            && (longest == null || o.length() > longest.length())) {
                        longest = o;
                    }
                }
                if (longest == null) {
                    ev.add(k);
                    continue;
                }
                for (String w : longest.substring(3 + name.length(), longest.indexOf('@')).split(" ")) {
                    if (!classes.contains(w)) {
                        ev.add("v:" + name + "/" + w + day);
                        break;
                    }
                }
            }
            return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
        }).toList();
    }

    /** Words that end an occasion's name, for the ow=1 variant (copulas, "asal", "musim"). */
    private static final java.util.Set<String> NAME_ENDS = java.util.Set.of("asal", "musim", "adalah", "merupakan",
            "bukan", "bukanlah", "ialah", "yakni", "yaitu", "kali", "pertama", "kedua", "ketiga", "kemudian", "selama",
            "antara", "melawan", "kontra", "versus", "vs", "jelas", "bisa", "sendiri", "karena", "lantaran");

    /**
     * Session 16 occasion variants on cached keys: ws=1 a scheduled sporting occasion (a name headed by "gp", "final"
     * or "semifinal") also keyed by its weekend (the Sunday nearest its day: Monday to Wednesday the one before,
     * Thursday to Saturday the one after), so a race week's preview, practice, race and reactions share a key;
     * ws=2 by its ISO week; ow=1 names cut at a word that ends an occasion's name ({@link #NAME_ENDS}); pf=1
     * "perancis" written "prancis".
     */
    private static List<ClusterInput> occasionVariant(List<ClusterInput> inputs, String kind, int mode) {
        if (mode == 0) {
            return inputs;
        }
        return inputs.stream().map(in -> {
            List<String> ev = new java.util.ArrayList<>();
            for (String k : in.events()) {
                int at = k.indexOf('@');
                if (!k.startsWith("v:") || at < 0) {
                    ev.add(k);
                    continue;
                }
                String name = k.substring(2, at);
                String day = k.substring(at + 1);
                if (kind.equals("pf")) {
                    name = (" " + name + " ").replace(" perancis ", " prancis ").strip();
                    k = "v:" + name + "@" + day;
                } else if (kind.equals("ow")) {
                    String[] w = name.split(" ");
                    boolean cut = false;
                    for (int i = 1; i < w.length; i++) {
                        cut |= NAME_ENDS.contains(w[i].replace("/", " ").split(" ")[0])
                                || w[i].contains("/") && NAME_ENDS.contains(w[i].substring(w[i].indexOf('/') + 1));
                    }
                    if (cut) {
                        continue;
                    }
                }
                if (!ev.contains(k)) {
                    ev.add(k);
                }
                if (kind.equals("ws") && day.length() == 10 && (name.startsWith("gp ") || name.startsWith("final ")
                        || name.startsWith("semifinal "))) {
                    java.time.LocalDate d = java.time.LocalDate.parse(day);
                    int dow = d.getDayOfWeek().getValue();
                    String when = mode == 2 ? d.getYear() + "w" + d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                            : (dow <= 3 ? d.minusDays(dow) : d.plusDays(7 - dow)).toString();
                    String wk = "v:" + name + "@s" + when;
                    if (!ev.contains(wk)) {
                        ev.add(wk);
                    }
                }
            }
            return new ClusterInput(in.id(), in.when(), in.terms(), in.entities(), in.copyOf(), ev);
        }).toList();
    }

    /** Short forms of region names read as the full name in a venue's key, for the pa=1 variant. */
    private static final Map<String, String> REGION_FORMS = Map.of("dki", "jakarta", "jabar", "jawa barat",
            "jateng", "jawa tengah", "jatim", "jawa timur", "diy", "yogyakarta", "jogja", "yogyakarta",
            "sumut", "sumatera utara", "sulsel", "sulawesi selatan");

    /** A venue's name with its region written one way ("balai kota dki" and "balai kota dki jakarta" as "balai kota jakarta"). */
    private static String oneRegionName(String name) {
        String s = " " + name + " ";
        for (Map.Entry<String, String> e : REGION_FORMS.entrySet()) {
            s = s.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return s.replace(" jakarta jakarta ", " jakarta ").strip();
    }

    private static String format(ClusterInput in) {
        return String.join("\t", in.id(), in.when() == null ? "" : in.when().toString(),
                in.copyOf() == null ? "" : in.copyOf(), String.join("\u0001", in.terms()),
                String.join("\u0001", in.entities()), String.join("\u0001", in.events()));
    }

    private static ClusterInput parse(String line) {
        String[] f = line.split("\t", -1);
        return new ClusterInput(f[0], f[1].isEmpty() ? null : java.time.Instant.parse(f[1]), split(f[3]), split(f[4]),
                f[2].isEmpty() ? null : f[2], f.length > 5 ? split(f[5]) : List.of());
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\u0001"));
    }

    private static String row(ClusteringScores s) {
        return String.format("%.3f %.3f %.3f %.3f", s.pairPrecision(), s.pairRecall(), s.pairF1(), s.bcubedF1());
    }

    /** Publication order with the duplicate detector's copies marked, as the pipeline clusters them. */
    static List<ClusterInput> inputs(List<Article> articles, ArticleFeatures features) {
        List<Article> ordered = articles.stream().sorted(Comparator
                .comparing((Article a) -> a.published().instant()).thenComparing(Article::id)).toList();
        List<DuplicateGroup> copies = new MinHashDuplicateDetector().detect(ordered);
        Map<String, String> copyOf = new HashMap<>();
        copies.forEach(g -> g.articles().stream().filter(id -> !id.equals(g.first()))
                .forEach(id -> copyOf.put(id, g.first())));
        return ordered.stream().map(a -> features.input(a, copyOf.get(a.id()))).toList();
    }

    static ClusterConfig config(String variant) {
        ClusterConfig c = ClusterConfig.news();
        if (variant.equals("base") || variant.isEmpty()) {
            return c;
        }
        for (String kv : variant.split(",")) {
            String[] p = kv.split("=");
            if (java.util.Set.of("sch", "gh", "a1", "pn", "evk", "wv", "wh", "wo", "ld", "pa", "pv", "cw", "ep", "ws", "ow", "pf", "pe", "wp").contains(p[0].strip())) {
                continue;
            }
            double v = Double.parseDouble(p[1]);
            c = switch (p[0].strip()) {
                case "thr" -> c.withThreshold(v);
                case "merge" -> c.withMergeThreshold(v);
                case "grace" -> c.withGrace(days(v));
                case "decay" -> c.withDecay(days(v));
                case "edec" -> c.withEntityDecay(days(v));
                case "ew" -> c.withEntityWeight(v);
                case "bonus" -> c.withEntityBonus(v, c.minSharedEntities());
                case "shared" -> c.withEntityBonus(c.entityBonus(), (int) v);
                case "eterms" -> c.withEntityTerms(v > 0);
                case "members" -> c.withMemberLinks((int) v);
                case "share" -> c.withCommonEntityShare(v);
                case "at" -> c.withArticleTerms((int) v);
                case "ev" -> c.withEvents(v, c.eventSaturation(), c.eventMaxShare());
                case "evsat" -> c.withEvents(c.eventBonus(), v, c.eventMaxShare());
                case "evdf" -> c.withEvents(c.eventBonus(), c.eventSaturation(), v);
                case "ob" -> c.withOccasionBonus(v);
                case "wf" -> c.withAgainst(c.against().withWordFloor(v));
                case "coh" -> c.withAgainst(c.against().withCohesion(v, c.against().cohesionSize()));
                case "cohn" -> c.withAgainst(c.against().withCohesion(c.against().cohesionRatio(), (int) v));
                case "op" -> c.withAgainst(c.against().withOccasionPenalty(v));
                case "dp" -> c.withAgainst(c.against().withDayPenalty(v, c.against().dayReach()));
                case "dr" -> c.withAgainst(c.against().withDayPenalty(c.against().dayPenalty(), (int) v));
                case "ve" -> c.withAgainst(c.against().withVenueExempt(v > 0));
                case "ds" -> c.withAgainst(c.against().withDaySpan((int) v));
                case "dpub" -> c.withAgainst(c.against().withPublicationDays(v > 0));
                case "vp" -> c.withAgainst(c.against().withVenuePenalty(v));
                case "avp" -> c.withAgainst(c.against().withActorVenuePenalty(v));
                case "np" -> c.withAgainst(c.against().withNamelessPenalty(v));
                case "sch", "lead", "tw", "evk", "wv", "wh", "wo", "ld", "pa", "pv", "cw", "ep", "ws", "ow", "pf", "pe", "wp" -> c;
                case "hb" -> c.withHeadlines(c.headlines().withBonus(v));
                case "hsat" -> c.withHeadlines(c.headlines().withSaturation(v));
                case "hmin" -> c.withHeadlines(c.headlines().withMinIdf(v));
                default -> throw new IllegalArgumentException("unknown key " + p[0]);
            };
        }
        return c;
    }

    private static Duration days(double d) {
        return Duration.ofMinutes((long) (d * 24 * 60));
    }
}
