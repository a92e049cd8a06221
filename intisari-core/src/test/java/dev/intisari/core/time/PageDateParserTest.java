package dev.intisari.core.time;

import dev.intisari.model.Published;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageDateParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '"', textBlock = """
            07 April 2024 18:30                  | 2024-04-07T18:30:00+07:00
            Senin, 12 Mei 2025 10:15 WIB         | 2025-05-12T10:15:00+07:00
            Kamis, 13 Maret 2025                 | 2025-03-13
            Selasa, 21 Okt 2025 - 09.00 WITA     | 2025-10-21T09:00:00+08:00
            Jum'at, 3 Jan 2025, 20:15 WIT        | 2025-01-03T20:15:00+09:00
            12/05/2025 10:15                     | 2025-05-12T10:15:00+07:00
            Rabu, 22-10-2025                     | 2025-10-22
            2025-05-12 10:15                     | 2025-05-12T10:15:00+07:00
            2025-05-12                           | 2025-05-12
            31 Februari 2025                     | -
            12 Bulan 2025                        | -
            Presiden berpidato pada 12 Mei 2025  | -
            99/99/2025                           | -
            """)
    void readsPageDateLines(String line, String expected) {
        assertEquals(expected, PageDateParser.parse(line, "text").map(Published::value).orElse(null));
    }

    @ParameterizedTest
    @CsvSource({"Maret,3", "mar,3", "AGUSTUS,8", "Agt,8", "Nopember,11", "Des,12", "Sabtu,0", "'',0"})
    void monthNames(String name, int month) {
        assertEquals(month, PageDateParser.month(name));
    }
}
