package app.dossier.cli;

import app.dossier.store.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The window's part of `bench`: the headless window probe (Monocle) runs in a process of its own, once on
 * the library the bench imported (launch until the table shows rows, heap after opening) and once
 * importing the same files into a new library through the window (the longest gap between frames).
 * The probe lives with the window; the command line only starts it by name, so it stays free of JavaFX.
 */
final class WindowBench {
    private static final String PROBE = "app.dossier.ui.WindowProbe";

    private WindowBench() {
    }

    static Map<String, Object> measure(Path library, Path work, List<Path> files, PrintStream err) throws IOException {
        Path input = files.isEmpty() ? work : files.get(0).getParent();
        return measure(library, work, input, err);
    }

    /**
     * The probe on {@code library}, then (when {@code importFolder} is given) importing that folder through the
     * window into a new library in {@code work}, where a library of that name is replaced.
     */
    static Map<String, Object> measure(Path library, Path work, Path importFolder, PrintStream err) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> open = probe(err, library.toString());
        for (String key : List.of("reportsShown", "probeMainMs", "fxStartedMs", "windowBuiltMs")) {
            if (open.containsKey(key)) {
                result.put(key, open.get(key));
            }
        }
        result.put("windowOpenMs", open.get("windowOpenMs"));
        result.put("windowFirstFrameMs", open.get("windowFirstFrameMs"));
        result.put("firstReportMs", open.get("firstReportMs"));
        result.put("heapAfterWindowOpenMB", open.get("heapAfterWindowOpenMB"));
        for (String key : List.of("windowOpenCpuMs", "firstReportCpuMs", "openReportMs", "openReportCpuMs", "scrollPageMs",
                "scrollPageCpuMs", "filterByCompanyMs", "filterByCompanyCpuMs")) {
            if (open.containsKey(key)) {
                result.put(key, open.get(key));
            }
        }
        if (importFolder == null) {
            return result;
        }
        Map<String, Object> load = probe(err, work.resolve("window-library").toString(), importFolder.toString());
        result.put("fxMaxStallMs", load.get("fxMaxStallMs"));
        result.put("windowImportSeconds", load.get("windowImportSeconds"));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> probe(PrintStream err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Dheadless.geometry=1360x860-32", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), PROBE));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("dossier-window-probe", ".json");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                err.println("bench: the window probe did not finish");
                return Map.of();
            }
            String json = Files.readString(output, StandardCharsets.UTF_8).strip();
            String last = json.isEmpty() ? "{}" : json.lines().reduce((a, b) -> b).orElse("{}");
            return Json.MAPPER.readValue(last, Map.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
