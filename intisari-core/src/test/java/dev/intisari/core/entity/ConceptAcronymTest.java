package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spelt-out concepts (a budget, a tax, a card, a programme) and listed acronyms of things (a camera, a code, a kind of
 * car) are no organisations; bodies stay, also a listed acronym the article spells out as a body (made-up text).
 */
class ConceptAcronymTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Pemerintah menambah Anggaran Pendapatan dan Belanja Negara (APBN) tahun ini. Defisit APBN tetap terjaga. | APBN
        Warga wajib membawa Kartu Tanda Penduduk (KTP) asli saat mendaftar di kantor desa.                          | KTP
        Pertumbuhan Produk Domestik Bruto (PDB) kuartal ketiga mencapai lima persen.                              | PDB
        Pegawai yang berstatus Aparatur Sipil Negara (ASN) akan pindah ke Nusantara tahun depan.                   | ASN
        Penerima bantuan terdaftar dalam Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) tahun ini.              | DTSEN
        Para pelaku UMKM di Bandung mendapat pelatihan pemasaran dari pemerintah kota.                            | UMKM
        Polisi memeriksa rekaman CCTV di sekitar lokasi kejadian. CCTV itu merekam pelaku.                         | CCTV
        Perusahaan itu memakai AI untuk menyusun laporan keuangan bulanan.                                        | AI
        Tersangka dijerat Pasal 362 KUHP tentang pencurian dengan ancaman lima tahun.                             | KUHP
        Produsen itu meluncurkan SUV listrik baru di pameran otomotif Jakarta.                                    | SUV
        Petugas medis memakai APD lengkap saat menangani pasien.                                                  | APD
        """)
    void aConceptIsNoEntity(String text, String acronym) {
        List<Entity> found = EntityProbe.entities(text);
        assertFalse(found.stream().anyMatch(e -> e.name().contains(acronym) || e.mentions().stream()
                .anyMatch(s -> s.of(text).equals(acronym))), EntityProbe.describe(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Kementerian Energi dan Sumber Daya Mineral (ESDM) menaikkan harga gas. Kementerian ESDM menjelaskan alasannya. | ESDM
        Kepala Dinas Pekerjaan Umum (PU) Kota Bogor meninjau jalan yang rusak.                                          | PU
        Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi. KPK belum menahan tersangka.                          | KPK
        Stasiun televisi China Central Television (CCTV) menyiarkan parade itu. CCTV menyebut ribuan orang hadir.      | CCTV
        """)
    void aBodyStaysAnEntity(String text, String acronym) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.mentions().stream().anyMatch(s -> s.of(text).equals(acronym))),
                EntityProbe.describe(text));
    }
}
