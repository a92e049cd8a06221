package dev.intisari.eval.text;

import dev.intisari.core.text.LinguaLanguageIdentifier;
import dev.intisari.core.text.MachineTranslationSigns;
import dev.intisari.eval.SharedData;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Language identification: every IndoSum article (all Indonesian, 3,463 unique) and every Detik article must
 * come out "id"; a handful of Malay and English news paragraphs written for this evaluation must come out "ms"
 * and "en". Prints the answers and the CPU time per article; on Detik also the machine-translation flag, which
 * human-written news should (nearly) never get.
 */
class LanguageIdEval {
    private static final List<String> MALAY = List.of(
            "Jabatan Bomba dan Penyelamat menerima panggilan kecemasan kira-kira jam 3 pagi sebelum sepasukan anggota "
                    + "dikejarkan ke lokasi. Kebakaran itu memusnahkan lima buah rumah kayu, namun tiada sebarang kemalangan jiwa dilaporkan.",
            "Menteri Kesihatan berkata kementerian akan menambah bilangan doktor di klinik kesihatan luar bandar mulai "
                    + "tahun depan. Menurutnya, langkah itu perlu kerana ramai pesakit terpaksa menunggu lama untuk mendapatkan rawatan.",
            "Mahkamah Sesyen hari ini menetapkan tarikh perbicaraan kes rasuah melibatkan seorang bekas pegawai kanan "
                    + "kerajaan negeri. Tertuduh mengaku tidak bersalah selepas pertuduhan dibacakan di hadapan hakim.",
            "Harga barangan keperluan asas dijangka meningkat menjelang musim perayaan, kata persatuan pengguna. "
                    + "Persatuan itu menggesa pihak berkuasa memantau peniaga yang mengambil kesempatan menaikkan harga.",
            "Pasukan bola sepak negara akan menjalani kem latihan di luar negara sebagai persediaan menghadapi kejohanan "
                    + "serantau bulan depan. Jurulatih berkata beliau berpuas hati dengan prestasi pemain setakat ini.",
            "Kerajaan negeri memperuntukkan RM50 juta bagi menaik taraf jalan raya di kawasan pedalaman. Exco berkenaan "
                    + "berkata projek itu dijangka siap dalam tempoh dua tahun dan akan memberi manfaat kepada ribuan penduduk.",
            "Polis sedang mengesan seorang lelaki yang dipercayai melarikan diri selepas melanggar seorang penunggang "
                    + "motosikal di persimpangan lampu isyarat. Orang ramai yang mempunyai maklumat diminta menghubungi balai polis berhampiran.",
            "Syarikat penerbangan tambang murah itu mengumumkan laluan baharu ke tiga bandar di rantau ini. Ketua "
                    + "Pegawai Eksekutif syarikat berkata permintaan terhadap perjalanan udara semakin pulih selepas pandemik.");
    private static final List<String> ENGLISH = List.of(
            "Rescue teams searched through the night for survivors after a landslide buried several homes in a hillside "
                    + "village, local officials said on Sunday.",
            "Shares in the country's largest lender rose sharply after it reported a record quarterly profit, beating "
                    + "analysts' expectations despite weaker loan growth.",
            "The ministry said the new rules would take effect next month and apply to all ride-hailing companies "
                    + "operating in the capital.",
            "Voters in the province will return to the polls in December after the court annulled the result of the "
                    + "regional election, citing irregularities in several districts.");

    private final LinguaLanguageIdentifier identifier = new LinguaLanguageIdentifier();

    @Test
    void languages() throws Exception {
        List<IndoSumText> articles = IndoSumText.read(SharedData.require("indosum-devfolds"));
        for (IndoSumText a : articles) {
            identifier.identify(a.text()); // warm-up pass: models loaded, code compiled
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Map<String, Integer> indonesian = new TreeMap<>();
        for (IndoSumText a : articles) {
            String code = identifier.identify(a.text());
            indonesian.merge(code, 1, Integer::sum);
            if (!code.equals("id") && Boolean.getBoolean("intisari.show")) {
                System.out.println(code + "  " + a.id() + "  " + a.text().substring(0, Math.min(160, a.text().length())));
            }
        }
        double micros = (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / articles.size();
        Map<String, Integer> malay = count(MALAY);
        Map<String, Integer> english = count(ENGLISH);
        double idAccuracy = indonesian.getOrDefault("id", 0) / (double) articles.size();
        double msAccuracy = malay.getOrDefault("ms", 0) / (double) MALAY.size();
        double enAccuracy = english.getOrDefault("en", 0) / (double) ENGLISH.size();
        System.out.printf("%nLanguage identification%n%-34s %6s %9s  %s%n", "set", "texts", "accuracy", "answers");
        System.out.printf("%-34s %6d %9.4f  %s%n", "IndoSum dev folds (id)", articles.size(), idAccuracy, indonesian);
        System.out.printf("%-34s %6d %9.4f  %s%n", "own Malay news paragraphs (ms)", MALAY.size(), msAccuracy, malay);
        System.out.printf("%-34s %6d %9.4f  %s%n", "own English news paragraphs (en)", ENGLISH.size(), enAccuracy, english);
        System.out.printf("CPU time per IndoSum article after a warm-up pass: %.0f µs%n", micros);
        assertTrue(idAccuracy >= 0.995, "Indonesian accuracy fell to " + idAccuracy);
        assertTrue(msAccuracy >= 0.87, "Malay accuracy fell to " + msAccuracy);
        assertTrue(enAccuracy >= 1.0, "English accuracy fell to " + enAccuracy);
    }

    /** Human-written Detik articles as published: all Indonesian, and (nearly) none machine-translated. */
    @Test
    void detikArticles() throws Exception {
        List<String> bodies = DetikArticles.bodies(SharedData.require("detik-1000-summarization"));
        Map<String, Integer> languages = count(bodies);
        MachineTranslationSigns signs = new MachineTranslationSigns();
        long flagged = bodies.stream().filter(signs::likely).count();
        double accuracy = languages.getOrDefault("id", 0) / (double) bodies.size();
        System.out.printf("%nDetik articles as published (%d)%n", bodies.size());
        System.out.printf("language: accuracy %.4f  %s%n", accuracy, languages);
        System.out.printf("machine-translated flag (false positives on human-written news): %d%n", flagged);
        assertTrue(accuracy >= 0.995, "Indonesian accuracy on Detik fell to " + accuracy);
        assertTrue(flagged <= 3, "machine-translation signs flag " + flagged + " human-written articles");
    }

    private Map<String, Integer> count(List<String> texts) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String text : texts) {
            counts.merge(identifier.identify(text), 1, Integer::sum);
        }
        return counts;
    }
}
