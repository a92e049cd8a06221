/**
 * The order of the stages, in one place: {@link dev.intisari.core.pipeline.Pipeline}. Runners (the CLI,
 * the server, the scale-out job) adapt this class; they never reorder or reimplement a stage.
 */
package dev.intisari.core.pipeline;
