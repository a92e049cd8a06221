package dev.intisari.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Where a bench run's CPU goes, phase by phase: at the end of each phase a mark reads the wall clock, the process's
 * CPU time, the CPU time of the thread that drives the run (the serial folds run there), the CPU time of the
 * JIT compiler threads and of the JVM's collector and VM threads (from {@code /proc/self/task}, Linux), and the
 * stages' thread CPU summed so far. The printed table gives each phase's cores in use (process CPU / wall) and what
 * of its CPU is stage work, compiler, collector, and the rest (reading the input, the spill, the run's own
 * plumbing). Where {@code /proc} cannot be read the compiler and collector columns are absent (-1).
 */
final class PhaseClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Linux's USER_HZ, the unit of the times in {@code /proc/.../stat}. */
    private static final long TICK_NANOS = 1_000_000_000L / 100;

    /** What a mark read; CPU figures in nanoseconds. */
    record Mark(String phase, long wall, long process, long driver, long compiler, long collector, long stages) {
    }

    private final long driverThread;
    private final LongSupplier stages;
    private final List<Mark> marks = new ArrayList<>();
    /** CPU time the marks' own reads have cost the threads that made them, and how many were made. */
    private long ownNanos;
    private int reads;

    /** Marks for a run driven by the calling thread; {@code stages} gives the stages' CPU summed so far. */
    PhaseClock(LongSupplier stages) {
        this.driverThread = Thread.currentThread().getId();
        this.stages = stages;
    }

    /** The run's start. */
    synchronized void start() {
        marks.clear();
        ownNanos = 0;
        reads = 0;
        marks.add(read("start"));
    }

    /** The end of {@code phase}; a phase marked again replaces its earlier end if nothing was marked since. */
    synchronized void end(String phase) {
        if (!marks.isEmpty() && marks.get(marks.size() - 1).phase().equals(phase)) {
            marks.remove(marks.size() - 1);
        }
        marks.add(read(phase));
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    private Mark read(String phase) {
        long own = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        long[] jvm = jvmThreadsCpu();
        long driver = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(driverThread) : -1;
        Mark mark = new Mark(phase, System.nanoTime(), processCpu(), driver, jvm[0], jvm[1], stages.getAsLong());
        if (THREADS.isCurrentThreadCpuTimeSupported()) {
            ownNanos += THREADS.getCurrentThreadCpuTime() - own;
        }
        reads++;
        return mark;
    }

    /** CPU time, in nanoseconds, the marks made since {@link #start} cost the threads that made them. */
    synchronized long ownNanos() {
        return ownNanos;
    }

    /** Marks made since {@link #start} (a phase marked again counts each time). */
    synchronized int reads() {
        return reads;
    }

    /** One line per phase: wall, process CPU, cores in use, and the CPU's parts. */
    void print(PrintStream out) {
        out.printf(Locale.ROOT, "phases (s): %-26s %6s %7s %5s %7s %7s %6s %6s %6s%n", "", "wall", "CPU", "cores",
                "driver", "stages", "JIT", "GC+VM", "rest");
        for (int i = 1; i < marks.size(); i++) {
            Mark a = marks.get(i - 1);
            Mark b = marks.get(i);
            line(out, b.phase(), a, b);
        }
        if (marks.size() > 2) {
            line(out, "whole run", marks.get(0), marks.get(marks.size() - 1));
        }
    }

    private static void line(PrintStream out, String phase, Mark a, Mark b) {
        double wall = (b.wall() - a.wall()) / 1e9;
        double cpu = (b.process() - a.process()) / 1e9;
        double driver = a.driver() < 0 ? -1 : (b.driver() - a.driver()) / 1e9;
        double stageCpu = (b.stages() - a.stages()) / 1e9;
        boolean jvm = a.compiler() >= 0 && b.compiler() >= 0;
        double jit = jvm ? (b.compiler() - a.compiler()) / 1e9 : -1;
        double gc = jvm ? (b.collector() - a.collector()) / 1e9 : -1;
        double rest = cpu - stageCpu - Math.max(0, jit) - Math.max(0, gc);
        out.printf(Locale.ROOT, "            %-26s %6.1f %7.1f %5.2f %7.1f %7.1f %6.1f %6.1f %6.1f%n", phase, wall, cpu,
                wall > 0 ? cpu / wall : 0, driver, stageCpu, jit, gc, rest);
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * {compiler threads, collector and VM threads} CPU in nanoseconds, from {@code /proc/self/task}; {-1, -1} where
     * it cannot be read. The kernel keeps 15 characters of a thread's name: "C2 CompilerThre", "GC Thread#0",
     * "G1 Conc#0", "G1 Refine#0", "VM Thread".
     */
    static long[] jvmThreadsCpu() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new long[] {-1, -1};
        }
        long compiler = 0;
        long collector = 0;
        try (var dirs = Files.list(tasks)) {
            for (Path task : dirs.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    boolean jit = name.contains("CompilerThre");
                    boolean gc = name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread");
                    if (!jit && !gc) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    if (jit) {
                        compiler += ticks;
                    } else {
                        collector += ticks;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
        return new long[] {compiler * TICK_NANOS, collector * TICK_NANOS};
    }
}
