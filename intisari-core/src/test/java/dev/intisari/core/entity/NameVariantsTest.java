package dev.intisari.core.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameVariantsTest {
    private static final NameVariants VARIANTS = NameVariants.standard();

    @ParameterizedTest
    @CsvSource({
        "Sergey Lavrov, Sergei Lavrov",
        "Volodymyr Zelensky, Volodymyr Zelenskyy",
        "Kiev, Kyiv",
        "AS, Amerika Serikat",
        "Moskow, Moscow",
        "Perancis, Prancis",
        "Soeharto, Suharto",
        "Kim Jong-un, Kim Jong Un",
        "Tiongkok, China",
        "Recep Tayyip Erdoğan, Recep Tayyip Erdogan",
        "Dmitri Peskov, Dmitry Peskov",
    })
    void variantsShareAKey(String a, String b) {
        assertEquals(VARIANTS.key(a), VARIANTS.key(b));
    }

    /** Session 20: words of a longer organisation or place name read by the table. */
    @ParameterizedTest
    @CsvSource({
        "Polda Jatim, Polda Jawa Timur",
        "Dynamo Kiev, Dynamo Kyiv",
        "Laut Cina Selatan, Laut China Selatan",
        "PN Jakut, PN Jakarta Utara",
        "Dubes AS, Dubes Amerika Serikat",
        "Kantor Kemenkeu, Kantor Kementerian Keuangan",
    })
    void wordsOfALongerNameShareAKey(String a, String b) {
        assertEquals(VARIANTS.compoundKey(a), VARIANTS.compoundKey(b));
    }

    @ParameterizedTest
    @CsvSource({"Polda Jatim, Polda Jateng", "Jalan As Salam, Jalan Amerika Serikat Salam", "Kota Kiev, Kota Moskow",
        "AS Roma, Amerika Serikat Roma", "Komisi XI DPR, Komisi XIII DPR", "Pelita XI, Pelita XIII"})
    void compoundKeysKeepOtherNamesApart(String a, String b) {
        assertNotEquals(VARIANTS.compoundKey(a), VARIANTS.compoundKey(b));
    }

    @ParameterizedTest
    @CsvSource({"Joko Widodo, Prabowo Subianto", "Austria, Australia", "Korea Utara, Korea Selatan", "Irak, Iran",
        "Pelindo I, Pelindo III", "Pelita II, Pelita I", "Komisi XI, Komisi XIII", "SSD, SD", "Aan, AN"})
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertNotEquals(VARIANTS.key(a), VARIANTS.key(b));
    }

    @ParameterizedTest
    @CsvSource({"Kiev, Kyiv", "Perancis, Prancis", "Moscow, Moskow", "Tiongkok, China", "Jokowi, Joko Widodo", "Bandung, Bandung"})
    void canonicalSpelling(String written, String canonical) {
        assertEquals(canonical, VARIANTS.canonical(written));
    }

    /** Answers are remembered per name: asked again, in any order of questions, a name gets the same answers. */
    @ParameterizedTest
    @CsvSource({"Kyiv, Kyiv, true", "Kiyev, Kyiv, true", "Jokowi, Joko Widodo, true", "Bandung, Bandung, false",
        "Zelenskyy, Volodymyr Zelensky, true", "Surabaya, Surabaya, false"})
    void rememberedAnswersEqualFreshOnes(String written, String canonical, boolean known) {
        NameVariants fresh = NameVariants.standard();
        String key = fresh.key(written);
        for (int round = 0; round < 2; round++) {
            assertEquals(known, fresh.known(written));
            assertEquals(canonical, fresh.canonical(written));
            assertEquals(key, fresh.key(written));
        }
        assertEquals(key, NameVariants.standard().key(written));
        if (known) {
            assertTrue(NameVariants.standard().known(written));
        } else {
            assertFalse(NameVariants.standard().known(written));
        }
    }
}
