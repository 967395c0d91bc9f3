package app.dossier.ui.notes;

import app.dossier.annotations.Anchoring;
import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import app.dossier.ui.reader.ReaderPane;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotesUiTest extends WindowTest {
    private static final String TEXT = "Kestrel AI raised 40 million dollars in March.\n\n"
            + "The round was led by Harbor Ventures, and Kestrel AI plans to hire 60 engineers.\n\n"
            + "Analysts expect the cash to last about 18 months.";
    private Workbench workbench;
    private MainWindow window;
    private MemoView memo;
    private Library library;

    @Override
    protected void started(Stage stage) {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
        memo = fx.view(MemoView.class);
        // the wiring the integrator adds to MainWindow: the reader's "Add note..." opens the dialog
        ReaderPane reader = window.reader();
        reader.setSelectionActions(new ReaderPane.SelectionActions() {
            @Override
            public void annotate(int start, int end) {
                AnnotationDialog.show(stage, workbench, reader.shown().report(), start, end);
            }

            @Override
            public void tagTheme(String themeId, int start, int end) {
            }

            @Override
            public void addFigure(int start, int end) {
            }
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Report importReport(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("kestrel-" + System.nanoTime() + ".txt"), TEXT);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.currentProperty().get() != null);
        return workbench.currentProperty().get().report();
    }

    private void showNotesTab(FxRobot robot) throws Exception {
        robot.interact(() -> {
            TabPane views = robot.lookup("#views").queryAs(TabPane.class);
            views.getTabs().stream().filter(t -> t.getContent() == memo).findFirst()
                    .ifPresent(t -> views.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<MemoItem> memoList(FxRobot robot) {
        return robot.lookup("#memo-list").queryAs(ListView.class);
    }

    static void snapshot(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            try {
                WritableImage img = node.snapshot(null, null);
                Path out = Path.of("target", "screenshots", name);
                Files.createDirectories(out.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void annotatingASelectionThroughTheDialogHighlightsItAndListsItInTheMemoManager(FxRobot robot) throws Exception {
        Report report = importReport(robot);
        String text = report.text();
        int start = text.indexOf("plans to hire 60 engineers");
        int end = start + "plans to hire 60 engineers".length();
        ReaderPane reader = window.reader();
        robot.interact(() -> reader.select(start, end));
        robot.rightClickOn(".paragraph");
        robot.clickOn("Add note...");
        waitUntil(() -> robot.lookup("#annotation-note").tryQuery().isPresent());
        robot.clickOn("#annotation-note").write("Hiring plan, #check the headcount");
        robot.clickOn("#annotation-tags").write("hiring");
        robot.clickOn("#color-green");
        snapshot(robot, robot.lookup(".annotation-dialog").query(), "annotation-dialog.png");
        robot.clickOn("Save note");

        waitUntil(() -> library.annotations(null).size() == 1);
        Annotation saved = library.annotations(null).get(0);
        assertEquals("plans to hire 60 engineers", saved.quote());
        assertEquals("Hiring plan, #check the headcount", saved.note());
        assertEquals(List.of("hiring", "check"), saved.tags());
        assertEquals("green", saved.color());
        waitUntil(() -> robot.lookup(".mark.hl-annotation").tryQuery().isPresent());

        showNotesTab(robot);
        waitUntil(() -> memoList(robot).getItems().size() == 1);
        assertEquals(saved.id(), memoList(robot).getItems().get(0).annotation().id());
        assertTrue(robot.lookup(".memo-quote").queryLabeled().getText().contains("plans to hire 60 engineers"));
    }

    @Test
    void theNoteDialogOpensWithTheNoteFieldFocusedNotTheSaveButton(FxRobot robot) throws Exception {
        Report report = importReport(robot);
        int start = report.text().indexOf("plans to hire 60 engineers");
        robot.interact(() -> window.reader().select(start, start + "plans to hire 60 engineers".length()));
        robot.rightClickOn(".paragraph");
        robot.clickOn("Add note...");
        waitUntil(() -> robot.lookup("#annotation-note").tryQuery().isPresent());
        Node note = robot.lookup("#annotation-note").query();
        // focused, what a user types goes into the note; on Save note, the first space saved an empty note
        waitUntil(() -> note.getScene().getFocusOwner() == note);
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.getScene().getFocusOwner() == note, "still the note: " + note.getScene().getFocusOwner());
        robot.clickOn("Cancel");
        assertTrue(library.annotations(null).isEmpty());
    }

    @Test
    void deletingANoteInTheMemoManagerAndUndoingBringsItBack(FxRobot robot) throws Exception {
        Report report = importReport(robot);
        robot.interact(() -> workbench.execute(new Commands.PutAnnotation(null,
                Anchoring.create(report, 0, 10, "first words", List.of(), "blue"))));
        showNotesTab(robot);
        waitUntil(() -> memoList(robot).getItems().size() == 1);
        robot.clickOn(".memo-cell");
        robot.clickOn("#memo-delete");
        waitUntil(() -> library.annotations(null).isEmpty() && memoList(robot).getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> library.annotations(null).size() == 1 && memoList(robot).getItems().size() == 1);
    }

    @Test
    void filtersNarrowTheListAndOrphanedNotesStayListedFlagged(FxRobot robot) throws Exception {
        Report report = importReport(robot);
        String text = report.text();
        int a = text.indexOf("Kestrel AI raised");
        int b = text.indexOf("Harbor Ventures");
        Annotation lost = Anchoring.create(report, 0, 5, "An earlier version said 50 million", List.of("contradiction"), "pink");
        robot.interact(() -> workbench.execute(new Commands.Batch("notes", List.of(
                new Commands.PutAnnotation(null, Anchoring.create(report, a, a + 36, "Round size, confirm with #filing",
                        List.of("filing", "company:kestrel-ai"), "yellow")),
                new Commands.PutAnnotation(null, Anchoring.create(report, b, b + 15, "Lead investor", List.of(), "purple")),
                new Commands.PutAnnotation(null, new Annotation(lost.id(), lost.reportId(), 0, 5, "raised 50 million",
                        "", "", lost.note(), lost.tags(), lost.color(), lost.created(), lost.modified(), true))))));
        showNotesTab(robot);
        waitUntil(() -> memoList(robot).getItems().size() == 3);
        assertTrue(robot.lookup(".memo-orphaned").queryAll().stream().anyMatch(Node::isVisible),
                "the orphaned note is shown with its flag");
        snapshot(robot, memo, "memo-view.png");

        robot.clickOn("#memo-filter").write("investor");
        waitUntil(() -> memoList(robot).getItems().size() == 1);
        robot.interact(() -> memo.lookupAll("#memo-filter").forEach(n -> ((javafx.scene.control.TextField) n).clear()));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var tags = (javafx.scene.control.ComboBox<MemoViewModel.Choice>) memo.lookup("#memo-tag");
            tags.getSelectionModel().select(tags.getItems().stream().filter(c -> c.id().equals("contradiction"))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> memoList(robot).getItems().size() == 1 && memoList(robot).getItems().get(0).annotation().orphaned());

        robot.interact(() -> Platform.runLater(() -> { }));
        robot.doubleClickOn(".memo-cell");
        waitUntil(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 0);
    }

    @Test
    void editingANoteThroughTheDialogKeepsItsPlaceAndChangesItsNoteTagsAndColour(FxRobot robot) throws Exception {
        Report report = importReport(robot);
        Annotation first = Anchoring.create(report, 0, 10, "old words", List.of("draft"), "blue");
        robot.interact(() -> workbench.execute(new Commands.PutAnnotation(null, first)));
        showNotesTab(robot);
        waitUntil(() -> memoList(robot).getItems().size() == 1);
        robot.clickOn(".memo-cell");
        robot.clickOn("#memo-edit");
        waitUntil(() -> robot.lookup("#annotation-note").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#annotation-note").queryAs(javafx.scene.control.TextArea.class).clear());
        robot.clickOn("#annotation-note").write("new");
        robot.clickOn("#color-orange");
        robot.clickOn("Save note");
        waitUntil(() -> "new".equals(library.annotations(null).get(0).note()));
        Annotation edited = library.annotations(null).get(0);
        assertEquals(first.id(), edited.id());
        assertEquals(first.start(), edited.start());
        assertEquals(List.of("draft"), edited.tags());
        assertEquals("orange", edited.color());
        assertEquals(first.created(), edited.created());
    }
}
