package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VariantEntityLinkerTest {
    private final VariantEntityLinker linker = new VariantEntityLinker();

    /** An article analysed by the real recogniser. */
    private static Article article(String id, String text) {
        List<Entity> entities = EntityProbe.entities(text);
        List<Quote> quotes = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == dev.intisari.model.EntityType.PERSON) {
                quotes.add(new Quote(id + "-q", e.name(), e.id(), "x", new Span(0, 1), true, "kata", 0, null, null));
                break;
            }
        }
        return new Article(id, "test", null, null, null, null, "id", List.of(), text, List.of(), List.of(),
                Credits.NONE, List.of(), List.of(), List.of(), entities, quotes, List.of(), List.of());
    }

    private static List<String> names(Article a) {
        return a.entities().stream().map(Entity::name).toList();
    }

    @ParameterizedTest(name = "{1} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
        Menteri Luar Negeri Rusia Sergey Lavrov tiba di Turki.        | Sergey Lavrov      | Lavrov, diplomat senior Rusia Sergej Lavrov, tiba di Turki. | Sergej Lavrov
        Pasukan Rusia mendekati Kyiv pada Senin.                      | Kyiv               | Serangan rudal menghantam pinggiran Kiyev pada Selasa.      | Kiyev
        Presiden Ukraina Volodymyr Zelensky berbicara di parlemen.    | Volodymyr Zelensky | Pemimpin Ukraina Volodymyr Zelenskyi berbicara di parlemen. | Volodymyr Zelenskyi
        Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi.       | Komisi Pemberantasan Korupsi | Penyidik KPK memeriksa dua saksi lagi.          | KPK
        Juru Bicara Kremlin Dmitry Peskov menolak berkomentar.        | Dmitry Peskov      | Menurut Peskov, pembicaraan akan dilanjutkan.               | Peskov
        """)
    void oneEntityOneNameAcrossArticles(String first, String name, String second, String variant) {
        Article a = article("a", first);
        Article b = article("b", second);
        List<Article> linked = linker.link(List.of(a, b));
        assertEquals(List.of(a.id(), b.id()), linked.stream().map(Article::id).toList());
        List<String> before = names(b);
        List<String> after = names(linked.get(1));
        if (before.contains(variant)) {
            assertEquals(before.size(), after.size());
            assertEquals(name, after.get(before.indexOf(variant)), after.toString());
        } else {
            assertEquals(true, after.contains(name), before + " -> " + after);
        }
        assertEquals(true, names(linked.get(0)).contains(name), names(linked.get(0)).toString());
    }

    @Test
    void quoteSpeakersFollowTheRenamedEntity() {
        Article a = article("a", "Juru Bicara Kremlin Dmitry Peskov menolak berkomentar.");
        Article b = article("b", "Menurut Peskov, pembicaraan akan dilanjutkan.");
        Article linked = linker.link(List.of(a, b)).get(1);
        assertEquals("Dmitry Peskov", linked.quotes().get(0).speaker());
    }

    @Test
    void differentPeopleKeepTheirNames() {
        Article a = article("a", "Presiden Joko Widodo meresmikan bendungan di Bogor.");
        Article b = article("b", "Presiden Prabowo Subianto meresmikan bendungan di Bogor.");
        List<Article> linked = linker.link(List.of(a, b));
        assertNotEquals(names(linked.get(0)), names(linked.get(1)));
        assertEquals(names(a), names(linked.get(0)));
        assertEquals(names(b), names(linked.get(1)));
    }

    /** A hand-made article: one entity per {name, type, mention, mention, …}, mentions found in order. */
    private static Article made(String id, String text, String[]... entities) {
        List<Entity> list = new ArrayList<>();
        for (String[] e : entities) {
            List<Span> mentions = new ArrayList<>();
            int from = 0;
            for (int k = 2; k < e.length; k++) {
                int at = text.indexOf(e[k], from);
                mentions.add(new Span(at, at + e[k].length()));
                from = at + e[k].length();
            }
            list.add(new Entity("e" + list.size(), e[0], dev.intisari.model.EntityType.valueOf(e[1]), mentions));
        }
        return new Article(id, "test", null, null, null, null, "id", List.of(), text, List.of(), List.of(),
                Credits.NONE, List.of(), List.of(), List.of(), list, List.of(), List.of(), List.of());
    }

    @Test
    void anAcronymTheTableKnowsKeepsItsMeaningWhenAnArticleSpellsItOutOtherwise() {
        Article un = made("un", "Perserikatan Bangsa-Bangsa (PBB) menggelar sidang. PBB meminta gencatan senjata.",
                new String[] {"Perserikatan Bangsa-Bangsa", "ORGANIZATION", "Perserikatan Bangsa-Bangsa", "PBB", "PBB"});
        Article tax = made("tax", "Tarif Pajak Bumi dan Bangunan (PBB) naik tahun ini.",
                new String[] {"Pajak Bumi dan Bangunan", "ORGANIZATION", "Pajak Bumi dan Bangunan", "PBB"});
        Article bare = made("bare", "PBB mengirim bantuan ke Gaza.", new String[] {"PBB", "ORGANIZATION", "PBB"});
        List<Article> linked = linker.link(List.of(un, tax, bare));
        assertEquals(List.of("Perserikatan Bangsa-Bangsa"), names(linked.get(0)));
        assertEquals(List.of("Pajak Bumi dan Bangunan"), names(linked.get(1)));
        assertEquals(List.of("Perserikatan Bangsa-Bangsa"), names(linked.get(2)));
    }

    /** Session 12: an officer named with his rank is not the civilian of the same first name in another article. */
    @Test
    void aRankedOneWordNameTakesOnlyARankedFullName() {
        Article activist = made("a", "Aktivis Haris Prasetyo mengkritik polisi. Haris meminta penyelidikan terbuka.",
                new String[] {"Haris Prasetyo", "PERSON", "Haris Prasetyo", "Haris"});
        Article officer = made("o", "Kanit Reskrim Polsek Cibeber Iptu Haris mengatakan pelaku sudah ditahan.",
                new String[] {"Haris", "PERSON", "Haris"});
        Article spokesman = made("s", "Kabid Humas Kombes Yusri Wiratama memberi keterangan. Yusri menjawab wartawan.",
                new String[] {"Yusri Wiratama", "PERSON", "Yusri Wiratama", "Yusri"});
        Article ranked = made("r", "Kombes Yusri menyebut razia akan diperluas.", new String[] {"Yusri", "PERSON", "Yusri"});
        Article activist2 = made("a2", "Haris Prasetyo kembali bersuara. Haris menyebut laporan itu lengkap.",
                new String[] {"Haris Prasetyo", "PERSON", "Haris Prasetyo", "Haris"});
        Article plain = made("p", "Haris hadir dalam diskusi itu.", new String[] {"Haris", "PERSON", "Haris"});
        Article written = made("w", "Laporan diterima staf Bareskrim Komisaris Haris dan diberi nomor.",
                new String[] {"Haris", "PERSON", "Haris"});
        Article activist3 = made("a3", "Haris Prasetyo menanggapi.", new String[] {"Haris Prasetyo", "PERSON", "Haris Prasetyo"});
        List<Article> linked = linker.link(List.of(activist, officer, spokesman, ranked, plain, activist2, written,
                activist3));
        assertEquals(List.of("Haris"), names(linked.get(1)), "the officer keeps his own name");
        assertEquals(List.of("Haris"), names(linked.get(6)), "a rank written out (session 19)");
        assertEquals(List.of("Yusri Wiratama"), names(linked.get(3)), "a ranked name takes a ranked full name");
        assertEquals(List.of("Haris Prasetyo"), names(linked.get(4)), "an unranked name still takes the full name");
    }

    @Test
    void aShortNameTakesTheLongNameMostArticlesUsedItFor() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            corpus.add(made("p" + i, "Presiden Prabowo Subianto tiba. Prabowo menyapa warga.",
                    new String[] {"Prabowo Subianto", "PERSON", "Prabowo Subianto", "Prabowo"}));
        }
        corpus.add(made("k", "Kapolri Listyo Sigit Prabowo hadir. Prabowo memberi arahan.",
                new String[] {"Listyo Sigit Prabowo", "PERSON", "Listyo Sigit Prabowo", "Prabowo"}));
        corpus.add(made("s", "Prabowo meresmikan bendungan di Bogor.", new String[] {"Prabowo", "PERSON", "Prabowo"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(List.of("Prabowo Subianto"), names(linked.get(5)));
        assertEquals(List.of("Listyo Sigit Prabowo"), names(linked.get(4)));
    }

    /** Session 16: a full name joined by one article to another full name it shares no word with stays itself. */
    @Test
    void aFullNameJoinedToAnUnrelatedNameInOneArticleKeepsItsName() {
        List<Article> corpus = new ArrayList<>();
        corpus.add(made("r", "Hasil: Tommy Surya Pratama menang. Pasangan Rina Ayu Lestari juga lolos.",
                new String[] {"Tommy Surya Pratama", "PERSON", "Tommy Surya Pratama", "Rina Ayu Lestari"}));
        for (int i = 0; i < 3; i++) {
            corpus.add(made("t" + i, "Tommy Surya Pratama berlatih pagi.",
                    new String[] {"Tommy Surya Pratama", "PERSON", "Tommy Surya Pratama"}));
        }
        corpus.add(made("w", "Rina Ayu Lestari lolos ke final.", new String[] {"Rina Ayu Lestari", "PERSON",
                "Rina Ayu Lestari"}));
        corpus.add(made("g", "Wakil gubernur Saiful Yunus hadir. Gus Ipul menyapa warga.",
                new String[] {"Saiful Yunus", "PERSON", "Saiful Yunus", "Gus Ipul"}));
        corpus.add(made("n", "Gus Ipul meninjau posko banjir.", new String[] {"Gus Ipul", "PERSON", "Gus Ipul"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(List.of("Rina Ayu Lestari"), names(linked.get(4)), "no short form of an unrelated name");
        assertEquals(List.of("Saiful Yunus"), names(linked.get(6)), "an honorific with a nickname still links");
    }

    @Test
    void aShortNameSharedEvenlyKeepsItsOwnName() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(made("a" + i, "Budi Santoso hadir. Budi tersenyum.",
                    new String[] {"Budi Santoso", "PERSON", "Budi Santoso", "Budi"}));
            corpus.add(made("b" + i, "Budi Gunawan hadir. Budi berbicara.",
                    new String[] {"Budi Gunawan", "PERSON", "Budi Gunawan", "Budi"}));
        }
        corpus.add(made("s", "Budi datang terlambat.", new String[] {"Budi", "PERSON", "Budi"}));
        assertEquals(List.of("Budi"), names(linker.link(corpus).get(6)));
    }

    @Test
    void aPartyNamedWithAndWithoutItsDesignatorIsOneOrganisation() {
        Article full = made("f", "Partai Amanat Sejahtera menggelar kongres.",
                new String[] {"Partai Amanat Sejahtera", "ORGANIZATION", "Partai Amanat Sejahtera"});
        Article bare = made("b", "Kader Amanat Sejahtera berkumpul di Solo.",
                new String[] {"Amanat Sejahtera", "ORGANIZATION", "Amanat Sejahtera"});
        assertEquals(List.of("Partai Amanat Sejahtera"), names(linker.link(List.of(full, bare)).get(1)));
    }

    @Test
    void anAcronymSpelledOutInOneArticleIsLinkedInTheOthers() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            corpus.add(made("a" + i, "Relawan BPBN tiba di lokasi.", new String[] {"BPBN", "ORGANIZATION", "BPBN"}));
        }
        corpus.add(made("f", "Badan Penanggulangan Bencana Nusantara (BPBN) mengirim relawan.",
                new String[] {"Badan Penanggulangan Bencana Nusantara", "ORGANIZATION",
                        "Badan Penanggulangan Bencana Nusantara", "BPBN"}));
        assertEquals(List.of("BPBN"), names(linker.link(corpus).get(12)));
        assertEquals(List.of("BPBN"), names(linker.link(corpus).get(0)));
        assertEquals(names(linker.link(corpus).get(0)), names(linker.link(corpus).get(12)));
    }

    /**
     * Session 18: a one-word name takes another article's full name unless its own article names other, uncommon
     * entities and none of them was ever named beside the full name.
     */
    @Test
    void aShortNameInUnrelatedCompanyKeepsItsOwnName() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(made("k" + i, "Kiper Bali United Wawan Hendrawan menepis tendangan Ilija Spasojevic. Wawan tampil baik.",
                    new String[] {"Bali United", "ORGANIZATION", "Bali United"},
                    new String[] {"Wawan Hendrawan", "PERSON", "Wawan Hendrawan", "Wawan"},
                    new String[] {"Ilija Spasojevic", "PERSON", "Ilija Spasojevic"}));
        }
        corpus.add(made("b", "Kapolres Bekasi Hendra Gunawan memimpin razia di Bekasi.",
                new String[] {"Hendra Gunawan", "PERSON", "Hendra Gunawan"}, new String[] {"Bekasi", "LOCATION", "Bekasi"}));
        Article suspect = made("s", "Tersangka Wawan ditangkap di Bekasi, kata Kapolres Hendra Gunawan.",
                new String[] {"Wawan", "PERSON", "Wawan"}, new String[] {"Bekasi", "LOCATION", "Bekasi"},
                new String[] {"Hendra Gunawan", "PERSON", "Hendra Gunawan"});
        Article match = made("m", "Wawan menepis tendangan Ilija Spasojevic dari jarak dekat.",
                new String[] {"Wawan", "PERSON", "Wawan"}, new String[] {"Ilija Spasojevic", "PERSON", "Ilija Spasojevic"});
        Article alone = made("a", "Wawan datang terlambat.", new String[] {"Wawan", "PERSON", "Wawan"});
        corpus.addAll(List.of(suspect, match, alone));
        List<Article> linked = linker.link(corpus);
        assertEquals(List.of("Wawan", "Bekasi", "Hendra Gunawan"), names(linked.get(4)), "nothing shared: no join");
        assertEquals(List.of("Wawan Hendrawan", "Ilija Spasojevic"), names(linked.get(5)), "a team mate shared");
        assertEquals(List.of("Wawan Hendrawan"), names(linked.get(6)), "no company at all: no evidence against");
    }

    /**
     * Session 19: a lone short name among unrelated uncommon names still links when a common name ties it, more often
     * in the longer name's articles than in the corpus; for the corpus's established short form (10 articles) a weaker
     * tie is enough. Made-up articles: a minister "Darmawan Setiaji" always beside "Indonesia", which half of all
     * articles name, and beside villages named by two articles each.
     */
    @ParameterizedTest(name = "{0} articles of the full name: {1}")
    @CsvSource({"10, Darmawan Setiaji", "5, Darmawan"})
    void aFamousShortFormLinksWhenACommonNameTiesIt(int fullArticles, String expected) {
        List<Article> corpus = new ArrayList<>();
        String[] villages = {"Cikaret", "Sukamaju", "Bojongsari", "Pasirjaya", "Karangsari"};
        for (int i = 0; i < fullArticles; i++) {
            String village = villages[i / 2];
            corpus.add(made("f" + i, "Menteri Darmawan Setiaji tiba di " + village + ", Indonesia. Darmawan membuka rapat.",
                    new String[] {"Darmawan Setiaji", "PERSON", "Darmawan Setiaji", "Darmawan"},
                    new String[] {village, "LOCATION", village}, new String[] {"Indonesia", "LOCATION", "Indonesia"}));
        }
        for (int i = 0; i < fullArticles; i++) {
            corpus.add(made("j" + i, "Hujan deras mengguyur Jakarta.", new String[] {"Jakarta", "LOCATION", "Jakarta"}));
        }
        corpus.add(made("o", "Islamabad dan Pakistan bersiap.", new String[] {"Islamabad", "LOCATION", "Islamabad"},
                new String[] {"Pakistan", "LOCATION", "Pakistan"}));
        corpus.add(made("l", "Darmawan tiba di Islamabad, Pakistan, disambut diaspora Indonesia.",
                new String[] {"Darmawan", "PERSON", "Darmawan"}, new String[] {"Islamabad", "LOCATION", "Islamabad"},
                new String[] {"Pakistan", "LOCATION", "Pakistan"}, new String[] {"Indonesia", "LOCATION", "Indonesia"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(expected, names(linked.get(linked.size() - 1)).get(0));
    }

    /**
     * Session 22: a short name among names its longer name's articles never named still links when its article writes
     * it after a title those articles write before the longer name far more often than the corpus writes it before
     * anyone ("Letkol", "Menlu"); a title everyone writes ("Pak") or none says nothing. Made-up articles: an officer
     * "Darto Wibisono" visiting villages; a lone "Darto" at a school beside a market. With {@code nearby}, another
     * article of the short name shares a village with him, so the check is the one of the short name's own article;
     * without, the short name's every article is unrelated company and the check is the one of its key.
     */
    @ParameterizedTest(name = "{0} before the full name, \"{1}\" before the short one, nearby {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        Letkol | Letkol  | false | Darto Wibisono
        Letkol | Letkol  | true  | Darto Wibisono
        Menlu  | Menlu   | false | Darto Wibisono
        Menlu  | Menlu   | true  | Darto Wibisono
        Letkol | ''      | false | Darto
        Letkol | ''      | true  | Darto
        Menlu  | Kapolda | true  | Darto
        Pak    | Pak     | false | Darto
        """)
    void aShortNameAfterTheLongerNamesTitleLinksInUnrelatedCompany(String title, String shortTitle, boolean nearby,
                                                                 String expected) {
        List<Article> corpus = new ArrayList<>();
        String[] villages = {"Cikaret", "Sukamaju", "Bojongsari"};
        for (int i = 0; i < 6; i++) {
            String village = villages[i / 2];
            corpus.add(made("f" + i, title + " Darto Wibisono meninjau " + village + " bersama Yanto Surapati. "
                            + "Darto menyapa warga.",
                    new String[] {"Darto Wibisono", "PERSON", "Darto Wibisono", "Darto"},
                    new String[] {village, "LOCATION", village},
                    new String[] {"Yanto Surapati", "PERSON", "Yanto Surapati"}));
        }
        for (int i = 0; i < 30; i++) {
            // "Pak" is what every article writes before someone
            corpus.add(made("j" + i, "Pak Sarman memantau hujan deras di Jakarta.",
                    new String[] {"Sarman", "PERSON", "Sarman"}, new String[] {"Jakarta", "LOCATION", "Jakarta"}));
        }
        corpus.add(made("m", "Sekolah Rakyat Cibinong berdiri di samping Pasar Citeureup.",
                new String[] {"Sekolah Rakyat Cibinong", "ORGANIZATION", "Sekolah Rakyat Cibinong"},
                new String[] {"Pasar Citeureup", "LOCATION", "Pasar Citeureup"}));
        if (nearby) {
            corpus.add(made("n", "Darto berkeliling Cikaret dan Sukamaju.", new String[] {"Darto", "PERSON", "Darto"},
                    new String[] {"Cikaret", "LOCATION", "Cikaret"}, new String[] {"Sukamaju", "LOCATION", "Sukamaju"}));
        }
        String opening = shortTitle.isEmpty() ? "" : shortTitle + " ";
        corpus.add(made("s", opening + "Darto mengunjungi Sekolah Rakyat Cibinong lalu Pasar Citeureup.",
                new String[] {"Darto", "PERSON", "Darto"},
                new String[] {"Sekolah Rakyat Cibinong", "ORGANIZATION", "Sekolah Rakyat Cibinong"},
                new String[] {"Pasar Citeureup", "LOCATION", "Pasar Citeureup"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(expected, names(linked.get(linked.size() - 1)).get(0));
    }

    /**
     * Session 22: a short form written for two spellings of one person ("Rahmat Sudibyo", "Rahmat Hadi Sudibyo") is no
     * ambiguity: it takes the shorter spelling; written for two people of one first name, it keeps its own name.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Rahmat Hadi Sudibyo, Rahmat Sudibyo", "Rahmat Santoso, Rahmat", "Rahmat Sudibyo Putra, Rahmat Sudibyo"})
    void aShortFormOfTwoSpellingsOfOneNameLinks(String other, String expected) {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            corpus.add(made("a" + i, "Rahmat Sudibyo hadir. Rahmat tersenyum.",
                    new String[] {"Rahmat Sudibyo", "PERSON", "Rahmat Sudibyo", "Rahmat"}));
        }
        for (int i = 0; i < 3; i++) {
            corpus.add(made("b" + i, other + " hadir. Rahmat berbicara.",
                    new String[] {other, "PERSON", other, "Rahmat"}));
        }
        corpus.add(made("s", "Rahmat datang terlambat.", new String[] {"Rahmat", "PERSON", "Rahmat"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(List.of(expected), names(linked.get(linked.size() - 1)));
    }

    /**
     * Session 22: a one-word name that opens the given name of the one other person of its article ("Sandi" beside
     * "Sandiaga Uno") is that person's nickname, in the articles that write both and in those that write it alone. Made
     * up: a candidate "Harmoko Sutejo" called "Harmo"; not when the article's full name does not open with it, nor when
     * two full names of the article do.
     */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"Harmoko Sutejo, '', Harmoko Sutejo", "Haryanto Sutejo, '', Harmo",
            "Harmoko Sutejo, Harmonis Wibowo, Harmo"})
    void aNicknameBesideTheFullNameItOpensLinks(String full, String second, String expected) {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = "Calon wakil gubernur " + full + " hadir bersama Anwar Basuki"
                    + (second.isEmpty() ? "" : " dan " + second) + ". Harmo menyapa warga.";
            List<String[]> entities = new ArrayList<>();
            entities.add(new String[] {full, "PERSON", full});
            entities.add(new String[] {"Anwar Basuki", "PERSON", "Anwar Basuki"});
            if (!second.isEmpty()) {
                entities.add(new String[] {second, "PERSON", second});
            }
            entities.add(new String[] {"Harmo", "PERSON", "Harmo"});
            corpus.add(made("c" + i, text, entities.toArray(String[][]::new)));
        }
        corpus.add(made("s", "Anwar Basuki dan Harmo berkampanye di pasar.",
                new String[] {"Anwar Basuki", "PERSON", "Anwar Basuki"}, new String[] {"Harmo", "PERSON", "Harmo"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(expected, names(linked.get(3)).get(1), "written alone");
        assertEquals(expected, names(linked.get(0)).get(second.isEmpty() ? 2 : 3), "written beside the full name");
    }

    /**
     * Session 22: a short form goes where its longer name goes: "Hadi" was written for "Hadi Sasmito", which other
     * articles wrote for "Hadi Prakoso Sasmito" (made-up names), so a lone "Hadi" is named like that group.
     */
    @Test
    void aShortFormFollowsItsLongerNameToTheLongestName() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(made("a" + i, "Kepala dinas Hadi Prakoso Sasmito meninjau jalan. Hadi Sasmito menyapa warga.",
                    new String[] {"Hadi Prakoso Sasmito", "PERSON", "Hadi Prakoso Sasmito", "Hadi Sasmito"}));
        }
        for (int i = 0; i < 2; i++) {
            corpus.add(made("b" + i, "Hadi Sasmito meresmikan pasar. Hadi memotong pita.",
                    new String[] {"Hadi Sasmito", "PERSON", "Hadi Sasmito", "Hadi"}));
        }
        corpus.add(made("s", "Hadi datang terlambat.", new String[] {"Hadi", "PERSON", "Hadi"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(names(linked.get(0)), names(linked.get(5)));
        assertEquals(names(linked.get(3)), names(linked.get(5)));
    }

    /** Session 20: a merged person is named by the full name, though the short form is the commoner spelling. */
    @Test
    void aPersonIsNamedByTheFullNameItsShortFormResolvesTo() {
        Article full = made("f", "Wali Kota Munafri Arifuddin meninjau pasar. Munafri menegaskan sikapnya.",
                new String[] {"Munafri Arifuddin", "PERSON", "Munafri Arifuddin", "Munafri"});
        Article s1 = made("s1", "Menurut Munafri, pasar itu direvitalisasi.", new String[] {"Munafri", "PERSON", "Munafri"});
        Article s2 = made("s2", "Munafri tiba di Balai Kota.", new String[] {"Munafri", "PERSON", "Munafri"});
        Article last = made("l", "Pemain belakang Antonio Rudiger dipanggil. Rudiger siap.",
                new String[] {"Antonio Rudiger", "PERSON", "Antonio Rudiger", "Rudiger"});
        Article r1 = made("r1", "Rudiger mencetak gol.", new String[] {"Rudiger", "PERSON", "Rudiger"});
        Article r2 = made("r2", "Umpan Rudiger berbuah gol.", new String[] {"Rudiger", "PERSON", "Rudiger"});
        List<Article> linked = linker.link(List.of(full, s1, s2, last, r1, r2));
        assertEquals(List.of("Munafri Arifuddin"), names(linked.get(0)));
        assertEquals(List.of("Munafri Arifuddin"), names(linked.get(1)));
        assertEquals(List.of("Munafri Arifuddin"), names(linked.get(2)));
        assertEquals(List.of("Antonio Rudiger"), names(linked.get(4)));
    }

    /** Session 20: a common word glued to the name ("Keberadaan Casemiro") does not name the person. */
    @Test
    void aCommonWordGluedToANameDoesNotNameThePerson() {
        Article glued = made("g", "Keberadaan Casemiro penting bagi tim. Casemiro absen.",
                new String[] {"Keberadaan Casemiro", "PERSON", "Keberadaan Casemiro", "Casemiro"});
        Article s1 = made("s1", "Casemiro mencetak gol.", new String[] {"Casemiro", "PERSON", "Casemiro"});
        Article s2 = made("s2", "Gol Casemiro memastikan kemenangan.", new String[] {"Casemiro", "PERSON", "Casemiro"});
        List<Article> linked = linker.link(List.of(glued, s1, s2));
        assertEquals(List.of("Casemiro"), names(linked.get(0)));
        assertEquals(List.of("Casemiro"), names(linked.get(1)));
    }

    /** Session 19: a suspect's initials are not the acronym another article spelled out. */
    @Test
    void initialsOfAPersonAreNotABodysAcronym() {
        Article court = made("c", "Mahkamah Agung (MA) menolak kasasi. MA menguatkan vonis.",
                new String[] {"Mahkamah Agung", "ORGANIZATION", "Mahkamah Agung", "MA", "MA"});
        Article suspect = made("s", "Polisi menangkap pelaku berinisial MA di Bekasi.", new String[] {"MA", "ORGANIZATION", "MA"});
        Article ruling = made("r", "Putusan MA itu final.", new String[] {"MA", "ORGANIZATION", "MA"});
        Article court2 = made("c2", "Mahkamah Agung (MA) membuka lowongan hakim.",
                new String[] {"Mahkamah Agung", "ORGANIZATION", "Mahkamah Agung", "MA"});
        List<Article> linked = linker.link(List.of(court, suspect, ruling, court2));
        assertEquals(List.of("MA"), names(linked.get(1)));
        assertEquals(List.of("Mahkamah Agung"), names(linked.get(2)));
    }

    /** Session 18: a last name many articles use for one person does not rename another article's full name. */
    @Test
    void aFullNameInUnrelatedCompanyIsNotShortened() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(made("e" + i, "Jaksa menuntut Irman dan Sugiharto dalam sidang e-KTP di Pengadilan Tipikor.",
                    new String[] {"Irman", "PERSON", "Irman"}, new String[] {"Sugiharto", "PERSON", "Sugiharto"},
                    new String[] {"Pengadilan Tipikor", "ORGANIZATION", "Pengadilan Tipikor"}));
        }
        corpus.add(made("u", "Rektor UMM Fauzan meresmikan jembatan di Malang.",
                new String[] {"UMM", "ORGANIZATION", "UMM"}, new String[] {"Malang", "LOCATION", "Malang"}));
        corpus.add(made("j", "Jembatan di Malang dibangun bersama UMM dan Steven Antonius Sugiharto.",
                new String[] {"Malang", "LOCATION", "Malang"}, new String[] {"UMM", "ORGANIZATION", "UMM"},
                new String[] {"Steven Antonius Sugiharto", "PERSON", "Steven Antonius Sugiharto"}));
        List<Article> linked = linker.link(corpus);
        assertEquals(List.of("Malang", "UMM", "Steven Antonius Sugiharto"), names(linked.get(4)));
        assertEquals(List.of("Irman", "Sugiharto", "Pengadilan Tipikor"), names(linked.get(0)));
    }

    /** Session 18: a short word written in lower case is not the acronym of its letters ("Mi" noodles, "MI" a suspect). */
    @Test
    void aShortWordIsNotTheAcronymOfItsLetters() {
        Article noodles = made("n", "Mi buatan restoran itu laris.", new String[] {"Mi", "ORGANIZATION", "Mi"});
        Article phone = made("p", "Mi Note terjual habis.", new String[] {"Mi", "ORGANIZATION", "Mi"});
        Article suspect = made("s", "Tersangka MI ditahan polisi.", new String[] {"MI", "ORGANIZATION", "MI"});
        assertEquals(List.of("MI"), names(linker.link(List.of(noodles, phone, suspect)).get(2)));
    }

    /** Session 18: the party's acronym is in the table, so another meaning spelled out elsewhere does not take it. */
    @Test
    void aPartyAcronymKeepsThePartyWhenOtherArticlesSpellItOutOtherwise() {
        List<Article> corpus = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            corpus.add(made("s" + i, "Skema Public-Private Partnership (PPP) mendanai jalan tol.",
                    new String[] {"Public-Private Partnership", "ORGANIZATION", "Public-Private Partnership", "PPP"}));
        }
        Article party = made("p", "Politisi PPP itu menolak APBD Perubahan.", new String[] {"PPP", "ORGANIZATION", "PPP"});
        corpus.add(party);
        List<Article> linked = linker.link(corpus);
        assertEquals(List.of("PPP"), names(linked.get(2)));
        assertEquals(List.of("Public-Private Partnership"), names(linked.get(0)));
    }

    @Test
    void emptyCorpus() {
        assertEquals(List.of(), linker.link(List.of()));
    }
}
