package app.dossier.ui;

import app.dossier.store.Json;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What `bench` measures of the window, run headless (Monocle) in a process of its own so that launch
 * counts: the real start-up path on a library, the time until the library table shows its first rows and
 * until the first report is open in the reader (each with the CPU time used by then), heap once open, and, when asked to import a folder through the window, the longest the FX thread
 * went without a frame meanwhile. Prints one JSON object.
 *
 * <p>Usage: {@code WindowProbe LIBRARY [IMPORT_FOLDER]}.
 */
public final class WindowProbe {
    private static final long TIMEOUT_MINUTES = 30;

    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path library = Path.of(args[0]);
        Path importFolder = args.length > 1 ? Path.of(args[1]) : null;
        Map<String, Object> result = new LinkedHashMap<>();
        CompletableFuture<DossierApp> opened = new CompletableFuture<>();
        PulseWatch pulses = new PulseWatch();
        result.put("probeMainMs", System.currentTimeMillis() - launched);
        Platform.startup(() -> {
            // the marks before the first frame tell the JVM's and JavaFX's start from the window's own building
            result.put("fxStartedMs", System.currentTimeMillis() - launched);
            DossierApp app = DossierApp.forProbe();
            app.show(new Stage(), List.of("--library", library.toString()));
            result.put("windowBuiltMs", System.currentTimeMillis() - launched);
            pulses.start();
            new AnimationTimer() {
                private boolean framed;

                @Override
                public void handle(long now) {
                    if (!framed) {
                        framed = true;
                        result.put("windowFirstFrameMs", System.currentTimeMillis() - launched);
                    }
                    Workbench w = app.workbench();
                    if (!result.containsKey("windowOpenMs") && w.loadedProperty().get() && (w.totalProperty().get() == 0
                            || !app.window().libraryPane().table().getItems().isEmpty())) {
                        result.put("windowOpenMs", System.currentTimeMillis() - launched);
                        result.put("windowOpenCpuMs", cpuMs());
                        result.put("openMaxStallMs", round(pulses.maxGapMs()));
                        result.put("reportsShown", w.totalProperty().get());
                    }
                    // the window opens the first report by itself once the table has rows
                    if (!result.containsKey("firstReportMs") && w.currentProperty().get() != null) {
                        result.put("firstReportMs", System.currentTimeMillis() - launched);
                        result.put("firstReportCpuMs", cpuMs());
                    }
                    if (result.containsKey("windowOpenMs") && (w.totalProperty().get() == 0 || result.containsKey("firstReportMs"))) {
                        stop();
                        opened.complete(app);
                    }
                }
            }.start();
        });
        DossierApp app = opened.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        System.gc();
        result.put("heapAfterWindowOpenMB", round((Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory()) / 1e6));
        if (importFolder == null && app.workbench().totalProperty().get() > 0) {
            answers(app, result);
        }
        if (importFolder != null) {
            CompletableFuture<Double> imported = new CompletableFuture<>();
            long[] started = new long[1];
            Platform.runLater(() -> {
                pulses.reset();
                started[0] = System.nanoTime();
                var task = app.window().importPaths(List.of(importFolder));
                task.runningProperty().addListener((o, was, running) -> {
                    if (!running) {
                        result.put("windowImportSeconds", round((System.nanoTime() - started[0]) / 1e9));
                        imported.complete(pulses.maxGapMs());
                    }
                });
            });
            result.put("fxMaxStallMs", round(imported.get(TIMEOUT_MINUTES, TimeUnit.MINUTES)));
        }
        app.stop();
        System.out.println(Json.write(result));
        System.out.flush();
        System.exit(0);
    }

    /**
     * How long the window takes to answer: a report opened from the table (its mentions, tags and figures
     * read), the next page read on scrolling to the end, the table filtered by a company.
     */
    private static void answers(DossierApp app, Map<String, Object> result) throws Exception {
        Workbench w = app.workbench();
        var table = app.window().libraryPane().table();
        long t = System.nanoTime();
        long cpu = cpuMs();
        String second = onFx(() -> table.getItems().get(1).id());
        onFx(() -> table.getSelectionModel().select(1));
        // the first report is open already: wait for the one asked for
        awaitFx(() -> w.currentProperty().get() != null && w.currentProperty().get().report().id().equals(second));
        result.put("openReportMs", round((System.nanoTime() - t) / 1e6));
        // the CPU the process used meanwhile: on a shared machine it tells the window's work from waiting for a core
        result.put("openReportCpuMs", cpuMs() - cpu);
        if (w.matchingProperty().get() > w.reports().size()) {
            int before = onFx(() -> table.getItems().size());
            t = System.nanoTime();
            cpu = cpuMs();
            onFx(() -> table.scrollTo(before - 1));
            awaitFx(() -> table.getItems().size() > before);
            result.put("scrollPageMs", round((System.nanoTime() - t) / 1e6));
            result.put("scrollPageCpuMs", cpuMs() - cpu);
        }
        awaitFx(() -> !w.mentionedCompanies().isEmpty());
        String company = onFx(() -> w.mentionedCompanies().get(0));
        int listings = onFx(() -> w.listingsShownProperty().get());
        t = System.nanoTime();
        cpu = cpuMs();
        onFx(() -> app.window().libraryPane().filterByCompany(company));
        awaitFx(() -> w.listingsShownProperty().get() > listings);
        result.put("filterByCompanyMs", round((System.nanoTime() - t) / 1e6));
        result.put("filterByCompanyCpuMs", cpuMs() - cpu);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private static void awaitFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not answer");
            }
            Thread.sleep(2);
        }
    }

    /** CPU time the process has used since launch: on a busy machine it tells work from waiting. */
    private static long cpuMs() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
