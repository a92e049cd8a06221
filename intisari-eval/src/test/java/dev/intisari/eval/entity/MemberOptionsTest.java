package dev.intisari.eval.entity;

import dev.intisari.core.entity.TrainerConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemberOptionsTest {
    /** NERGRIT's configuration: perceptron, edges, no letter trigrams, roles, semi-Markov. */
    private static final DatasetTraining.Options BASE = new DatasetTraining.Options(0, null, 17, false, true, 20, null, 0);

    @Test
    void eachKeyOverridesItsOptionOnly() {
        DatasetTraining.Options o = MemberOptions.with(BASE, "letters=true, logLoss=0.03/1e-3");
        assertEquals(new DatasetTraining.Options(0, null, 17, true, true, 20, new TrainerConfig.LogLoss(0.03f, 1e-3f), 0), o);
        assertEquals(new DatasetTraining.Options(1, null, 0, false, false, 0, null, 0),
                MemberOptions.with(BASE, "margin=1,edges=0,roles=false,segments=0"));
    }

    @Test
    void rateZeroIsThePerceptronAndL2HasItsDefault() {
        DatasetTraining.Options logLoss = MemberOptions.with(BASE, "logLoss=0.1");
        assertEquals(new TrainerConfig.LogLoss(0.1f, 1e-4f), logLoss.logLoss());
        assertNull(MemberOptions.with(logLoss, "logLoss=0").logLoss());
    }

    @Test
    void vectorsNameTheirRows() {
        assertEquals(TrainerConfig.VECTOR_CLASSES, MemberOptions.with(BASE, "vectors=classes").vectorRows());
        assertEquals(TrainerConfig.VECTOR_CLASSES | TrainerConfig.VECTOR_SIGNS, MemberOptions.with(BASE, "vectors=both").vectorRows());
        assertEquals(0, MemberOptions.with(MemberOptions.with(BASE, "vectors=signs"), "vectors=none").vectorRows());
        assertThrows(IllegalArgumentException.class, () -> MemberOptions.with(BASE, "vectors=dense"));
    }

    @Test
    void noOverrideIsTheBase() {
        assertEquals(BASE, MemberOptions.with(BASE, ""));
    }

    @Test
    void aMixGivesEachGroupItsOptionsInOrder() {
        EnsembleTraining.Ensemble e = new EnsembleTraining.Ensemble(0, EnsembleTraining.Combine.VOTE, 0, "2;1:letters=true");
        assertEquals(3, e.members());
        List<DatasetTraining.Options> options = e.options(BASE);
        assertEquals(List.of(BASE, BASE, MemberOptions.with(BASE, "letters=true")), options);
        assertEquals(List.of(0, 2, 3), java.util.Arrays.stream(e.groupStarts()).boxed().toList());
    }

    @Test
    void unknownOrMalformedKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MemberOptions.with(BASE, "trigrams=true"));
        assertThrows(IllegalArgumentException.class, () -> MemberOptions.with(BASE, "letters"));
    }
}
