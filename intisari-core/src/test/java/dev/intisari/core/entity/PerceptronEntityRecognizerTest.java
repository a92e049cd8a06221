package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerceptronEntityRecognizerTest {

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> mentionTexts(String text, Entity e) {
        return e.mentions().stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Juru Bicara Kremlin Dmitry Peskov mengatakan Moskow siap berunding.        | Dmitry Peskov
        Perdana Menteri Inggris Keir Starmer tiba di Brussel pada Kamis malam.     | Keir Starmer
        Kanselir Jerman Olaf Scholz menolak usulan itu dalam jumpa pers.           | Olaf Scholz
        Menteri Luar Negeri Rusia Sergey Lavrov bertemu mitranya di Ankara.        | Sergey Lavrov
        Sir Alex Ferguson menyaksikan laga itu dari tribun kehormatan.             | Alex Ferguson
        Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi longsor di Cianjur.       | Dedi Mulyadi
        Kepala BNPB Suharyanto meminta warga tetap waspada terhadap banjir susulan.| Suharyanto
        """)
    void titleMarksTheFollowingNameAsAPerson(String text, String person) {
        List<Entity> found = EntityProbe.entities(text);
        Entity e = named(found, person).orElseThrow(() -> new AssertionError(person + " not in " + found));
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(List.of(person), mentionTexts(text, e), "the title is not part of the name");
    }

    /** Made-up sentences: abbreviated titles keep their period, police ranks end in "Pol", degrees follow the name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Dalam diskusi itu hadir ilmuwan Prof. Yohanes Surya, pengembang metode belajar di Papua.          | Yohanes Surya
        Dosen kampus itu, Dr. Ir. Budi Santoso, S.T., M.Sc., memaparkan hasil penelitiannya.             | Budi Santoso
        Ketua panitia, Kombes Pol Dr. Dedy Tabrani, S.I.K., M.Si., membuka acara di Jakarta.             | Dedy Tabrani
        Kasat Reskrim Polres Sleman, Iptu Rina Wulandari, mengatakan pelaku sudah ditahan.               | Rina Wulandari
        Korban adalah taruna Akademi Kepolisian, Brigadir Dua Mohammad Yusuf, yang dirawat di rumah sakit. | Mohammad Yusuf
        """)
    void abbreviatedTitlesRanksAndDegreesAreNotPartOfTheName(String text, String person) {
        List<Entity> found = EntityProbe.entities(text);
        Entity e = named(found, person).orElseThrow(() -> new AssertionError(person + " not in " + found));
        assertEquals(EntityType.PERSON, e.type());
        assertEquals(List.of(person), mentionTexts(text, e));
        assertTrue(found.stream().noneMatch(x -> x.name().matches("(?i)pol|s\\.i\\.k\\.|m\\.s[ic]\\.|s\\.t\\.")),
                "no entity for a rank suffix or a degree: " + found);
    }

    /** Made-up sentences (session 12): a short title is no person, alone or before a name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Menaker Darsono Wibowo meninjau balai latihan kerja di Cilacap. "Peserta wajib hadir," tegas Menaker. | Darsono Wibowo | Menaker
        Wamenkes Lestari Hutapea mengunjungi puskesmas. "Obat sudah tiba," kata Wamenkes kepada wartawan.   | Lestari Hutapea | Wamenkes
        """)
    void aShortTitleIsNoPerson(String text, String person, String title) {
        List<Entity> found = EntityProbe.entities(text);
        Entity e = named(found, person).orElseThrow(() -> new AssertionError(person + " not in " + found));
        assertEquals(List.of(person), mentionTexts(text, e), "the short title is not part of the name");
        assertTrue(found.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.name().equals(title)),
                "a lone short title is no person: " + found);
    }

    /** Made-up sentence (session 12): the name after "RI" in a title phrase is a person, not part of a place. */
    @Test
    void theNameAfterRiInATitlePhraseIsAPerson() {
        String text = "Wakil Ketua MPR RI Ratna Kusumawardhani menekankan pentingnya kualitas guru di Semarang.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(x -> x.type() != EntityType.PERSON && x.name().contains("Kusumawardhani")),
                found.toString());
    }

    @Test
    void anOfficeIsNoOrganisation() {
        String text = "Wakil Menteri Sosial (Wamensos), Hadi Santosa Purnomo mengajak petani berkolaborasi. Ajakan itu "
                + "disampaikan di kantor Kementerian Sosial.";
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(x -> x.name().startsWith("Wakil Menteri") || x.name().equals("Wamensos")),
                found.toString());
    }

    @Test
    void aTitleThatIsAlsoAGivenNameStaysAPerson() {
        String text = "Warga lainnya, Imam, mengaku melihat awan itu sejak pagi. Imam lalu memotretnya.";
        assertTrue(named(EntityProbe.entities(text), "Imam").isPresent(), EntityProbe.entities(text).toString());
    }

    @Test
    void aTitlesOrganisationIsCutOffTheNameAfterIt() {
        String text = "Ketua Umum Partai NasDem Surya Paloh meminta kader bekerja keras. Surya Paloh hadir di Jakarta.";
        List<Entity> found = EntityProbe.entities(text);
        Entity person = named(found, "Surya Paloh").orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(EntityType.ORGANIZATION, named(found, "Partai NasDem").orElseThrow().type());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka. Penyidik KPK masih memeriksa saksi.          | Komisi Pemberantasan Korupsi | KPK
        Badan Nasional Penanggulangan Bencana (BNPB) mencatat 40 rumah rusak. BNPB mengirim tenda darurat.    | Badan Nasional Penanggulangan Bencana | BNPB
        Warga melapor ke Badan Reserse Kriminal (Bareskrim) Polri. Bareskrim lalu memanggil pelapor.          | Badan Reserse Kriminal | Bareskrim
        """)
    void acronymJoinsItsExpansion(String text, String expansion, String acronym) {
        List<Entity> found = EntityProbe.entities(text);
        Entity e = named(found, expansion).orElseThrow(() -> new AssertionError(expansion + " not in " + found));
        assertEquals(EntityType.ORGANIZATION, e.type());
        List<String> mentions = mentionTexts(text, e);
        assertEquals(expansion, mentions.get(0));
        assertEquals(2, mentions.stream().filter(acronym::equals).count(), mentions.toString());
        assertTrue(found.stream().noneMatch(x -> x.name().equals(acronym)), "no separate entity for the acronym");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Presiden Prancis Emmanuel Macron tiba di Jakarta. Macron disambut dengan upacara militer.     | Emmanuel Macron | Macron
        Juru Bicara Kremlin Dmitry Peskov menolak tuduhan itu. Menurut Peskov, tuduhan itu tidak berdasar. | Dmitry Peskov | Peskov
        Pelatih Shin Tae-yong memanggil 28 pemain. Shin mengatakan timnya siap.                       | Shin Tae-yong | Shin
        """)
    void shortFormResolvesToTheFullName(String text, String full, String shortForm) {
        List<Entity> found = EntityProbe.entities(text);
        Entity e = named(found, full).orElseThrow(() -> new AssertionError(full + " not in " + found));
        assertTrue(mentionTexts(text, e).contains(shortForm), mentionTexts(text, e).toString());
        assertTrue(found.stream().noneMatch(x -> x.name().equals(shortForm)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau posko bantuan. Gus Ipul memastikan bantuan tepat sasaran. | Saifullah Yusuf | Gus Ipul
        Gubernur DKI Jakarta Basuki Tjahaja Purnama (Ahok) meninjau waduk. Ahok meminta warga pindah.               | Basuki Tjahaja Purnama | Ahok
        """)
    void aBracketedNicknameIsTheSamePerson(String text, String full, String nickname) {
        List<Entity> found = EntityProbe.entities(text);
        Entity e = named(found, full).orElseThrow(() -> new AssertionError(full + " not in " + found));
        List<String> mentions = mentionTexts(text, e);
        assertEquals(3, mentions.size(), "the name, the bracketed nickname and its later use: " + mentions);
        assertTrue(mentions.contains(nickname), mentions.toString());
        assertTrue(found.stream().noneMatch(x -> x.name().equals(nickname)), found.toString());
    }

    @Test
    void aBracketedAgeOrTeamIsNoNickname() {
        String text = "Gelandang Paul Pogba (24) dan pebalap Jorge Lorenzo (Ducati) tampil di Jakarta.";
        List<Entity> found = EntityProbe.entities(text);
        Entity lorenzo = named(found, "Jorge Lorenzo").orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(List.of("Jorge Lorenzo"), mentionTexts(text, lorenzo));
    }

    @Test
    void rolePhraseBindsToThePersonItWasTiedTo() {
        String text = "Juru bicara Kremlin Dmitry Peskov mengatakan pembicaraan akan berlanjut. "
                + "Namun juru bicara itu enggan menyebut tanggalnya.";
        Entity peskov = named(EntityProbe.entities(text), "Dmitry Peskov").orElseThrow();
        assertTrue(mentionTexts(text, peskov).contains("juru bicara itu"), mentionTexts(text, peskov).toString());
    }

    /** Session 20: a deputy's title, or roles of several people, are not the role of the one holder tied before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Biaya operasional bupati dan wakil bupati itu harus dipotong.
        Anggaran wakil bupati itu dipangkas separuh.
        Menurut dia, para bupati tersebut sudah diberi tahu.
        """)
    void aDeputyOrSeveralHoldersAreNotTheHoldersRole(String sentence) {
        String text = "Bupati Karawang Aep Syaepuloh menegaskan sikapnya. " + sentence;
        Entity aep = named(EntityProbe.entities(text), "Aep Syaepuloh").orElseThrow();
        assertTrue(mentionTexts(text, aep).stream().noneMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("bupati")
                && !m.startsWith("Bupati Karawang")), mentionTexts(text, aep).toString());
    }

    @Test
    void aSingleHoldersRoleAfterADemonstrativeStillBinds() {
        String text = "Bupati Karawang Aep Syaepuloh menegaskan sikapnya. Anggaran bupati itu dipangkas.";
        Entity aep = named(EntityProbe.entities(text), "Aep Syaepuloh").orElseThrow();
        assertTrue(mentionTexts(text, aep).contains("bupati itu"), mentionTexts(text, aep).toString());
    }

    @Test
    void rolePhraseWithoutABindingStaysUnresolved() {
        String text = "Juru bicara itu enggan menyebut tanggalnya.";
        assertTrue(EntityProbe.entities(text).stream().noneMatch(e -> e.type() == EntityType.PERSON));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Kremlin membantah laporan tersebut pada Selasa.                | Kremlin | ORGANIZATION
        Moskow menuduh Kyiv melanggar gencatan senjata.                | Moskow  | LOCATION
        Gedung Putih belum menanggapi permintaan itu.                  | Gedung Putih | ORGANIZATION
        """)
    void metonymyKeepsTheTypeAsWritten(String text, String name, EntityType type) {
        Entity e = named(EntityProbe.entities(text), name).orElseThrow();
        assertEquals(type, e.type());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Menlu Sergei Lavrov tiba di Beijing.              | Sergey Lavrov
        Presiden Volodymyr Zelenskyy berpidato di Kiev.   | Volodymyr Zelensky
        Delegasi Perancis tiba di Moscow.                 | Prancis
        Delegasi Perancis tiba di Moscow.                 | Moskow
        Delegasi Perancis tiba di Kiev.                   | Kyiv
        """)
    void namesTakeTheCanonicalSpelling(String text, String name) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(named(found, name).isPresent(), found.toString());
    }

    @Test
    void idsFollowFirstMentionAndSpansPointIntoTheText() {
        String text = "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor. Jokowi lalu kembali ke Jakarta.";
        List<Entity> found = EntityProbe.entities(text);
        for (int i = 0; i < found.size(); i++) {
            assertEquals("e" + (i + 1), found.get(i).id());
            if (i > 0) {
                assertTrue(found.get(i - 1).mentions().get(0).start() < found.get(i).mentions().get(0).start());
            }
        }
        for (Entity e : found) {
            for (Span s : e.mentions()) {
                assertFalse(s.of(text).isBlank());
                assertTrue(Character.isLetterOrDigit(s.of(text).charAt(0)), s.of(text));
            }
        }
        assertTrue(named(found, "Anwar Ibrahim").isPresent(), found.toString());
    }
}
