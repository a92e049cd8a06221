package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Boxes the extractor leaves out of an article container still show in {@code removed} with their kind. */
class DroppedBlocksTest {
    private static final String PAGE = """
            <html><body><article><div class="detail-body">
            <figure><img src="a.jpg"><figcaption>Petugas menutup jalan di Desa Sukaraja, Rabu (4/6/2025). \
            <span>KPB FOTO/Rizky Maulana/abc.</span></figcaption></figure>
            <p>Cirebon (KPB) - Jalan utama menuju pelabuhan ditutup sejak pagi karena perbaikan jembatan.</p>
            <p>Petugas mengalihkan kendaraan ke jalur alternatif melalui kawasan pasar dan terminal lama.</p>
            <p class="lihat-juga"><b>Lihat juga:</b> <a href="/b">Pasar Kosambi Mulai Direnovasi</a></p>
            <p>Perbaikan ditargetkan rampung dalam dua pekan apabila cuaca mendukung pekerjaan di lapangan.</p>
            <p>Kepala dinas pekerjaan umum mengatakan anggaran perbaikan berasal dari dana darurat kabupaten tahun ini.</p>
            <p>Sejumlah pedagang di sekitar jembatan mengeluhkan penurunan jumlah pembeli sejak jalan ditutup.</p>
            <p>Pemerintah kabupaten berjanji memberi bantuan modal kepada pedagang yang terdampak penutupan jalan.</p>
            <div class="editor-box credit"><p>Editor: Dewi Lestari</p></div>
            <p class="promo"><a href="/ikuti">Follow Kabar Priangan di Instagram</a></p>
            <div class="share"><p>Bagikan artikel ini kepada teman dan keluarga Anda sekarang juga</p></div>
            </div></article></body></html>""";

    @Test
    void droppedBoxesAreRemovedWithTheirKind() {
        CleanArticle a = new RuleLineCleaner().clean(new RawArticle("t", "t", null, null, null, null, null, null, PAGE));
        List<RemovalKind> kinds = a.removed().stream().map(RemovedLine::kind).toList();
        assertEquals(List.of(RemovalKind.CAPTION, RemovalKind.DATELINE, RemovalKind.RELATED, RemovalKind.CREDIT,
                RemovalKind.PROMO), kinds, a.removed().toString());
        assertTrue(a.text().startsWith("Jalan utama menuju pelabuhan"), a.text());
        assertFalse(a.text().contains("Bagikan"), a.text());
        assertEquals(List.of("Pasar Kosambi Mulai Direnovasi"), a.related());
        assertEquals("KPB", a.outlet());
    }
}
