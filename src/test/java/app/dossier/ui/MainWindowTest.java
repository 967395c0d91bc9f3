package app.dossier.ui;

import app.dossier.importing.ImportOutcome;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainWindowTest extends WindowTest {
    private Workbench workbench;
    private MainWindow window;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxTestSupport.waitUntil(condition);
    }

    private String readerText(FxRobot robot) {
        return robot.lookup(".reader-text").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
    }

    @Test
    void importingThroughTheWindowShowsTheReportInTheTableAndItsTextInTheReader(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("helio.md"),
                "# Helio Robotics sammelt Geld ein\n\nDas Start-up Helio Robotics hat 40 Millionen Euro eingesammelt.");
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        waitUntil(() -> workbench.currentProperty().get() != null);
        assertTrue(robot.lookup("#library-table").queryTableView().getItems().size() == 1);
        assertTrue(readerText(robot).contains("40 Millionen Euro eingesammelt"), readerText(robot));
    }

    @Test
    void aSecondImportOfTheSameFileSaysDuplicate(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("twice.txt"), "Kestrel AI raised 3 million dollars.");
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1 && !workbench.importOutcomes().isEmpty());
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.importOutcomes().size() == 1
                && ImportOutcome.DUPLICATE.equals(workbench.importOutcomes().get(0).status()));
        assertTrue(robot.lookup("already in the library").tryQuery().isPresent()
                || robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("already in the library")).tryQuery().isPresent());
        assertEquals(1, workbench.reports().size());
    }

    @Test
    void aBadFileIsNamedWithItsReasonAndTheRestIsImported(FxRobot robot) throws Exception {
        Path empty = Files.createFile(dir.resolve("nothing.txt"));
        Path good = Files.writeString(dir.resolve("fine.txt"), "Marlin Data raised 9 million dollars.");
        robot.interact(() -> window.importPaths(List.of(empty, good)));
        waitUntil(() -> workbench.importOutcomes().size() == 2 && workbench.reports().size() == 1);
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("nothing.txt") && l.getText().contains("not imported")).tryQuery().isPresent(),
                "the failed file is listed with its reason");
    }

    @Test
    void eachImportLineSaysWhatTheFileBroughtAndTheFinishedImportLeadsToFiguresAndLibrary(FxRobot robot) throws Exception {
        Path zhipu = Files.writeString(dir.resolve("zhipu-cash.txt"),
                "智谱的现金\n\n智谱目前持有现金约25亿元人民币，每月消耗约3亿元人民币。");
        Path empty = Files.createFile(dir.resolve("blank.txt"));
        robot.interact(() -> window.importPaths(List.of(zhipu, empty)));
        waitUntil(() -> workbench.importOutcomes().size() == 2 && robot.lookup("#import-review-figures").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        List<String> lines = robot.lookup("#import-outcomes .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
        String imported = lines.stream().filter(l -> l.startsWith("zhipu-cash.txt")).findFirst().orElseThrow();
        assertTrue(imported.contains("Chinese (simplified)") && imported.contains("1 company (Zhipu AI)")
                && imported.contains("2 figures"), imported);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("blank.txt — not imported: ")), lines.toString());

        robot.clickOn("#import-review-figures");
        assertEquals("Ledger", window.views().getSelectionModel().getSelectedItem().getText());
        robot.clickOn("#import-show-in-library");
        assertEquals("Library", window.views().getSelectionModel().getSelectedItem().getText());
        waitUntil(() -> workbench.currentProperty().get() != null
                && workbench.currentProperty().get().report().file().equals("zhipu-cash.txt"));
        FxTestSupport.snapshot(window, "import-findings");
    }

    @Test
    void deletingAReportAndUndoingBringsItBack(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("undo.txt"), "Osprey Labs raised 1 million dollars.");
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        robot.interact(() -> workbench.delete(workbench.reports().get(0)));
        waitUntil(() -> workbench.reports().isEmpty());
        robot.clickOn("#library-table");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> workbench.reports().size() == 1);
    }

    @Test
    void aLinkOutOfAnImportedFolderIsFollowedOnlyWhenTheFileMenuSaysSo(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        Path outside = Files.writeString(dir.resolve("elsewhere.txt"), "Heron Systems raised 4 million dollars.");
        Files.createSymbolicLink(folder.resolve("heron.txt"), outside);
        robot.interact(() -> window.importPaths(List.of(folder)));
        waitUntil(() -> workbench.importOutcomes().size() == 1);
        assertTrue(workbench.importOutcomes().get(0).error().contains("outside the imported folder"),
                workbench.importOutcomes().get(0).error());

        javafx.scene.control.CheckMenuItem follow = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().stream().filter(i -> "follow-links".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        robot.interact(() -> follow.setSelected(true));
        robot.interact(() -> window.importPaths(List.of(folder)));
        waitUntil(() -> workbench.importOutcomes().size() == 1
                && ImportOutcome.IMPORTED.equals(workbench.importOutcomes().get(0).status()));
        // the window reloads after the import; the test ends (closing the library) only once it has
        waitUntil(() -> workbench.reports().size() == 1);
    }
}
