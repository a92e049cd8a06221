package dev.intisari.app;

import dev.intisari.store.FictionalNews;
import dev.intisari.store.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code intisari demo}: ingests the corpus into a data directory, serves the page, prints its address. */
class DemoCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void ingestsServesAndPrintsTheAddress(@TempDir Path temp) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("samples"));
        FictionalNews.write(corpus, "berita.jsonl", FictionalNews.FLOOD_A, FictionalNews.FLOOD_B,
                FictionalNews.HARBOUR);
        DemoCommand demo = new DemoCommand();
        demo.pipeline = TestPipeline.create();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        demo.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        new CommandLine(demo).parseArgs("--samples", corpus.toString(), "--data", temp.resolve("data").toString(),
                "--port", "0");
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(demo::call);
            Matcher address = ADDRESS.matcher("");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!address.reset(printed.toString(StandardCharsets.UTF_8)).find() && System.nanoTime() < end
                    && !exit.isDone()) {
                Thread.sleep(50);
            }
            assertTrue(address.reset(printed.toString(StandardCharsets.UTF_8)).find(), printed.toString());
            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Banjir rendam ratusan rumah") || home.body().contains("Ratusan rumah"),
                    home.body());
            demo.stop.countDown();
            assertEquals(0, exit.get(30, TimeUnit.SECONDS));
            assertTrue(Files.exists(temp.resolve("data").resolve("intisari.db")), "a given --data is kept");
        } finally {
            demo.stop.countDown();
            runner.shutdownNow();
        }
    }

    @Test
    void aPortInUseIsAClearErrorNotAStackTrace(@TempDir Path temp) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("samples"));
        FictionalNews.write(corpus, "berita.jsonl", FictionalNews.HARBOUR);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            DemoCommand demo = new DemoCommand();
            demo.pipeline = TestPipeline.create();
            new CommandLine(demo).parseArgs("--samples", corpus.toString(), "--data", temp.resolve("data").toString(),
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, demo.call());
        }
    }
}
