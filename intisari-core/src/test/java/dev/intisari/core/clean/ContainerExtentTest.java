package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How far the chosen container reaches: the lead between the title and the body, lists scored as one unit,
 * and the labels of link lists dropped inside the article.
 */
class ContainerExtentTest {
    private static final String BODY = """
            <p>Pemerintah kabupaten mulai memperbaiki jembatan yang rusak diterjang banjir pekan lalu di desa itu.</p>
            <p>Kepala dinas pekerjaan umum mengatakan perbaikan ditargetkan selesai dalam dua pekan ke depan.</p>
            <p>Warga diminta memakai jalur alternatif melalui pasar lama selama pekerjaan berlangsung setiap hari.</p>
            <p>Sejumlah pedagang mengeluhkan penurunan pembeli sejak jalan utama ditutup oleh petugas gabungan.</p>
            """;

    private static CleanArticle clean(String html) {
        return new RuleLineCleaner().clean(new RawArticle("t", "t", null, null, null, null, null, null, html));
    }

    @Test
    void siblingBoxThatReadsLikeTheContainerJoinsIt() {
        // the ingredients sit in a sibling box; their parent also holds a box of links, so widening stops
        // below it: the sibling joins the container, the link box and the short label beside them do not
        CleanArticle a = clean("""
                <html><body><div class="resep">
                <div class="bahan"><ul><li>500 gram tepung terigu protein sedang</li><li>2 butir telur ayam kampung</li>
                <li>250 ml santan kental dari satu butir kelapa</li><li>1 sendok teh garam halus</li></ul></div>
                <div class="lain"><a href="/r/1">Resep kue lapis legit pandan wangi</a><br><a href="/r/2">Resep bolu kukus
                mekar tanpa soda</a><br><a href="/r/3">Resep nastar keju renyah untuk Lebaran</a><br><a href="/r/4">Resep
                klepon isi gula merah cair</a><br><a href="/r/5">Resep onde-onde wijen kacang hijau</a><br><a href="/r/6">Resep
                dadar gulung isi unti kelapa</a><br><a href="/r/7">Resep kue putu bambu tanpa cetakan</a><br><a href="/r/8">Resep
                serabi solo kuah kinca durian</a><br><a href="/r/9">Resep lemper ayam bakar daun pisang</a><br><a href="/r/10">Resep
                bika ambon sarang semut lembut</a><br><a href="/r/11">Resep martabak manis teflon anti gagal</a><br><a href="/r/12">Resep
                kue cubit setengah matang lumer</a></div>
                <div class="langkah">""" + BODY + """
                </div><div class="cetak">Cetak resep</div></div></body></html>""");
        assertTrue(a.text().contains("500 gram tepung terigu"), a.text());
        assertTrue(a.text().contains("Sejumlah pedagang"), a.text());
        assertFalse(a.text().contains("lapis legit"), a.text());
        assertFalse(a.text().contains("Cetak resep"), a.text());
    }

    @Test
    void articlePartBeyondARefusedParentIsReached() {
        // the text's own box holds a strip of photo links as well (noise, no text), so widening to it alone is
        // refused; the article's second part sits one level higher and is reached by looking further up
        CleanArticle a = clean("""
                <html><body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
                <div class="artikel"><div class="bagian"><div class="galeri"><div><a href="/g/1">Galeri banjir</a></div>
                <div><a href="/g/2">Galeri sungai</a></div></div>
                <div class="bungkus"><div class="teks">""" + BODY + """
                </div></div></div>
                <div class="lanjutan"><p>Setelah jembatan selesai, pemerintah desa berencana menanam pohon di sepanjang
                bantaran sungai itu.</p></div></div>
                <footer><p>Kabar Priangan, Jalan Merdeka 1, Bandung, Jawa Barat, Indonesia</p></footer>
                </body></html>""");
        assertTrue(a.text().contains("Sejumlah pedagang"), a.text());
        assertTrue(a.text().contains("menanam pohon"), a.text());
        assertFalse(a.text().contains("Galeri banjir"), a.text());
        assertFalse(a.text().contains("Jalan Merdeka"), a.text());
    }

    @Test
    void leadInTheHeaderBeforeTheBodyIsRead() {
        CleanArticle a = clean("""
                <html><body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
                <main><div class="top"><h1>Jembatan Desa Sukaraja Diperbaiki</h1>
                <p class="standfirst">Perbaikan jembatan yang putus akibat banjir dimulai hari ini dengan dana darurat.</p>
                <div class="share-bar"><a href="/s">Bagikan</a></div></div>
                <div class="isi">""" + BODY + """
                </div></main><footer><p>Kabar Priangan, Jalan Merdeka 1, Bandung, Jawa Barat, Indonesia</p></footer>
                </body></html>""");
        assertTrue(a.text().startsWith("Perbaikan jembatan yang putus"), a.text());
        assertTrue(a.text().contains("Sejumlah pedagang"), a.text());
        assertFalse(a.text().contains("Bagikan"), a.text());
        assertFalse(a.text().contains("Jalan Merdeka"), a.text());
    }

    @Test
    void standfirstInAHeadingTagIsAParagraph() {
        CleanArticle a = clean("""
                <html><body><main><h1>Jembatan Desa Sukaraja Diperbaiki</h1>
                <h2 class="subtitle">Perbaikan jembatan yang putus akibat banjir dimulai hari ini dengan dana darurat.</h2>
                <div class="isi">""" + BODY + "</div></main></body></html>");
        assertTrue(a.text().startsWith("Perbaikan jembatan yang putus"), a.text());
        assertTrue(a.headings().isEmpty(), a.headings().toString());
    }

    @Test
    void headlineInAnH2UnderASiteHeaderAnchorsTheLead() {
        // the h1 is the site name; the headline is an h2 that repeats og:title, inside the page header
        CleanArticle a = clean("""
                <html><head><meta property="og:title" content="Jembatan Desa Sukaraja Diperbaiki - Kabar Priangan"></head>
                <body><h1 class="logo">Kabar Priangan</h1><div class="wrap"><header>
                <h2>Jembatan Desa Sukaraja Diperbaiki</h2>
                <p class="lead">Perbaikan jembatan yang putus akibat banjir dimulai hari ini dengan dana darurat.</p>
                </header><div class="isi">""" + BODY + "</div></div></body></html>");
        assertTrue(a.text().startsWith("Perbaikan jembatan yang putus"), a.text());
        assertFalse(a.text().contains("Jembatan Desa Sukaraja Diperbaiki"), a.text());
    }

    @Test
    void rubyReadingsAndAClosingLabelAreNotText() {
        CleanArticle a = clean("<html><body><article><h1>Judul</h1>" + BODY
                + "<p>Gempa <ruby>地震<rt>じしん</rt></ruby> kecil terasa di pesisir selatan pada Senin pagi menurut warga.</p>"
                + "<p>Informasi lebih lanjut:</p></article><aside><ul><li><a href=\"/a\">Tautan lain</a></li></ul></aside>"
                + "</body></html>");
        assertTrue(a.text().contains("Gempa 地震 kecil"), a.text());
        assertFalse(a.text().contains("じしん"), a.text());
        assertFalse(a.text().contains("Informasi lebih lanjut:"), a.text());
    }

    @Test
    void noLeadWithoutATitleBeforeTheBody() {
        CleanArticle a = clean("""
                <html><body><div class="promo-box"><p>Langganan koran digital kami sekarang dan hemat setengah harga.</p></div>
                <div class="isi">""" + BODY + "</div></body></html>");
        assertFalse(a.text().contains("Langganan"), a.text());
    }

    @Test
    void ingredientListIsTextAsAWhole() {
        CleanArticle a = clean("""
                <html><body><div class="recipe"><h1>Nasi Goreng Kampung</h1>
                <div class="bahan"><h3>Bahan</h3><ul><li>2 piring nasi putih</li><li>3 siung bawang merah</li>
                <li>2 siung bawang putih</li><li>1 butir telur ayam</li><li>2 sdm kecap manis</li>
                <li>Garam secukupnya</li></ul></div>
                <div class="cara"><h3>Cara membuat</h3>
                <p>Haluskan bawang merah dan bawang putih, lalu tumis sampai harum di atas api sedang.</p>
                <p>Masukkan telur, orak-arik sebentar, kemudian tambahkan nasi dan kecap manis.</p>
                <p>Aduk rata sampai nasi panas dan bumbu meresap, lalu angkat dan sajikan selagi hangat.</p></div>
                </div><div class="sidebar"><ul><li><a href="/a">Resep soto ayam kuning</a></li>
                <li><a href="/b">Resep rendang daging sapi</a></li></ul></div></body></html>""");
        assertTrue(a.text().contains("3 siung bawang merah"), a.text());
        assertTrue(a.text().contains("Haluskan bawang merah"), a.text());
        assertFalse(a.text().contains("soto ayam"), a.text());
    }

    @Test
    void labelOfADroppedLinkListGoesWithIt() {
        CleanArticle a = clean("""
                <html><body><article><h1>Jembatan Desa Sukaraja Diperbaiki</h1>""" + BODY + """
                <p>Bacaan lainnya</p>
                <ul><li><a href="/a">Banjir rendam tiga desa di selatan kabupaten</a></li>
                <li><a href="/b">Pasar lama kembali ramai setelah direnovasi</a></li></ul>
                <p>Pekerjaan dilakukan siang dan malam agar jembatan segera bisa dilalui kendaraan roda empat.</p>
                </article></body></html>""");
        assertFalse(a.text().contains("Bacaan lainnya"), a.text());
        assertTrue(a.text().contains("Pekerjaan dilakukan siang dan malam"), a.text());
    }
    @Test
    void ingredientTableWithLinkedProductsIsTextAndHeadingsDoNotStopTheWidening() {
        // the steps sit in their own box under a heading; the table beside them links two products
        CleanArticle a = clean("""
                <html><body><div class="resep"><h1>Bolu Pandan Kukus</h1>
                <div class="bahan"><table>
                <tr><td>250 g</td><td>tepung terigu</td></tr><tr><td>200 g</td><td>gula pasir</td></tr>
                <tr><td>1 bungkus</td><td><a href="/p/1">Pengembang kue merek Sejahtera</a></td></tr>
                <tr><td>4 butir</td><td>telur ayam</td></tr><tr><td>200 ml</td><td>santan kental</td></tr>
                <tr><td>1 sdt</td><td><a href="/p/2">Pasta pandan Harum Sari</a></td></tr>
                </table></div>
                <div class="langkah"><h2>Cara membuat</h2><div class="isi-langkah">
                <p>Kocok telur dan gula pasir sampai mengembang dan berwarna putih pucat, kira-kira sepuluh menit.</p>
                <p>Masukkan tepung terigu dan pengembang sedikit demi sedikit sambil diaduk perlahan dengan spatula.</p>
                <p>Tuang santan dan pasta pandan, aduk rata, lalu kukus adonan selama tiga puluh menit.</p>
                </div></div></div>
                <div class="sidebar"><ul><li><a href="/a">Resep kue lapis legit</a></li>
                <li><a href="/b">Resep klepon gula merah</a></li></ul></div></body></html>""");
        assertTrue(a.text().contains("Pengembang kue merek Sejahtera"), a.text());
        assertTrue(a.text().contains("santan kental"), a.text());
        assertTrue(a.text().contains("Kocok telur dan gula pasir"), a.text());
        assertFalse(a.text().contains("lapis legit"), a.text());
    }
    @Test
    void aHeadingsAnchorIdIsNotAHint() {
        // content systems give section headings an id made of their words: "nav" here is not navigation
        CleanArticle a = clean("<html><body><article><h1>Jembatan Desa Sukaraja Diperbaiki</h1>" + BODY
                + "<h3 id=\"nav_jalur_alternatif_1\">Jalur alternatif lewat pasar lama</h3>"
                + "<p>Petugas dinas perhubungan dijadwalkan berjaga di dua persimpangan selama jembatan ditutup.</p>"
                + "</article></body></html>");
        assertTrue(a.text().contains("Jalur alternatif lewat pasar lama"), a.text());
    }
    @Test
    void aHeadingLabelEndingInAnExclamationGoesWithItsList() {
        CleanArticle a = clean("<html><body><article><h1>Jembatan Desa Sukaraja Diperbaiki</h1>" + BODY
                + "<h3>Jangan lewatkan juga!</h3><ul><li><a href=\"/a\">Banjir rendam tiga desa di selatan kabupaten</a></li>"
                + "<li><a href=\"/b\">Pasar lama kembali ramai setelah direnovasi</a></li></ul>"
                + "</article></body></html>");
        assertFalse(a.text().contains("Jangan lewatkan juga!"), a.text());
        assertTrue(a.text().contains("Sejumlah pedagang"), a.text());
    }

    @Test
    void shortTextSetUnderAPictureIsItsCaption() {
        // a caption in a span or an emphasis right after the picture leaves the text; a paragraph that opens
        // with a picture and goes on in bare text stays, and so does an item of a list with an icon
        CleanArticle a = clean("""
                <html><body><div class="isi">""" + BODY + """
                <div class="gambar"><img src="/f/jembatan.jpg"><span>Jembatan yang rusak di desa itu, Senin pagi</span></div>
                <p><img src="/f/pasar.jpg"><br><em>Suasana pasar lama yang menjadi jalur alternatif, Minggu</em></p>
                <p><img src="/f/warga.jpg">Warga bergotong royong membersihkan lumpur dari rumah mereka sejak pagi.</p>
                <ul><li><img src="/i/centang.png"><span>Jalur alternatif dibuka 24 jam</span></li></ul>
                </div></body></html>""");
        assertTrue(a.text().contains("Sejumlah pedagang"), a.text());
        assertFalse(a.text().contains("Jembatan yang rusak di desa itu"), a.text());
        assertFalse(a.text().contains("Suasana pasar lama"), a.text());
        assertTrue(a.text().contains("Warga bergotong royong"), a.text());
        assertTrue(a.text().contains("Jalur alternatif dibuka 24 jam"), a.text());
    }

    @Test
    void textInBoxesUnderAPictureIsItsCaption() {
        // a picture's box holds its caption and its photo credit in boxes of their own: both leave the text;
        // a box that opens with a picture but holds a heading (a card), or bare text beside the picture, stays
        CleanArticle a = clean("""
                <html><body><div class="isi">""" + BODY + """
                <div class="foto"><a href="/f/1"><img src="/f/banjir.jpg"></a><div class="ket"><div>Petugas mengevakuasi
                warga dari rumah yang terendam banjir, Selasa.</div><div>Foto oleh <span>Andi Pratama</span></div></div></div>
                <div class="kartu"><img src="/f/kepala-dinas.jpg"><h3>Kepala dinas pekerjaan umum kabupaten</h3>
                <div>Dia meminta warga bersabar selama perbaikan jembatan berlangsung.</div></div>
                <div class="pembuka"><div><img src="/f/sungai.jpg">Air sungai mulai surut sejak Rabu malam, tetapi lumpur
                masih menutup jalan desa.</div></div>
                <p>Pemerintah desa menyiapkan dapur umum bagi warga yang mengungsi di balai desa sejak Senin.</p>
                </div></body></html>""");
        assertTrue(a.text().contains("Sejumlah pedagang"), a.text());
        assertFalse(a.text().contains("Petugas mengevakuasi"), a.text());
        assertFalse(a.text().contains("Andi Pratama"), a.text());
        assertTrue(a.text().contains("Dia meminta warga bersabar"), a.text());
        assertTrue(a.text().contains("Air sungai mulai surut"), a.text());
        assertTrue(a.text().contains("dapur umum"), a.text());
    }
}
