package dev.intisari.flink;

import dev.intisari.core.pipeline.Pipeline;

/**
 * The core's standard pipeline, built once per task manager (per job class loader) and shared by the
 * operators that run in it: the stages are immutable and thread-safe, and their models are large, so one copy
 * per JVM instead of one per operator instance.
 */
final class Stages {
    private Stages() {
    }

    private static final class Holder {
        static final Pipeline STANDARD = Pipeline.standard();
    }

    static Pipeline standard() {
        return Holder.STANDARD;
    }
}
