/**
 * Serializers for the records that flow between the job's operators and the state they keep: immutable
 * records as JSON, the core's mutable grouping state by Java serialization. Internal to the job.
 */
package dev.intisari.flink.serial;
