package app.dossier.ui.library;

import app.dossier.library.GeneratedLibrary;
import app.dossier.library.Library;
import app.dossier.model.Report;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import app.dossier.ui.Workbench;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library table of a large library: a page at a time, filtered and sorted by the database. */
class LazyLibraryTableTest extends WindowTest {
    private static final int REPORTS = 450;

    private TableView<Report> table() {
        return fx.window.libraryPane().table();
    }

    private String countLine(FxRobot robot) {
        return robot.lookup("#library-count").queryAs(Label.class).getText();
    }

    private void fill(FxRobot robot) throws Exception {
        GeneratedLibrary.fill(fx.library, REPORTS);
        robot.interact(() -> fx.workbench.refresh());
        waitUntil(() -> !table().getItems().isEmpty());
    }

    @Test
    void aLargeLibraryShowsItsFirstPageAndCountsEveryReport(FxRobot robot) throws Exception {
        fill(robot);
        assertEquals(Workbench.PAGE, table().getItems().size(), "one page is read, not the whole library");
        assertEquals(REPORTS + " reports", countLine(robot));
        assertEquals("Quarterly note 0000 on Anthropic", table().getItems().get(0).title());
    }

    @Test
    void aThousandReportsShowTheirFirstPageAndOpenAReportOnClick(FxRobot robot) throws Exception {
        GeneratedLibrary.fill(fx.library, 1_000);
        long asked = System.nanoTime();
        robot.interact(() -> fx.workbench.refresh());
        waitUntil(() -> !table().getItems().isEmpty());
        long shownMs = (System.nanoTime() - asked) / 1_000_000;
        assertEquals("1000 reports", countLine(robot));
        robot.clickOn(robot.lookup("#library-table .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        waitUntil(() -> fx.workbench.currentProperty().get() != null);
        assertEquals("Quarterly note 0002 on OpenAI", fx.workbench.currentProperty().get().report().title());
        assertTrue(fx.workbench.currentProperty().get().mentions().size() == 1, "its mentions come with it");
        assertTrue(shownMs < 20_000, "the first page of 1,000 reports took " + shownMs + " ms");
        FxTestSupport.snapshot(fx.window, "library-1000-reports");
    }

    @Test
    void scrollingTowardsTheEndLoadsTheNextPages(FxRobot robot) throws Exception {
        fill(robot);
        for (int shown = Workbench.PAGE; shown < REPORTS; shown = table().getItems().size()) {
            int last = shown - 1;
            robot.interact(() -> table().scrollTo(last));
            int before = shown;
            waitUntil(() -> table().getItems().size() > before);
        }
        assertEquals(REPORTS, table().getItems().size());
        assertEquals("Quarterly note 0449 on OpenAI", table().getItems().get(REPORTS - 1).title());
    }

    @Test
    void filteringByCompanyAndWordsIsAnsweredByTheDatabase(FxRobot robot) throws Exception {
        fill(robot);
        waitUntil(() -> fx.workbench.mentionedCompanies().contains(GeneratedLibrary.SELDOM));
        robot.interact(() -> fx.window.libraryPane().filterByCompany(GeneratedLibrary.SELDOM));
        waitUntil(() -> countLine(robot).equals("150 of " + REPORTS + " reports"));
        assertTrue(table().getItems().stream().allMatch(r -> r.title().endsWith("Anthropic")),
                "only reports that mention the company are listed");

        robot.clickOn("#library-filter").write("0042");
        waitUntil(() -> countLine(robot).equals("1 of " + REPORTS + " reports"));
        assertEquals("Quarterly note 0042 on Anthropic", table().getItems().get(0).title());
    }

    @Test
    void sortingByTitleReadsTheOtherEndOfTheLibrary(FxRobot robot) throws Exception {
        fill(robot);
        robot.interact(() -> {
            TableColumn<Report, ?> title = table().getColumns().get(0);
            title.setSortType(TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(title);
        });
        waitUntil(() -> table().getItems().get(0).title().equals("Quarterly note 0449 on OpenAI"));
        assertEquals(Workbench.PAGE, table().getItems().size());
    }

    @Test
    void openingALibraryInTheWindowChangesNothingOnDisk(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "untouched");
        try (Library library = Library.open(folder)) {
            GeneratedLibrary.fill(library, 40);
        }
        Map<String, String> before = fingerprint(folder);
        byte[] databaseCopy = Files.readAllBytes(folder.resolve(app.dossier.store.Database.FILE_NAME));

        Workbench workbench = new Workbench();
        Library library = Library.open(folder);
        robot.interact(() -> workbench.open(library));
        waitUntil(() -> workbench.loadedProperty().get() && workbench.totalProperty().get() == 40
                && !workbench.mentionedCompanies().isEmpty());
        workbench.tasks().awaitIdle(30_000);
        library.close();

        Map<String, String> after = fingerprint(folder);
        String database = app.dossier.store.Database.FILE_NAME;
        assertEquals(without(before, database), without(after, database),
                "opening and closing without a decision changes no file but the database");
        // H2 writes one small chunk per session whatever happens (its metadata grows with the schema: 16,406
        // bytes at V15); without MAX_COMPACT_TIME=0 it rewrote the file on close (a library of 40 reports doubled)
        long changed = changedBytes(databaseCopy, folder.resolve(database));
        assertTrue(changed <= 32 * 1024,
                "at most H2's own small chunk of a session changes in the database, not " + changed + " bytes: " + before.get(database)
                        + " became " + after.get(database));
    }

    private static Map<String, String> without(Map<String, String> files, String name) {
        Map<String, String> rest = new TreeMap<>(files);
        rest.remove(name);
        return rest;
    }

    private static long changedBytes(byte[] before, Path after) throws IOException {
        byte[] now = Files.readAllBytes(after);
        long changed = Math.abs(now.length - before.length);
        for (int i = 0; i < Math.min(now.length, before.length); i++) {
            if (now[i] != before[i]) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Every file of a library folder with its size, time of change and checksum: the lock files aside, and the
     * mailbox the window serves commands through while it is open (README, concurrent access), which holds no data.
     */
    private static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (name.equals(".lock") || name.endsWith(".lock.db") || name.endsWith("write.lock")
                        || name.startsWith(".requests") || name.startsWith(".responses")) {
                    continue;
                }
                files.put(name, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + " " + sha256(p));
            }
        }
        return files;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
