package app.dossier.ui.common;

import app.dossier.importing.ImportProgress;
import app.dossier.library.Library;
import app.dossier.model.Report;
import app.dossier.ui.Workbench;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskRunnerTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aReadIsAnsweredWhileALongJobIsStillRunning() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> jobDone = new CompletableFuture<>();
        runner.start(LongJob.of(progress -> {
            progress.update(1, 10, "Imported 1 of 10");
            release.await(30, TimeUnit.SECONDS);
            return "imported";
        }).onSuccess(jobDone::complete));

        CompletableFuture<String> read = new CompletableFuture<>();
        runner.read(() -> "the report", read::complete, read::completeExceptionally);
        assertEquals("the report", read.get(10, TimeUnit.SECONDS), "opening a report does not wait for the import");
        assertFalse(jobDone.isDone());

        release.countDown();
        assertEquals("imported", jobDone.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aCancelledJobStopsAndSaysSoOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> cancelledOnFx = new CompletableFuture<>();
        RunningJob job = runner.start(LongJob.<Integer>of(progress -> {
            started.countDown();
            int rounds = 0;
            while (!progress.cancelled() && rounds < 3000) {
                Thread.sleep(10);
                rounds++;
            }
            return rounds;
        }).onCancelled(() -> cancelledOnFx.complete(Platform.isFxApplicationThread())));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Platform.runLater(job::cancel);
        assertTrue(cancelledOnFx.get(10, TimeUnit.SECONDS));
        assertFalse(job.runningProperty().get());
    }

    @Test
    void aLongJobOnTheCallingThreadHasEndedWhenStartReturns() {
        List<String> lines = new ArrayList<>();
        AtomicReference<Integer> result = new AtomicReference<>();
        RunningJob job = new CurrentThreadRunner().start(LongJob.of(progress -> {
            progress.update(1, 2, "half");
            lines.add("worked");
            return 2;
        }).onSuccess(result::set));
        assertEquals(2, result.get());
        assertEquals(List.of("worked"), lines);
        assertFalse(job.runningProperty().get());
        assertEquals("half", job.messageProperty().get());
    }

    @Test
    void reprocessingInTheWindowNamesEachReportWhoseFileCannotBeRead(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("kept.txt"), "Kept report\n\nZhipu AI raised 1 billion yuan in 2025.\n");
        Path b = Files.writeString(dir.resolve("lost.txt"), "Lost report\n\nMoonshot AI burns 30 million dollars a month.\n");
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importPaths(List.of(a, b), ImportProgress.NONE, () -> false);
            Report lost = library.reports().stream().filter(r -> r.file().equals("lost.txt")).findFirst().orElseThrow();
            Path originals = dir.resolve("lib").resolve("originals").resolve(lost.sha256().substring(0, 2))
                    .resolve(lost.sha256());
            try (Stream<Path> files = Files.list(originals)) {
                for (Path original : files.filter(Files::isRegularFile).toList()) {
                    Files.write(original, new byte[4096]); // damaged on disk: nothing but zero bytes
                }
            }
            CurrentThreadRunner runner = new CurrentThreadRunner();
            Workbench workbench = new Workbench(runner);
            AtomicReference<Workbench.Reprocessed> done = new AtomicReference<>();
            workbench.open(library);
            runner.start(workbench.reprocessJob().onSuccess(done::set));

            assertEquals(2, done.get().reports(), "the other report is re-processed all the same");
            assertEquals(1, done.get().problems().size());
            assertTrue(done.get().problems().get(0).startsWith("lost.txt: "), done.get().problems().toString());
        }
    }
}
