package dev.intisari.eval;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data; an evaluation whose data is absent is skipped with a message saying so. */
public final class SharedData {
    private SharedData() {
    }

    public static Path shared() {
        return Path.of(System.getProperty("intisari.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The data folder {@code name} under ../shared/data, or the calling test is skipped. */
    public static Path require(String name) {
        Path dir = shared().resolve("data").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "skipped: evaluation data " + dir + " is absent (it lives in ../shared/data, never in the project)");
        return dir;
    }
}
