package dev.intisari.eval.entity;

import dev.intisari.core.entity.TrainerConfig;

/** A data set's trainer options with some overridden, for one group of an ensemble's members ({@link EnsembleTraining}). */
final class MemberOptions {
    private MemberOptions() {
    }

    /**
     * {@code o} with the overrides of {@code overrides}, {@code key=value} pairs joined by commas: {@code logLoss=RATE/L2}
     * (rate 0: the perceptron; L2 1e-4 unless given), {@code letters}, {@code roles} (true|false), {@code edges},
     * {@code segments} (bits, 0 for none), {@code margin}, {@code vectors} (none|classes|signs|both).
     */
    static DatasetTraining.Options with(DatasetTraining.Options o, String overrides) {
        for (String pair : overrides.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.trim().split("=", 2);
            if (kv.length < 2) {
                throw new IllegalArgumentException("a member option is key=value: " + pair);
            }
            String v = kv[1].trim();
            o = switch (kv[0].trim()) {
                case "logLoss" -> new DatasetTraining.Options(o.margin(), o.guide(), o.edgeBits(), o.letterGrams(), o.roles(),
                        o.segmentBits(), logLoss(v), o.vectorRows());
                case "letters" -> new DatasetTraining.Options(o.margin(), o.guide(), o.edgeBits(), Boolean.parseBoolean(v),
                        o.roles(), o.segmentBits(), o.logLoss(), o.vectorRows());
                case "roles" -> new DatasetTraining.Options(o.margin(), o.guide(), o.edgeBits(), o.letterGrams(),
                        Boolean.parseBoolean(v), o.segmentBits(), o.logLoss(), o.vectorRows());
                case "edges" -> new DatasetTraining.Options(o.margin(), o.guide(), Integer.parseInt(v), o.letterGrams(),
                        o.roles(), o.segmentBits(), o.logLoss(), o.vectorRows());
                case "segments" -> new DatasetTraining.Options(o.margin(), o.guide(), o.edgeBits(), o.letterGrams(),
                        o.roles(), Integer.parseInt(v), o.logLoss(), o.vectorRows());
                case "margin" -> new DatasetTraining.Options(Float.parseFloat(v), o.guide(), o.edgeBits(), o.letterGrams(),
                        o.roles(), o.segmentBits(), o.logLoss(), o.vectorRows());
                case "vectors" -> new DatasetTraining.Options(o.margin(), o.guide(), o.edgeBits(), o.letterGrams(),
                        o.roles(), o.segmentBits(), o.logLoss(), DatasetTraining.vectorRows(v));
                default -> throw new IllegalArgumentException("unknown member option: " + pair);
            };
        }
        return o;
    }

    private static TrainerConfig.LogLoss logLoss(String spec) {
        String[] parts = spec.split("/", 2);
        float rate = Float.parseFloat(parts[0]);
        return rate == 0 ? null : new TrainerConfig.LogLoss(rate, parts.length > 1 ? Float.parseFloat(parts[1]) : 1e-4f);
    }
}
