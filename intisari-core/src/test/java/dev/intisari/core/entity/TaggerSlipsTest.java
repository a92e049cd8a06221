package dev.intisari.core.entity;

import dev.intisari.model.EntityType;
import dev.intisari.model.Sentence;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules over slips a retrained tagger makes, with the tagger's output given by hand (made-up sentences): a body
 * read as its holder's first word ("CEO Touchten Anton Soeharyo"), an office's field read as a person ("Sutradara
 * Pacific Rim dan Hellboy, …"), a firm named without its "PT" read as a person, a cited medium missed or cut
 * ("dilansir Phone Arena"), a hyphenated pair of known places left untagged, the law's "Jo." (juncto) read as a name, a regional body read as its region ("Kejari
 * Solo"), a body one is a member of read as a person ("anggota Brimob"), a ruling's case code read as a name
 * ("4851K/Pid.Sus/2023"), a court read as its town ("PN Jakarta Utara"), a region between a regional body and its
 * head's one-word name ("Kepala Dikbud Kendari Saemina"), a venue and its town read as one place ("Gedung Merah Putih
 * KPK, Jakarta"), a place or body after an office run on into its holder's name ("Wali Kota Palembang Arman Dewata", "Ketua DPRD Jatim Kusnadi"); and the names those rules must leave
 * alone (a holder after a rank, a known person after "Pemerintah", a document after "dikutip dari", a plural, a
 * place and a name after no office, a place cue and a name that is a person elsewhere, a place the article and the
 * gazetteer do not know before a name). Columns: text, the tagger's mentions
 * ("phrase=TYPE", "phrase#2" for the second occurrence, ";" between, a comma written as a word), mentions expected, mentions not expected.
 */
class TaggerSlipsTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final NameRules RULES = new NameRules(LEXICON, NameVariants.standard(),
            PerceptronEntityRecognizer.trainedCategory(List.of("O", "B-LOCATION", "I-LOCATION", "B-ORGANIZATION",
                    "I-ORGANIZATION", "B-PERSON", "I-PERSON"), EntityType.PERSON));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        CEO Touchten Anton Soeharyo meluncurkan gim baru. | Touchten Anton Soeharyo=PERSON | Touchten=ORGANIZATION;Anton Soeharyo=PERSON | -
        Pelatih Persikota Yohanes Wanggai memuji anak asuhnya. Keberhasilan Wanggai membawa tim ke final. | Persikota Yohanes Wanggai=PERSON | Persikota=ORGANIZATION;Yohanes Wanggai=PERSON | -
        Menteri Keuangan Purbaya Yudhi Sadewa menyebut defisit terkendali. Menurut Purbaya, anggaran aman. | Purbaya Yudhi Sadewa=PERSON;Purbaya#2=PERSON | Purbaya Yudhi Sadewa=PERSON | Purbaya=ORGANIZATION
        Sutradara Pacific Rim dan Hellboy, Guillermo del Toro, dikabarkan mundur. | Pacific Rim=PERSON;Hellboy=ORGANIZATION;Guillermo del Toro=PERSON | Pacific Rim=ORGANIZATION;Guillermo del Toro=PERSON | Pacific Rim=PERSON
        Presiden Prabowo Subianto dan Gibran Rakabuming Raka, Wapres, tiba di Istana. | Prabowo Subianto=PERSON;Gibran Rakabuming Raka=PERSON | Prabowo Subianto=PERSON;Gibran Rakabuming Raka=PERSON | -
        PT Tirta Mulia belum menjawab. Tirta Mulia digugat karyawan. | PT Tirta Mulia=ORGANIZATION;Tirta Mulia#2=PERSON | Tirta Mulia#2=ORGANIZATION | Tirta Mulia#2=PERSON
        Pemerintah Joko Widodo menaikkan anggaran. Joko Widodo mengatakan dana cukup. | Pemerintah Joko Widodo=ORGANIZATION;Joko Widodo#2=PERSON | Joko Widodo#2=PERSON | -
        Harga minyak naik dua persen, seperti dilansir Phone Arena pada Selasa. | - | Phone Arena=ORGANIZATION | -
        Harga minyak naik dua persen, seperti dilansir Phone Arena pada Selasa. | Phone=ORGANIZATION | Phone Arena=ORGANIZATION | Phone=ORGANIZATION
        Harga minyak naik, dilansir Reuters pada Selasa. | - | Reuters=ORGANIZATION | -
        Ketua Alumni Ponpes Al-Khoziny, Zaenal Abidin, menolak tudingan itu. | Alumni Ponpes Al-Khoziny=PERSON;Zaenal Abidin=PERSON | Zaenal Abidin=PERSON | Alumni=ORGANIZATION
        Kelompok itu dipimpin Raja Ridel Manuel Manoppo di Kerajaan Bolaang Mongondow. | Ridel Manuel Manoppo=PERSON | Ridel Manuel Manoppo=PERSON | Ridel=ORGANIZATION
        Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi. | Listyo Sigit Prabowo=PERSON | Listyo Sigit Prabowo=PERSON | Listyo=ORGANIZATION
        Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi membenarkan penangkapan itu. | Moch Faruk Rozi=PERSON | Moch Faruk Rozi=PERSON | Moch=ORGANIZATION
        Tunjangan itu masih berlaku, dikutip dari Pengumuman Nomor 12 Tahun 2025. | - | - | Pengumuman=ORGANIZATION
        Ketegangan di perbatasan Thailand-Kamboja kembali meningkat. | - | Thailand-Kamboja=LOCATION | -
        Audit menyasar BUMN-BUMN yang memiliki aset besar. | - | - | BUMN-BUMN=ORGANIZATION
        Pasangan Prabowo-Gibran unggul dalam survei. | - | - | Prabowo-Gibran=LOCATION
        Wali Kota Palembang Arman Dewata meresmikan pasar. Arman Dewata menyebut pasar itu ramai. | Palembang Arman Dewata=LOCATION;Arman Dewata#2=PERSON | Palembang=LOCATION;Arman Dewata=PERSON | Palembang Arman Dewata=LOCATION
        Wali Kota Tanjungsari Arman Dewata meresmikan pasar. Arman Dewata menyebut pasar itu ramai. | Tanjungsari Arman Dewata=LOCATION;Arman Dewata#2=PERSON | - | Tanjungsari=LOCATION
        Ketua DPRD Jatim Kusnadi belum ditahan. Kusnadi hadir di gedung itu. | DPRD=ORGANIZATION;Jatim Kusnadi=LOCATION;Kusnadi#2=PERSON | DPRD=ORGANIZATION;Jatim=LOCATION;Kusnadi=PERSON | Jatim Kusnadi=LOCATION
        Sekretaris Jenderal (Sekjen) Partai Golkar Sarmuji mengumumkan hasil rapat. Sarmuji menolak berkomentar. | Partai Golkar Sarmuji=ORGANIZATION;Sarmuji#2=PERSON | Partai Golkar=ORGANIZATION;Sarmuji=PERSON | Partai Golkar Sarmuji=ORGANIZATION
        Warga Kota Tanjungsari Arman Dewata menolak relokasi. Arman Dewata menyebut pasar itu ramai. | Kota Tanjungsari Arman Dewata=LOCATION;Arman Dewata#2=PERSON | Kota Tanjungsari Arman Dewata=LOCATION | Arman Dewata=PERSON
        Jaksa Agung Hawaii Doug Chin menggugat aturan itu. Menurut Chin, aturan itu keliru. | Hawaii Doug Chin=LOCATION;Chin#2=PERSON | - | Hawaii Doug=LOCATION
        Kapolsek Tanjungsari Ipda Arman Dewata membenarkan kejadian itu. Menurut Arman, pelaku kabur. | Tanjungsari Ipda Arman Dewata=LOCATION;Arman#2=PERSON | Tanjungsari=LOCATION;Arman Dewata=PERSON | Tanjungsari Ipda Arman Dewata=LOCATION
        Ketiganya dijerat Pasal 3 Jo. Pasal 2 Ayat (1) dan Pasal 55 Ayat (1) KUHP Jo. Pasal 64 KUHP. | Jo=PERSON;KUHP Jo=LOCATION | - | Jo=PERSON;KUHP Jo=LOCATION
        Penulis Jo Nesbo merilis novel baru. Novel Jo Nesbo itu laris. | Jo Nesbo=PERSON;Jo Nesbo#2=PERSON | Jo Nesbo=PERSON | -
        Kejari Solo menahan dua tersangka. Warga Solo menyambut baik. | Kejari Solo=LOCATION;Solo#2=LOCATION | Kejari Solo=ORGANIZATION;Solo#2=LOCATION | Kejari Solo=LOCATION
        Kasat Reskrim Polres Tangerang Selatan AKP Arman Dewata membenarkan penangkapan itu. Menurut Arman, pelaku kabur. | Polres Tangerang Selatan AKP Arman Dewata=LOCATION;Arman#2=PERSON | Polres Tangerang Selatan=ORGANIZATION;Arman Dewata=PERSON | -
        Dua anggota Brimob terluka dalam kontak tembak itu. | Brimob=PERSON | Brimob=ORGANIZATION | Brimob=PERSON
        Tiga anggota Polisi ditangkap dalam pesta narkoba itu. | Polisi=PERSON | - | Polisi=ORGANIZATION
        Anggota DPR Fadli Rahman menolak usulan itu. | DPR=ORGANIZATION;Fadli Rahman=PERSON | DPR=ORGANIZATION;Fadli Rahman=PERSON | -
        Bupati Kabupaten Bima meninjau banjir. Bima Arya ikut hadir. Menurut Bima, air surut. | Kabupaten Bima=LOCATION;Bima Arya=PERSON;Bima#3=PERSON | Kabupaten Bima=LOCATION | Bima=PERSON
        Vonis itu tertuang dalam putusan nomor 4851K/Pid.Sus/2023 tanggal 14 September 2023. | Sus=PERSON | - | Sus=PERSON
        Dalam Putusan MK Nomor 115/PUU-XXII/2024, gugatan itu ditolak. | MK=ORGANIZATION;PUU-XXII=ORGANIZATION | MK=ORGANIZATION | PUU-XXII=ORGANIZATION
        Dandim 0830/Surabaya Utara hadir dalam apel itu. | Surabaya Utara=LOCATION | Surabaya Utara=LOCATION | -
        Sidang perdana digelar di PN Jakarta Utara pada Senin. | PN Jakarta Utara=LOCATION | PN Jakarta Utara=ORGANIZATION | PN Jakarta Utara=LOCATION
        Guru itu mengajar di Kendari. Kepala Dikbud Kendari Saemina menolak ikut campur. Saemina menyerahkan kasus itu ke polisi. | Kendari=LOCATION;Dikbud=ORGANIZATION;Kendari Saemina=PERSON;Saemina#2=PERSON | Saemina=PERSON | Kendari Saemina=PERSON
        Ia diperiksa di Gedung Merah Putih KPK, Jakarta, Selasa. | Gedung Merah Putih KPK , Jakarta=LOCATION | Gedung Merah Putih KPK=LOCATION;Jakarta=LOCATION | Gedung Merah Putih KPK , Jakarta=LOCATION
        Rapat digelar di Gedung Nusantara II, Kompleks Parlemen. | Gedung Nusantara II , Kompleks Parlemen=LOCATION | Gedung Nusantara II , Kompleks Parlemen=LOCATION | -
        """)
    void theRulesMendTheSlip(String text, String tagged, String expected, String absent) {
        TokenizedText tokenized = EntityProbe.tokenized(text);
        ArticleTokens t = new ArticleTokens(text, tokenized.tokens(), segments(tokenized), LEXICON);
        List<Mention> mentions = RULES.apply(t, parse(t, tagged)).mentions();
        for (Mention m : parse(t, expected)) {
            assertTrue(mentions.contains(m), m + " expected in " + mentions);
        }
        for (Mention m : parse(t, absent)) {
            assertTrue(!mentions.contains(m), m + " not expected in " + mentions);
        }
    }

    private static int[] segments(TokenizedText text) {
        int[] segment = new int[text.tokens().size()];
        for (int i = 0; i < segment.length; i++) {
            int start = text.tokens().get(i).start();
            for (Sentence s : text.sentences()) {
                if (s.span().start() <= start && start < s.span().end()) {
                    segment[i] = s.index() + 1;
                }
            }
        }
        return segment;
    }

    /** Mentions written "phrase=TYPE" or "phrase#n=TYPE" (the n-th occurrence of the phrase), ";" between. */
    private static List<Mention> parse(ArticleTokens t, String spec) {
        List<Mention> out = new ArrayList<>();
        if (spec == null) {
            return out;
        }
        for (String item : spec.split(";")) {
            String[] kv = item.trim().split("=");
            String phrase = kv[0];
            int nth = 1;
            if (phrase.contains("#")) {
                nth = Integer.parseInt(phrase.substring(phrase.indexOf('#') + 1));
                phrase = phrase.substring(0, phrase.indexOf('#'));
            }
            String[] words = phrase.split(" ");
            int seen = 0;
            for (int i = 0; i + words.length <= t.size; i++) {
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) {
                    match = t.words[i + k].equals(words[k]);
                }
                if (match && ++seen == nth) {
                    out.add(new Mention(i, i + words.length, EntityType.valueOf(kv[1])));
                    break;
                }
            }
            assertTrue(seen >= nth, "no " + item + " in the text");
        }
        return out;
    }
}
