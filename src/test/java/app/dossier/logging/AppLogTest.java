package app.dossier.logging;

import app.dossier.cli.Cli;
import app.dossier.money.RatesFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppLogTest {
    @AfterEach
    void stopLogging() {
        AppLog.uninstall();
    }

    private static String log() throws Exception {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        return Files.readString(AppLog.file());
    }

    @Test
    void aCorruptRatesFileIsLoggedWithItsPathAndReasonInsteadOfBeingSwallowed(@TempDir Path dir) throws Exception {
        Path logs = dir.resolve("logs");
        Path library = Files.createDirectories(dir.resolve("library"));
        assertEquals(logs.resolve("dossier.0.log"), AppLog.install(logs));
        Files.writeString(library.resolve(RatesFile.NAME), "{\"toUsd\": {\"USD\": ");

        RatesFile.ofLibrary(library);

        String log = log();
        assertTrue(log.contains("WARNING app.dossier.money.RatesFile: Exchange rates " + library.resolve(RatesFile.NAME)
                + " unreadable"), log);
        assertTrue(log.contains("JsonEOFException"), "the stack trace is kept: " + log);
        assertTrue(AppLog.seeTheLog().contains(logs.resolve("dossier.0.log").toString()));
    }

    @Test
    void aFailedCommandStillSaysWhyOnStderrAndTheLogKeepsIt(@TempDir Path dir) throws Exception {
        AppLog.install(dir.resolve("logs"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Path notAFolder = Files.writeString(dir.resolve("file-not-folder"), "x");

        int code = new Cli(new PrintStream(new ByteArrayOutputStream()), errStream)
                .run(List.of("export", "--library", notAFolder.toString()));

        assertEquals(1, code);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.startsWith("dossier export: "), stderr);
        assertFalse(stderr.contains("see the log"), "the command line keeps its messages as they were");
        String firstLine = stderr.lines().findFirst().orElseThrow();
        assertTrue(log().contains("SEVERE app.dossier.cli.Cli: " + firstLine.strip()), log());
    }

    @Test
    void withoutInstallThereIsNoLogAndMessagesDoNotPointToOne() {
        assertEquals(null, AppLog.file());
        assertEquals("", AppLog.seeTheLog());
    }
}
