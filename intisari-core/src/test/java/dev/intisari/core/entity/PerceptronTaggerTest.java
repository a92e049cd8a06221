package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerceptronTaggerTest {
    private static final String[] PEOPLE = {"Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Rudi Hartono"};
    private static final String[] PLACES = {"Bandung", "Surabaya", "Medan", "Makassar", "Padang"};

    private static List<TaggedSentence> corpus() {
        List<TaggedSentence> out = new ArrayList<>();
        for (String person : PEOPLE) {
            for (String place : PLACES) {
                List<String> words = new ArrayList<>(List.of(person.split(" ")));
                List<String> tags = new ArrayList<>(List.of("B-PER", "I-PER"));
                for (String w : new String[] {"berkunjung", "ke", place, "kemarin", "."}) {
                    words.add(w);
                    tags.add(w.equals(place) ? "B-LOC" : "O");
                }
                out.add(new TaggedSentence(words, tags));
            }
        }
        return out;
    }

    @Test
    void learnsAndDecodesValidTags() {
        PerceptronTagger model = new PerceptronTrainer(16, 5, 1).train(corpus());
        String[] tags = model.tag(List.of("Agus", "Salim", "berkunjung", "ke", "Medan", "kemarin", "."));
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"}, tags);
        assertEquals(List.of("O", "B-LOC", "I-LOC", "B-PER", "I-PER"), model.labels());
    }

    @Test
    void neverStartsWithAnInsideTag() {
        PerceptronTagger model = new PerceptronTrainer(16, 3, 1).train(corpus());
        String[] tags = model.tag(List.of("Salim", "ke", "Medan"));
        assertTrue(!tags[0].startsWith("I-"), Arrays.toString(tags));
        assertEquals(0, model.tag(List.of()).length);
    }

    @Test
    void trainingIsDeterministicAndTheModelRoundTrips() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new PerceptronTrainer(16, 3, 42).train(corpus()).write(a);
        PerceptronTagger model = new PerceptronTrainer(16, 3, 42).train(corpus());
        model.write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        PerceptronTagger read = PerceptronTagger.read(new ByteArrayInputStream(b.toByteArray()));
        List<String> words = List.of("Dewi", "Lestari", "berkunjung", "ke", "Padang", ".");
        assertArrayEquals(model.tag(words), read.tag(words));
    }

    @Test
    void severalShuffledRunsAverageIntoOneDeterministicModel() throws IOException {
        int[] calls = new int[1];
        PerceptronTagger model = new PerceptronTrainer(16, 3, 5).train(corpus(), 3, (m, epoch) -> {
            calls[0]++;
            assertEquals(3, epoch);
        });
        assertEquals(1, calls[0]);
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"},
                model.tag(List.of("Siti", "Aminah", "berkunjung", "ke", "Makassar", "kemarin", ".")));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        model.write(a);
        new PerceptronTrainer(16, 3, 5).train(corpus(), 3, (m, epoch) -> { }).write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void precomputedWordSumsGiveExactlyTheScoresOfEveryFeature() {
        PerceptronTagger shipped = PerceptronTagger.read(PerceptronEntityRecognizer.class.getResourceAsStream("ner-model.bin.gz"));
        String[] sentences = {
            "Presiden Joko Widodo meresmikan Bendungan Karian di Kabupaten Lebak , Banten , Kamis ( 12/3 ) .",
            "Komisi Pemberantasan Korupsi ( KPK ) memeriksa Wali Kota Medan Bobby Nasution .",
            "juru bicara kremlin dmitry peskov mengatakan moskow siap berunding dengan kyiv .",
            "MENTERI LUAR NEGERI RUSIA SERGEY LAVROV TIBA DI JAKARTA",
            "Xqzvw Brrtl-Kumpf melaporkan 2,5 % kenaikan harga di Jl. Sudirman No. 5 .",
            "Jakarta",
            "Kata",
        };
        for (String sentence : sentences) {
            CharSequence[] words = sentence.split(" ");
            assertArrayEquals(shipped.emissionsFeatureByFeature(words, words.length),
                    shipped.emissions(words, words.length), sentence);
        }
    }

    @Test
    void wideModelsRoundTripAndTheirWordSumsAreExactToo() throws IOException {
        PerceptronTagger model = new PerceptronTrainer(TrainerConfig.of(16, 3, 7).withWide(true).withMargin(1f)).train(corpus());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        PerceptronTagger read = PerceptronTagger.read(new ByteArrayInputStream(out.toByteArray()));
        List<String> words = List.of("Rudi", "Hartono", "berkunjung", "ke", "Surabaya", "kemarin", ".");
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"}, read.tag(words));
        for (String sentence : new String[] {"presiden joko widodo tiba di jakarta kemarin .", "Siti Aminah ke Medan", "x"}) {
            CharSequence[] w = sentence.split(" ");
            assertArrayEquals(read.emissionsFeatureByFeature(w, w.length), read.emissions(w, w.length), sentence);
        }
    }

    @Test
    void productModelsWithVectorClassesRoundTripAndTheirWordSumsAreExact() throws IOException {
        PerceptronTagger model = new PerceptronTrainer(TrainerConfig.of(16, 3, 7).withVectorRows(TrainerConfig.VECTOR_WORDS)).train(corpus());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        PerceptronTagger read = PerceptronTagger.read(new ByteArrayInputStream(out.toByteArray()));
        List<String> words = List.of("Rudi", "Hartono", "berkunjung", "ke", "Surabaya", "kemarin", ".");
        assertArrayEquals(model.tag(words), read.tag(words));
        for (String sentence : new String[] {"Wali Kota Semarang tiba di Bekasi kemarin .", "Xqzvw ke Depok", "x"}) {
            CharSequence[] w = sentence.split(" ");
            assertArrayEquals(read.emissionsFeatureByFeature(w, w.length), read.emissions(w, w.length), sentence);
        }
        CharSequence[] two = {"Semarang", "kemarin"};
        int[] with = new int[2];
        int[] without = new int[2];
        new NerFeatures(Lexicon.handWritten(), 16, false, false, null, TrainerConfig.VECTOR_WORDS).extract(two, 2, with);
        new NerFeatures(Lexicon.handWritten(), 16).extract(two, 2, without);
        assertEquals(6, with[0] - without[0], "its own four class rows and one from each side");
        assertThrows(IllegalStateException.class, () -> new PerceptronTrainer(TrainerConfig.of(16, 1, 7).withWide(true)
                .withVectorRows(TrainerConfig.VECTOR_WORDS)).train(corpus()).write(new ByteArrayOutputStream()));
    }

    @Test
    void edgeFeaturesLearnDecodeValidTagsAndTrainDeterministically() {
        PerceptronTrainer trainer = new PerceptronTrainer(TrainerConfig.of(16, 4, 3).withWide(true).withEdgeBits(12));
        PerceptronTagger model = trainer.train(corpus());
        List<String> words = List.of("Budi", "Santoso", "berkunjung", "ke", "Padang", "kemarin", ".");
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"}, model.tag(words));
        assertArrayEquals(model.tag(List.of("Santoso", "Padang", "ke")), trainer.train(corpus()).tag(List.of("Santoso", "Padang", "ke")));
        for (String sentence : new String[] {"Santoso ke Medan", "Lestari Hartono Salim", "x"}) {
            String[] tags = model.tag(List.of(sentence.split(" ")));
            for (int i = 0; i < tags.length; i++) {
                if (tags[i].startsWith("I-")) {
                    assertTrue(i > 0 && tags[i - 1].substring(2).equals(tags[i].substring(2)), Arrays.toString(tags));
                }
            }
        }
        assertThrows(IllegalStateException.class, () -> model.write(new ByteArrayOutputStream()));
    }

    @Test
    void letterTrigramModelsLearnAndTheirWordSumsAreExact() {
        PerceptronTagger model = new PerceptronTrainer(TrainerConfig.of(16, 3, 7).withWide(true).withLetterGrams(true)).train(corpus());
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"},
                model.tag(List.of("Rudi", "Hartono", "berkunjung", "ke", "Surabaya", "kemarin", ".")));
        for (String sentence : new String[] {"pemerintahan kabupaten pekalongan berkunjung ke Makassar", "Siti ke Medan", "x"}) {
            CharSequence[] w = sentence.split(" ");
            assertArrayEquals(model.emissionsFeatureByFeature(w, w.length), model.emissions(w, w.length), sentence);
        }
        CharSequence[] word = {"pemerintahan"};
        int[] with = new int[1];
        int[] without = new int[1];
        new NerFeatures(Lexicon.handWritten(), 16, true, true).extract(word, 1, with);
        new NerFeatures(Lexicon.handWritten(), 16, true, false).extract(word, 1, without);
        assertEquals(8, with[0] - without[0], "the inner trigrams e-m-e ... a-h-a of a 12-letter word");
        assertThrows(IllegalStateException.class, () -> model.write(new ByteArrayOutputStream()));
    }

    @Test
    void stackedAndPassiveAggressiveModelsLearnAndDecodeValidTags() {
        List<String> words = List.of("Dewi", "Lestari", "berkunjung", "ke", "Bandung", "kemarin", ".");
        String[] gold = {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"};
        PerceptronTrainer stacked = new PerceptronTrainer(TrainerConfig.of(16, 3, 3).withWide(true).withStackFolds(2));
        PerceptronTagger model = stacked.train(corpus());
        assertArrayEquals(gold, model.tag(words));
        List<String> repeated = List.of("Budi", "Santoso", "ke", "Medan", "dan", "Budi", "ke", "Padang");
        assertArrayEquals(model.tag(repeated), stacked.train(corpus()).tag(repeated));
        assertThrows(IllegalStateException.class, () -> model.write(new ByteArrayOutputStream()));
        PerceptronTagger pa = new PerceptronTrainer(TrainerConfig.of(16, 3, 3).withAggressiveness(1)).train(corpus());
        assertArrayEquals(gold, pa.tag(words));
    }

    @Test
    void aBiasOnTheOutsideTagMovesDecodingToNames() {
        PerceptronTagger model = new PerceptronTrainer(16, 3, 1).train(corpus());
        List<String> words = List.of("Agus", "Salim", "berkunjung", "ke", "Medan", "kemarin", ".");
        assertArrayEquals(model.tag(words), model.withTagBias(new float[5]).tag(words));
        float[] bias = new float[5];
        bias[0] = -1e6f;
        String[] tags = model.withTagBias(bias).tag(words);
        for (int i = 0; i < tags.length; i++) {
            assertTrue(!tags[i].equals("O") && (!tags[i].startsWith("I-") || i > 0), Arrays.toString(tags));
        }
        assertThrows(IllegalArgumentException.class, () -> model.withTagBias(new float[2]));
        assertThrows(IllegalStateException.class, () -> model.withTagBias(bias).write(new ByteArrayOutputStream()));
    }

    @Test
    void trainingNamesKeepTheirSecondTypeOnlyWhenAskedFor() {
        List<TaggedSentence> data = List.of(
                new TaggedSentence(List.of("Wolfsburg", "menang", "2-0"), List.of("B-ORG", "O", "O")),
                new TaggedSentence(List.of("Wolfsburg", "menang", "lagi"), List.of("B-ORG", "O", "O")),
                new TaggedSentence(List.of("tiba", "di", "Wolfsburg"), List.of("O", "O", "B-LOC")),
                new TaggedSentence(List.of("warga", "Bandung", "Barat"), List.of("O", "B-LOC", "I-LOC")));
        // labels: O, B-LOC, I-LOC, B-ORG, I-ORG: LOC is type 0 (TRAIN_1), ORG type 1 (TRAIN_2)
        assertEquals(List.of("TRAIN_1\tbandung barat", "TRAIN_2\twolfsburg"), PerceptronTrainer.names(data, -1, 1));
        assertEquals(List.of("TRAIN_1\tbandung barat", "TRAIN_2\twolfsburg", "TRAIN_1\twolfsburg"),
                PerceptronTrainer.names(data, -1, 1, 0.3f));
        assertEquals(List.of("TRAIN_1\tbandung barat", "TRAIN_2\twolfsburg"), PerceptronTrainer.names(data, -1, 1, 0.5f));
    }
}
