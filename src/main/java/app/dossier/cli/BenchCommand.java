package app.dossier.cli;

import app.dossier.importing.ImportProgress;
import app.dossier.library.Library;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The benchmark harness: imports N generated reports and measures import throughput, search latency,
 * opening time, heap and disk use, each set against a baseline measured in the same run on the same
 * input (bare read-and-decode, and a bare Lucene index with StandardAnalyzer), so the figures mean
 * something whatever machine runs them.
 */
final class BenchCommand {
    private static final int SEARCH_ROUNDS = 20;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException, IOException {
        int count = args.intOption("reports", 300);
        long seed = args.intOption("seed", 42);
        if (count < 1) {
            throw new UsageException("--reports must be at least 1");
        }
        Path work = args.option("work") != null ? Path.of(args.option("work"))
                : Files.createTempDirectory("dossier-bench");
        boolean window = !args.flag("no-window");
        if (args.flag("window-only")) {
            return windowOnly(args, work);
        }
        if (args.flag("curve")) {
            out.println(Json.write(BenchCurve.run(curveSizes(args.option("sizes")), size -> measure(size, seed,
                    work.resolve("n" + size), window), err)));
            return Cli.OK;
        }
        out.println(Json.write(measure(count, seed, work, window)));
        return Cli.OK;
    }

    /**
     * The window's part alone on a library imported before (by an earlier bench, say): a minute, where the whole
     * bench at 10,000 reports takes ten. The probe runs on a fresh copy, so every run sees the library as its
     * import left it (never visited: the overview counts everything new) and the library given is left untouched.
     */
    private int windowOnly(Arguments args, Path work) throws UsageException, IOException {
        if (args.option("library") == null) {
            throw new UsageException("--window-only needs --library DIR (a library made by an earlier import or bench)");
        }
        Path library = Path.of(args.option("library"));
        if (!Files.isRegularFile(library.resolve(app.dossier.store.Database.FILE_NAME))) {
            throw new UsageException("no library in " + library);
        }
        Path importFolder = args.option("import") == null ? null : Path.of(args.option("import"));
        if (importFolder != null && !Files.isDirectory(importFolder)) {
            throw new UsageException("--import takes a folder of reports: " + importFolder);
        }
        // everything this run writes is under work/window-only, replaced at each run (never a library of the full bench)
        Path own = work.resolve("window-only");
        deleteTree(own);
        Path copy = own.resolve("library");
        copyTree(library, copy);
        err.printf("bench: the window alone on a copy of %s in %s%n", library, copy);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("loadAverageBefore", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        result.putAll(WindowBench.measure(copy, own, importFolder, err));
        result.put("loadAverageAfter", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        deleteTree(own);
        out.println(Json.write(result));
        return Cli.OK;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                // a lock or a command-line request left behind by the process that made the library is not copied
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".lock") && !from.relativize(p).startsWith(".requests")
                        && !from.relativize(p).startsWith(".responses")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<Integer> curveSizes(String sizes) throws UsageException {
        if (sizes == null) {
            return List.of(1_000, 10_000);
        }
        try {
            return Arrays.stream(sizes.split(",")).map(String::strip).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new UsageException("--sizes takes report counts separated by commas, e.g. 1000,10000,100000");
        }
    }

    /** One run at one size: every key of the contract's `bench` object, plus the window's. */
    private Map<String, Object> measure(int count, long seed, Path work, boolean window) throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        List<Path> files = generate(input, count, new Random(seed));
        long inputBytes = 0;
        for (Path f : files) {
            inputBytes += Files.size(f);
        }
        double inputMB = inputBytes / 1e6;
        err.printf("bench: %d reports, %.2f MB in %s%n", count, inputMB, work);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("reports", count);
        result.put("inputMB", round(inputMB));

        double readDecodeSeconds = readDecode(files);
        double bareLuceneSeconds;
        double[] luceneLatencies;
        try (LuceneBaseline bare = LuceneBaseline.create(work.resolve("bare-lucene"))) {
            long t0 = System.nanoTime();
            for (Path f : files) {
                bare.add(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
            bare.commit();
            bareLuceneSeconds = (System.nanoTime() - t0) / 1e9;
            luceneLatencies = latencies(q -> bare.search(q, 20));
        }

        Path libraryDir = work.resolve("library");
        System.gc();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Map<String, Object> importCost = new LinkedHashMap<>();
        try (ImportMeter meter = new ImportMeter()) {
            try (Library library = Library.open(libraryDir)) {
                library.importer().importPaths(List.of(input), ImportProgress.NONE, () -> false);
            }
            importCost.put("maxRssMB", round(meter.maxRssMB()));
            importCost.put("allocatedMBPerInputMB", round(meter.allocatedMB() / inputMB));
        }
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        double cpuUtilisation = (processCpuNanos() - cpu0) / 1e9 / importSeconds
                / Runtime.getRuntime().availableProcessors();
        importCost.put("diskMBPerInputMB", round(folderBytes(libraryDir) / 1e6 / inputMB));

        System.gc();
        long openStart = System.nanoTime();
        double[] searchLatencies;
        double openMs;
        double heapMB;
        try (Library library = Library.open(libraryDir)) {
            library.search().rebuildIfStale();
            openMs = (System.nanoTime() - openStart) / 1e6;
            System.gc();
            heapMB = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
            searchLatencies = latencies(q -> library.search().search(q, 20).size());
        }
        double diskMB = folderBytes(libraryDir) / 1e6;

        Map<String, Object> importResult = new LinkedHashMap<>(Map.of("seconds", round(importSeconds),
                "mbPerSec", round(inputMB / importSeconds), "reportsPerSec", round(count / importSeconds),
                "cpuUtilisation", round(cpuUtilisation)));
        importResult.putAll(importCost);
        result.put("import", importResult);
        result.put("baselines", Map.of(
                "readDecode", Map.of("mbPerSec", round(inputMB / readDecodeSeconds)),
                "bareLucene", Map.of("mbPerSec", round(inputMB / bareLuceneSeconds))));
        result.put("search", percentiles(searchLatencies));
        result.put("luceneSearch", percentiles(luceneLatencies));
        result.put("openMs", round(openMs));
        result.put("heapAfterOpenMB", round(heapMB));
        result.put("diskMBPerInputMB", round(diskMB / inputMB));
        result.put("ratios", Map.of(
                "importVsLucene", round(bareLuceneSeconds / importSeconds),
                "importVsReadDecode", round(readDecodeSeconds / importSeconds),
                "searchP95VsLucene", round(percentile(searchLatencies, 95) / Math.max(1e-3, percentile(luceneLatencies, 95)))));
        if (window) {
            result.putAll(WindowBench.measure(libraryDir, work, files, err));
        }
        return result;
    }

    private static List<Path> generate(Path dir, int count, Random random) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve(String.format("report-%05d.txt", i));
            Files.writeString(f, SyntheticReports.report(random, i), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    private static double readDecode(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        long chars = 0;
        for (Path f : files) {
            chars += new String(Files.readAllBytes(f), StandardCharsets.UTF_8).length();
        }
        if (chars < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    @FunctionalInterface
    private interface Query {
        int run(String q) throws IOException;
    }

    /** Milliseconds per query over every benchmark query, several rounds, the first round as warm-up. */
    private static double[] latencies(Query query) throws IOException {
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < SEARCH_ROUNDS + 1; round++) {
            for (String q : SyntheticReports.QUERIES) {
                long t = System.nanoTime();
                query.run(q);
                if (round > 0) {
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
        }
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static Map<String, Object> percentiles(double[] sorted) {
        return Map.of("p50Ms", round(percentile(sorted, 50)), "p95Ms", round(percentile(sorted, 95)),
                "p99Ms", round(percentile(sorted, 99)));
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds())
                .map(id -> Math.max(0, ManagementFactory.getThreadMXBean().getThreadCpuTime(id))).sum();
    }

    private static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
