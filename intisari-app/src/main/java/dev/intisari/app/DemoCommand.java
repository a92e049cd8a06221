package dev.intisari.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code intisari demo}: analyses the bundled, fictional demo corpus in {@code samples/}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled demo corpus (samples/, fictional articles) and print a report.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "text (default), json or jsonl")
    AnalyzeCommand.Format format;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "the demo corpus (default: samples/ of the Intisari checkout)")
    Path samples;

    @Override
    public Integer call() throws IOException {
        Path dir = samples != null ? samples : locateSamples();
        return AnalyzeCommand.analyze(List.of(dir.toString()), format, null);
    }

    /** samples/ beside the launcher (INTISARI_HOME), else in the working directory or one of its parents. */
    static Path locateSamples() {
        String home = System.getenv("INTISARI_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "samples"))) {
            return Path.of(home, "samples");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/ directory found; pass --samples DIR");
    }
}
