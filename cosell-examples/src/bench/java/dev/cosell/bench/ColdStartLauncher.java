package dev.cosell.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times fresh JVMs from launch to exit: {@link ColdStart} (launch, build the rules, first assessment) against
 * {@link Bare} (launch, nothing), alternating, and prints each median and their difference. The child JVMs use
 * this JVM's java, classpath and the flags given after the run count.
 *
 * <pre>java -cp cosell-examples/target/benchmarks.jar dev.cosell.bench.ColdStartLauncher [runs] [jvm flags...]</pre>
 */
public final class ColdStartLauncher {
    private ColdStartLauncher() {
    }

    /** Runs both programs {@code runs} times each (default 11). */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        List<String> flags = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        // one untimed run of each warms the file cache
        time(java, classpath, flags, Bare.class);
        time(java, classpath, flags, ColdStart.class);
        long[] bare = new long[runs];
        long[] cold = new long[runs];
        long[][] phases = new long[3][runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = time(java, classpath, flags, Bare.class).millis();
            Run run = time(java, classpath, flags, ColdStart.class);
            cold[i] = run.millis();
            Matcher m = PHASES.matcher(run.output());
            String found = "no phases";
            if (m.find()) {
                found = m.group();
                for (int p = 0; p < 3; p++) {
                    phases[p][i] = Long.parseLong(m.group(p + 1));
                }
            }
            System.out.printf("run %2d: bare %5d ms, first assessment %5d ms (%s)%n", i + 1, bare[i], cold[i], found);
        }
        long bareMedian = median(bare);
        long coldMedian = median(cold);
        System.out.printf("median of %d runs: bare JVM %d ms, launch to first assessment %d ms, difference %d ms%n",
                runs, bareMedian, coldMedian, coldMedian - bareMedian);
        System.out.printf("median phases: JVM start to main %d ms, CoSellEvaluator.create() %d ms, "
                + "first evaluate %d ms%n", median(phases[0]), median(phases[1]), median(phases[2]));
    }

    private static final Pattern PHASES = Pattern.compile("phases: jvm=(\\d+) create=(\\d+) evaluate=(\\d+)");

    private record Run(long millis, String output) {
    }

    private static Run time(String java, String classpath, List<String> flags, Class<?> main)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.add("-cp");
        command.add(classpath);
        command.add(main.getName());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + exit + ": "
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new Run(millis, new String(output, StandardCharsets.UTF_8));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
