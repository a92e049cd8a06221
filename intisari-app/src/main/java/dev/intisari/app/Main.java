package dev.intisari.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code intisari}: the entry point of the fat jar. */
@Command(name = "intisari", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a stream of Indonesian news articles into stories.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, FeedsCommand.class,
            WatchCommand.class, DemoCommand.class, GenerateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("intisari: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"intisari " + (v == null ? "dev" : v) + ", output format 1"};
        }
    }
}
