package dev.intisari.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.intisari.core.CpuBound.within;

class LinguaLanguageIdentifierTest {
    private static final LinguaLanguageIdentifier IDENTIFIER = new LinguaLanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        id => Polisi menangkap tiga pria yang diduga terlibat dalam perampokan toko emas di Medan, Senin (27/3). Kepala kepolisian setempat mengatakan para tersangka ditangkap setelah penyelidikan awal.
        id => Pemerintah akan mengalokasikan dana Rp2 triliun untuk membantu pedagang kecil yang terdampak banjir. Menurut dia, bantuan disalurkan mulai bulan depan karena banyak pedagang belum bisa membuka kembali usahanya.
        id => Harga minyak sawit mentah diperkirakan tetap stabil pekan ini seiring tingginya permintaan dari negara pengimpor utama. Analis menilai pasar masih akan dipengaruhi cuaca dan kebijakan ekspor.
        id => Gue nggak nyangka banget konsernya bakal serame ini, kata salah satu penonton. Antrean mengular sejak sore dan banyak yang rela menunggu berjam-jam.
        id => Presiden meresmikan jalan tol baru di Jawa Tengah pada hari Selasa.
        id => Kerajaan Arab Saudi mengumumkan kuota haji tahun ini bertambah, kata Menteri Agama di Jakarta.
        ms => Polis menahan tiga lelaki yang disyaki terlibat dalam kes rompakan di sebuah kedai emas di Johor Bahru semalam. Ketua Polis Daerah berkata, kesemua suspek ditahan selepas siasatan awal dijalankan.
        ms => Kerajaan akan memperuntukkan RM2 bilion bagi membantu peniaga kecil yang terjejas akibat banjir. Beliau berkata, bantuan itu akan disalurkan menerusi agensi kerajaan kerana ramai peniaga masih belum dapat membuka semula perniagaan mereka.
        ms => Harga minyak sawit mentah dijangka kekal stabil pada minggu ini berikutan permintaan yang tinggi. Penganalisis berpendapat bahawa pasaran akan terus dipengaruhi oleh cuaca dan dasar eksport.
        ms => Seramai 200 pelajar universiti menyertai program sukarelawan membersihkan pantai di Terengganu. Pengarah program berkata aktiviti itu bertujuan memupuk kesedaran menjaga alam sekitar.
        ms => Beliau berkata bahawa kerajaan akan mengkaji semula cadangan itu.
        en => The central bank kept its benchmark interest rate unchanged on Thursday, saying inflation remained within its target range.
        en => Indonesia's president inaugurated a new toll road in Central Java on Monday, the state news agency reported.
        de => Die Regierung hat am Montag neue Maßnahmen gegen die steigende Inflation angekündigt.
        pt => O governo anunciou nesta segunda-feira um novo pacote para apoiar as pequenas empresas afetadas pelas enchentes no sul do país.
        es => El gobierno anunció este lunes un nuevo paquete de ayudas para las pequeñas empresas afectadas por las inundaciones.
        tl => Inanunsyo ng pamahalaan ang bagong tulong para sa mga maliliit na negosyo na naapektuhan ng baha sa lalawigan.
        nl => De regering heeft maandag nieuwe maatregelen aangekondigd om de stijgende prijzen aan te pakken, meer dan verwacht.
        und => Москва заявила, что не примет миротворцев из европейских стран на территории Украины.
        zh => 北京今天宣布了新的经济刺激计划，以支持中小企业的发展。
        ja => 東京で新しい経済政策が発表されました。
        ko => 정부는 오늘 새로운 경제 정책을 발표했다.
        th => รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในวันนี้
        und => أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد
        """)
    void identifies(String expected, String text) {
        assertEquals(expected, IDENTIFIER.identify(text.strip()), text);
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals("und", IDENTIFIER.identify(null));
        assertEquals("und", IDENTIFIER.identify(""));
        assertEquals("und", IDENTIFIER.identify("   \n "));
        assertEquals("und", IDENTIFIER.identify("OK."));
        assertEquals("und", IDENTIFIER.identify("123 456 7.890 !!! ??? 😀😀😀"));
    }

    @Test
    void longAndOddTextIsBoundedInTime() {
        String longText = "Pemerintah menyatakan bahwa harga beras naik karena cuaca buruk. ".repeat(5_000);
        within(Duration.ofSeconds(10), () -> {
            assertEquals("id", IDENTIFIER.identify(longText));
            assertEquals("und", IDENTIFIER.identify("\uD800\uDFFF\uFFFF".repeat(10_000)));
            IDENTIFIER.identify("a".repeat(100_000));
            IDENTIFIER.identify("😀".repeat(50_000));
        });
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts = List.of(
                "The ministry said the new rules would take effect next month for all ride-hailing companies.",
                "Polisi menangkap dua tersangka setelah penyelidikan kasus pencurian kendaraan di Bandung.",
                "Pemerintah menyatakan bahwa harga beras naik karena cuaca buruk di sejumlah daerah.",
                "Kerajaan berkata bahawa polis akan menyiasat kes itu kerana ramai orang awam terlibat.");
        List<String> expected = List.of("en", "id", "id", "ms");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                LinguaLanguageIdentifier own = new LinguaLanguageIdentifier();
                results.add(pool.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        answers.clear();
                        texts.forEach(t -> answers.add(own.identify(t)));
                    }
                    return answers;
                }));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malayMarkersOutweighIndonesianOnesOnlyWhenTheyDominate() {
        LanguageMarkers markers = LanguageMarkers.standard();
        assertEquals(true, markers.malayOverIndonesian("kerana polis berkata bahawa", 1000) > 0);
        assertEquals(true, markers.malayOverIndonesian("karena polisi mengatakan bahwa", 1000) < 0);
        assertEquals(0.0, markers.malayOverIndonesian("dan yang di itu", 1000));
        assertEquals(true, markers.malayOverIndonesian("Beliau berkata", 1000) >= 3, "a phrase adds to its words");
    }
}
