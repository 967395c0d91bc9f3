package app.dossier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `bench --curve`: the bench at several sizes (1,000 and 10,000 reports unless told), then how each cost
 * grows from one size to the next, as the factor it grew by over the factor the library grew by:
 * 1.0 is linear (import time should be), 0 is flat (open time and heap should be), and search p95 should
 * grow no faster than the logarithm of the size.
 */
final class BenchCurve {
    /** The measures whose growth is printed, as paths into one run's object. */
    private static final List<String> MEASURES = List.of("import.seconds", "search.p95Ms", "openMs",
            "heapAfterOpenMB", "windowOpenMs", "heapAfterWindowOpenMB", "fxMaxStallMs", "diskMBPerInputMB");

    @FunctionalInterface
    interface Run {
        Map<String, Object> at(int reports) throws IOException;
    }

    private BenchCurve() {
    }

    static Map<String, Object> run(List<Integer> sizes, Run bench, PrintStream err) throws IOException {
        Map<Integer, Map<String, Object>> runs = new LinkedHashMap<>();
        for (int size : sizes) {
            err.println("bench --curve: " + size + " reports");
            runs.put(size, bench.at(size));
        }
        Map<String, Object> growth = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            Map<String, Object> steps = new LinkedHashMap<>();
            for (int i = 1; i < sizes.size(); i++) {
                Double before = value(runs.get(sizes.get(i - 1)), measure);
                Double after = value(runs.get(sizes.get(i)), measure);
                if (before != null && after != null && before > 0) {
                    double sizeFactor = (double) sizes.get(i) / sizes.get(i - 1);
                    steps.put(sizes.get(i - 1) + "->" + sizes.get(i), Map.of(
                            "factor", round(after / before), "perSizeFactor", round(after / before / sizeFactor)));
                }
            }
            growth.put(measure, steps);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("curve", List.copyOf(runs.values()));
        result.put("growth", growth);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Double value(Map<String, Object> run, String path) {
        Object v = run;
        for (String key : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = ((Map<String, Object>) m).get(key);
        }
        return v instanceof Number n ? n.doubleValue() : null;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
