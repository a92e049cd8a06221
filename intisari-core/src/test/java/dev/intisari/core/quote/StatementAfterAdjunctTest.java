package dev.intisari.core.quote;

import dev.intisari.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a reported statement begins after its cue: an addressee ends at "agar", after the press ("kepada warga agar
 * …", "kepada wartawan harga beras …") or at a time ("kepada detikcom beberapa waktu lalu"), a dot between digits ("Rp900.000", "pukul 14.00") ends nothing, and a place
 * read later in the sentence is the statement's, not an adjunct of the cue, unless the adjunct opens right after the
 * source without a comma. Made-up sentences; the last statement's text and addressee.
 */
class StatementAfterAdjunctTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Pemerintah mengimbau kepada penerima agar memanfaatkan dana bantuan Rp900.000 ini untuk kebutuhan pokok.|memanfaatkan dana bantuan Rp900.000 ini untuk kebutuhan pokok|penerima",
            "Bupati Sukaraya Ahmad Yani meminta kepada warga supaya tidak membuang sampah ke sungai.|tidak membuang sampah ke sungai|warga",
            "Ahmad Yani mengatakan kepada wartawan harga beras naik menjadi Rp15.000 per kilogram di pasar itu.|harga beras naik menjadi Rp15.000 per kilogram di pasar itu|wartawan",
            "Kepala BPBD Sukaraya Hendra Wibisono meninjau lokasi itu.\\nMenurutnya hujan deras terjadi sejak pukul 15.00 WIB hingga sore di Dusun Krajan, Desa Pace, kemudian angin kencang merobohkan pohon.|hujan deras terjadi sejak pukul 15.00 WIB hingga sore di Dusun Krajan, Desa Pace, kemudian angin kencang merobohkan pohon|-",
            "\"Kami masih melakukan sosialisasi,\" kata Robert Siahaan kepada detikcom beberapa waktu lalu.|Kami masih melakukan sosialisasi|detikcom",
            "\"Kami masih melakukan sosialisasi,\" kata Robert Siahaan kepada beberapa awak media di Jayapura.|Kami masih melakukan sosialisasi|beberapa awak media",
            "Kapten Laut Hendra Wibisono menerangkan, pada Rabu sekitar pukul 14.00 WIB, kapal patroli menangkap kapal itu di Perairan Selat Philips, dengan muatan 41 karung.|pada Rabu sekitar pukul 14.00 WIB, kapal patroli menangkap kapal itu di Perairan Selat Philips, dengan muatan 41 karung|-",
    })
    void theStatementBeginsWhereTheCueEnds(String text, String statement, String addressee) {
        Quote last = QuoteCases.lastQuote(text);
        assertEquals(statement, last.text());
        assertEquals(addressee, last.addressee());
    }
}
