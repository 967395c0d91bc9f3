package app.dossier.analysis;

import app.dossier.figures.FigureExtractor;
import app.dossier.model.Mention;
import app.dossier.tagging.CompanyDiscovery;
import app.dossier.testsupport.CorpusTexts;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Analysis time and allocated bytes per MB of report text, per stage, on the corpus of {@link CorpusTexts}
 * (run from the project root). Not a test: a small measurement without JMH, meant to be run back to back
 * against two builds, e.g. {@code java -cp <test-classes>:<jar>:<lib>/* app.dossier.analysis.AnalysisCostMain 5}.
 */
public final class AnalysisCostMain {
    private AnalysisCostMain() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<CorpusTexts.Text> corpus = CorpusTexts.all();
        double mb = corpus.stream().mapToLong(t -> t.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        Vocabulary vocabulary = new Vocabulary(List.of(), List.of());
        CompanyDiscovery discovery = new CompanyDiscovery();
        FigureExtractor figures = new FigureExtractor();
        ReportAnalysis analysis = new ReportAnalysis();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        corpus.forEach(t -> mentions.put(t.name(), vocabulary.matcher().find(t.text())));
        Map<String, Consumer<CorpusTexts.Text>> stages = new LinkedHashMap<>();
        stages.put("companies", t -> vocabulary.matcher().find(t.text()));
        stages.put("discovery", t -> discovery.discover(t.text(), mentions.get(t.name()), Set.of()));
        stages.put("themes", t -> vocabulary.tagger().tag(t.text(), "und"));
        stages.put("figures", t -> figures.extract(t.text(), "und", mentions.get(t.name()), vocabulary.notSubjects()));
        stages.put("analysis", t -> analysis.analyse(vocabulary, t.text(), "und"));
        System.out.printf("corpus: %d texts, %.2f MB of text (UTF-8), %d rounds after one warm-up%n", corpus.size(), mb, rounds);
        for (Map.Entry<String, Consumer<CorpusTexts.Text>> stage : stages.entrySet()) {
            corpus.forEach(stage.getValue());
            List<Double> ms = new ArrayList<>();
            long allocated = 0;
            for (int r = 0; r < rounds; r++) {
                long bytes0 = allocatedBytes();
                long t0 = System.nanoTime();
                corpus.forEach(stage.getValue());
                ms.add((System.nanoTime() - t0) / 1e6);
                allocated += allocatedBytes() - bytes0;
            }
            double best = ms.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            System.out.printf("%-10s best %8.1f ms/MB   allocated %8.1f MB/MB%n", stage.getKey(), best / mb, allocated / 1e6 / rounds / mb);
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
