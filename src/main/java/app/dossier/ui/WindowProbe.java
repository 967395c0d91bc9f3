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
 * counts: the real start-up path on a library, the time until the library table shows its first rows,
 * heap once open, and, when asked to import a folder through the window, the longest the FX thread
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
        Platform.startup(() -> {
            DossierApp app = DossierApp.forProbe();
            app.show(new Stage(), List.of("--library", library.toString()));
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
                    if (w.loadedProperty().get() && (w.totalProperty().get() == 0
                            || !app.window().libraryPane().table().getItems().isEmpty())) {
                        result.put("windowOpenMs", System.currentTimeMillis() - launched);
                        result.put("openMaxStallMs", round(pulses.maxGapMs()));
                        result.put("reportsShown", w.totalProperty().get());
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

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
