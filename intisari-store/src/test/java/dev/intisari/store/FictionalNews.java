package dev.intisari.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A few short fictional articles (invented towns, people and outlets) in the JSON Lines input format. */
public final class FictionalNews {
    public static final String FLOOD_A = """
            {"id":"banjir-1","outlet":"Kabar Sukamaju","title":"Banjir rendam ratusan rumah di Kota Sukamaju","published":"2026-03-02T08:00:00+07:00","text":"Banjir merendam ratusan rumah di Kota Sukamaju pada Senin pagi setelah hujan deras mengguyur sejak Minggu malam.\\n\\nWali Kota Sukamaju Budi Santosa mengatakan pemerintah kota telah membuka tiga posko pengungsian. \\"Kami sudah menyiapkan perahu karet dan dapur umum untuk warga,\\" kata Budi di Balai Kota Sukamaju.\\n\\nBadan Penanggulangan Bencana Daerah mencatat ketinggian air mencapai satu meter di Kelurahan Cempaka."}
            """.strip();
    public static final String FLOOD_B = """
            {"id":"banjir-2","outlet":"Warta Pelita","title":"Ratusan rumah terendam banjir, Sukamaju buka posko pengungsian","published":"2026-03-02T11:30:00+07:00","text":"Ratusan rumah di Kota Sukamaju terendam banjir setelah hujan deras mengguyur sejak Minggu malam.\\n\\nWali Kota Sukamaju Budi Santosa mengatakan tiga posko pengungsian telah dibuka. \\"Kami sudah menyiapkan perahu karet dan dapur umum untuk warga,\\" ujar Budi.\\n\\nKetinggian air di Kelurahan Cempaka mencapai satu meter menurut Badan Penanggulangan Bencana Daerah."}
            """.strip();
    public static final String HARBOUR = """
            {"id":"pelabuhan-1","outlet":"Warta Pelita","title":"Pelabuhan Tanjung Lestari mulai beroperasi","published":"2026-03-05","text":"Pelabuhan Tanjung Lestari resmi beroperasi pada Kamis setelah pembangunan selama dua tahun.\\n\\nMenteri Perhubungan Siti Rahmawati menyebut pelabuhan itu akan memangkas biaya logistik di kawasan timur. \\"Kapal barang kini bisa bersandar tanpa menunggu berhari-hari,\\" kata Siti.\\n\\nPelabuhan tersebut mampu melayani dua juta peti kemas per tahun."}
            """.strip();
    public static final String FESTIVAL = """
            {"id":"festival-1","outlet":"Kabar Sukamaju","title":"Festival kopi Sukamaju tarik ribuan pengunjung","published":"2026-03-07","text":"Festival kopi tahunan di alun-alun Sukamaju menarik ribuan pengunjung pada Sabtu.\\n\\nKetua panitia Rina Kartika mengatakan empat puluh petani kopi dari lereng Gunung Halimun ikut memamerkan hasil panen mereka.\\n\\nPanitia berencana menggelar festival serupa pada tahun depan."}
            """.strip();

    private FictionalNews() {
    }

    public static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    public static Path write(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, lines(lines), StandardCharsets.UTF_8);
        return file;
    }
}
