package app.dossier.search;

import app.dossier.cli.LuceneBaseline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Micro benchmark, not part of the normal run: {@code mvn -o test -Dtest=SearchBenchmark -Ddossier.bench=true}
 * (or run main). Indexes 10,000 synthetic reports with SearchIndex and with {@link LuceneBaseline} and
 * prints index throughput and query latency percentiles. Asserts nothing about time.
 */
class SearchBenchmark {
    private static final int REPORTS = Integer.getInteger("dossier.bench.reports", 10_000);
    private static final int QUERIES = 400;
    /** CPU time of the querying thread: less distorted than wall time on a busy shared machine. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    @EnabledIfSystemProperty(named = "dossier.bench", matches = "true")
    void printLatencies() throws IOException {
        run(dir);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("search-bench");
        run(dir);
    }

    static void run(Path dir) throws IOException {
        SyntheticReports generator = new SyntheticReports(42);
        List<String> texts = new ArrayList<>(REPORTS);
        long chars = 0;
        for (int i = 0; i < REPORTS; i++) {
            String text = generator.text(2_000 + generator.nextInt(4_000));
            texts.add(text);
            chars += text.length();
        }
        List<String> queries = queries(generator);

        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(dir.resolve("dossier"))) {
            for (int i = 0; i < texts.size(); i++) {
                index.put(new IndexedReport("r" + i, "Report " + i, i % 4 == 0 ? "zh-Hans" : "de",
                        texts.get(i), List.of(i % 10 == 0 ? "Zhipu AI" : "OpenAI"), List.of("funding"), List.of()));
            }
            index.commit();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            for (String q : queries.subList(0, 50)) {
                index.search(q, 20); // warm-up
            }
            double[] ours = new double[queries.size()];
            double[] oursCpu = new double[queries.size()];
            double[] typing = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                index.search(queries.get(i), 20);
                ours[i] = (System.nanoTime() - s) / 1e6;
                oursCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                String partial = queries.get(i).substring(0, Math.max(1, queries.get(i).length() - 2));
                s = System.nanoTime();
                index.searchAsYouType(partial, 20);
                typing[i] = (System.nanoTime() - s) / 1e6;
            }
            print("dossier", indexSeconds, chars, ours);
            for (int kind = 0; kind < 5; kind++) {
                double[] ofKind = new double[queries.size() / 5];
                for (int i = 0; i < ofKind.length; i++) {
                    ofKind[i] = ours[i * 5 + kind];
                }
                print("  dossier query kind " + kind + " (word, two words, han, phrase, word OR han)", indexSeconds, chars, ofKind);
            }
            print("dossier-typing", indexSeconds, chars, typing);
            print("dossier-cpu-time", indexSeconds, chars, oursCpu);
        }

        t0 = System.nanoTime();
        try (LuceneBaseline baseline = LuceneBaseline.create(dir.resolve("baseline"))) {
            for (int i = 0; i < texts.size(); i++) {
                baseline.add("r" + i, texts.get(i));
            }
            baseline.commit();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            for (String q : queries.subList(0, 50)) {
                baseline.search(q, 20);
            }
            double[] bare = new double[queries.size()];
            double[] bareCpu = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                baseline.search(queries.get(i), 20);
                bare[i] = (System.nanoTime() - s) / 1e6;
                bareCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
            print("bareLucene", indexSeconds, chars, bare);
            print("bareLucene-cpu-time", indexSeconds, chars, bareCpu);
        }
    }

    private static List<String> queries(SyntheticReports generator) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            switch (i % 5) {
                case 0 -> queries.add(generator.word());
                case 1 -> queries.add(generator.word() + " " + generator.word());
                case 2 -> queries.add(generator.hanWord());
                case 3 -> queries.add("\"" + generator.word() + " " + generator.word() + "\"");
                default -> queries.add(generator.word() + " OR " + generator.hanWord());
            }
        }
        return queries;
    }

    private static void print(String name, double indexSeconds, long chars, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: index %.1f s (%.2f M chars/s), query p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                name, indexSeconds, chars / indexSeconds / 1e6, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
