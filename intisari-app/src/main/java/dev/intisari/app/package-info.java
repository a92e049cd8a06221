/** The command line: one picocli subcommand per class, each a {@code Callable<Integer>} exit code. */
package dev.intisari.app;
