package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.model.Company;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line while a Dossier window holds the library: reading commands answer as they would
 * without the window, writing ones go through the window's journal, and the library stays sound.
 */
class WindowHoldsLibraryTest {
    private static final String FUNDING = """
            Robotik in Bayern

            Die Sturmvogel Robotics GmbH aus Augsburg baut Greifarme für Lagerhäuser. Sturmvogel hat in einer \
            Serie-A-Runde 40 Mio. Euro eingesammelt. OpenAI verbrennt laut Bericht 500 Mio. Dollar im Monat \
            und hat 10 Mrd. Dollar in der Kasse.
            """;
    private static final String SHARES = """
            Who wins enterprise AI

            Anthropic holds 32% of enterprise LLM API usage, OpenAI 25% and Google 20%, according to a survey
            of 150 technical leaders. Mistral AI raised 600 million euros at a 6 billion euro valuation.
            """;

    @TempDir
    Path dir;
    private final ExecutorService windowWorker = Executors.newSingleThreadExecutor();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeTheWindow() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        windowWorker.shutdownNow();
    }

    private Path library() throws Exception {
        Path lib = dir.resolve("lib");
        Path a = Files.writeString(dir.resolve("robotik.txt"), FUNDING);
        Path b = Files.writeString(dir.resolve("shares.txt"), SHARES);
        Run imported = Run.of("import", "--library", lib.toString(), a.toString(), b.toString());
        assertEquals(0, imported.code(), imported.err());
        return lib;
    }

    /** Holds the library as the window does: its Library open, commands served on its one worker. */
    private Library holdAsTheWindow(Path lib, AtomicInteger refreshes) throws Exception {
        Library library = Library.open(lib);
        open.add(library);
        open.add(WindowRequests.serve(library, windowWorker, refreshes::incrementAndGet));
        return library;
    }

    private List<List<String>> readingCommands(Path lib) {
        String l = lib.toString();
        String chart = dir.resolve("burn.csv").toString();
        return List.of(List.of("search", "--library", l, "Sturmvogel"),
                List.of("search", "--library", l, "enterprise", "--limit", "5"),
                List.of("export", "--library", l, "--with-text"),
                List.of("ledger", "--library", l),
                List.of("chart", "--library", l, "--type", "burn-rate", "--out", chart, "--force"),
                List.of("companies", "--library", l));
    }

    @Test
    void readingCommandsAnswerWhileTheWindowHoldsTheLibraryWithTheSameOutput() throws Exception {
        Path lib = library();
        List<Run> alone = new ArrayList<>();
        for (List<String> words : readingCommands(lib)) {
            alone.add(Run.of(words));
        }
        String chartAlone = Files.readString(dir.resolve("burn.csv"));
        assertTrue(alone.get(0).out().contains("\"report\""), "the search finds the report: " + alone.get(0));

        holdAsTheWindow(lib, new AtomicInteger());
        List<List<String>> commands = readingCommands(lib);
        for (int i = 0; i < commands.size(); i++) {
            Run served = Run.of(commands.get(i));
            assertEquals(alone.get(i).code(), served.code(), commands.get(i) + ": " + served.err());
            assertEquals(alone.get(i).out(), served.out(), "same output for " + commands.get(i));
            assertTrue(served.err().contains("answered by the open Dossier window"), served.err());
            assertFalse(served.err().contains("open in another"), served.err());
        }
        assertEquals(chartAlone, Files.readString(dir.resolve("burn.csv")), "the window wrote the same chart file");
        assertEquals(List.of(), leftovers(lib), "every request and answer is cleaned up");
    }

    @Test
    void writingCommandsGoThroughTheWindowsJournalAndCanBeUndoneThere() throws Exception {
        Path lib = library();
        AtomicInteger refreshes = new AtomicInteger();
        Library window = holdAsTheWindow(lib, refreshes);
        int before = window.reports().size();

        Path third = Files.writeString(dir.resolve("third.txt"), "Zhipu AI raised 1 billion yuan in a new round.\n\n"
                + "Zhipu AI, the Beijing model maker, raised 1 billion yuan from state funds in March.");
        Path relative = Path.of("").toAbsolutePath().relativize(third);
        Run imported = Run.of("import", "--library", lib.toString(), relative.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("\"status\":\"imported\""), imported.out());
        assertEquals(before + 1, window.reports().size(), "the window's library holds the new report");
        assertTrue(refreshes.get() > 0, "the window is told to show the change");

        Company sturmvogel = window.discoveredCompanies().stream().filter(c -> c.name().startsWith("Sturmvogel"))
                .findFirst().orElseThrow();
        Run accepted = Run.of("companies", "--library", lib.toString(), "--accept", sturmvogel.id());
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(window.discoveredCompanies().stream().noneMatch(c -> c.id().equals(sturmvogel.id())));
        assertTrue(window.decisions().nextUndo().isPresent(), "the command's decision is on the window's undo stack");
        window.decisions().undo();
        assertTrue(window.discoveredCompanies().stream().anyMatch(c -> c.id().equals(sturmvogel.id())),
                "Undo in the window takes the command's decision back");

        closeTheWindow();
        open.clear();
        Run check = Run.of("check", "--library", lib.toString());
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @Test
    void withoutAWindowToAnswerACommandWaitsForTheLibraryAndSaysSo() throws Exception {
        Path lib = library();
        Library other = Library.open(lib); // another command holds the library and answers nothing
        CompletableFuture<Run> search = CompletableFuture.supplyAsync(() -> Run.of("search", "--library", lib.toString(), "Anthropic"));
        Thread.sleep(1500);
        assertFalse(search.isDone(), "the command waits rather than failing or running beside the other");
        other.close();
        Run run = search.get(30, TimeUnit.SECONDS);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("waiting for it"), run.err());
        assertTrue(run.out().contains("\"report\""), run.out());
    }

    @Test
    void aWindowThatStopsAnsweringLeavesNoRequestBehindAndTheCommandRunsOnceTheLibraryIsFree() throws Exception {
        Path lib = library();
        Library window = Library.open(lib);
        WindowRequests served = WindowRequests.serve(window, windowWorker, () -> { });
        served.close();
        window.close();
        Run run = Run.of("ledger", "--library", lib.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("answered by"), "no window answered: " + run.err());
    }

    @Test
    void aCommandInAnotherProcessIsAnsweredByTheWindow() throws Exception {
        Path lib = library();
        Run alone = Run.of("search", "--library", lib.toString(), "Mistral");
        holdAsTheWindow(lib, new AtomicInteger());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Cli.class.getName(),
                "search", "--library", lib.toString(), "Mistral").start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals(alone.out(), out);
        assertTrue(err.contains("answered by the open Dossier window"), err);
    }

    private static List<String> leftovers(Path lib) throws Exception {
        List<String> names = new ArrayList<>();
        for (String sub : List.of(RequestFolder.REQUESTS, RequestFolder.RESPONSES)) {
            try (var files = Files.list(lib.resolve(sub))) {
                files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(RequestFolder.SERVING_MARK))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
