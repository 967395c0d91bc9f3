package app.dossier.ui;

import app.dossier.cli.Cli;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shown window answers the command line: imports appear in its table, searches are answered. */
class CommandLineBesideWindowTest extends WindowTest {
    private record Answer(int code, String out, String err) {
    }

    private Answer command(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(words));
        return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anImportFromTheCommandLineShowsInTheWindowAndASearchIsAnswered(FxRobot robot) throws Exception {
        String lib = fx.library.directory().toString();
        Path file = Files.writeString(dir.resolve("mistral.txt"), "Mistral AI raised 600 million euros.\n\n"
                + "Mistral AI, the Paris model maker, raised 600 million euros at a 6 billion euro valuation.");
        Answer imported = command("import", "--library", lib, file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("answered by the open Dossier window"), imported.err());
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);

        Answer search = command("search", "--library", lib, "Mistral");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains(fx.workbench.reports().get(0).id()), search.out());

        Path notes = Files.writeString(dir.resolve("notes.json"), w3cNote(fx.workbench.reports().get(0).sha256()));
        Answer noted = command("notes", "import", "--library", lib, notes.toString());
        assertEquals(0, noted.code(), noted.err());
        waitUntil(() -> fx.library.annotations(null).size() == 1);
        robot.clickOn("Edit");
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        String undo = bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow()
                .getItems().get(0).getText();
        robot.type(KeyCode.ESCAPE);
        assertTrue(undo.startsWith("Undo"), "the window's Undo takes back what the command did: " + undo);
        FxTestSupport.snapshot(fx.window, "command-line-beside-window");
    }

    private static String w3cNote(String sha256) {
        return """
                [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:dossier:note:cli1", "type": "Annotation",
                  "body": [{"type": "TextualBody", "value": "raised from the command line", "purpose": "commenting"}],
                  "target": {"source": "urn:sha256:%s",
                    "selector": [{"type": "TextQuoteSelector", "exact": "Mistral AI", "prefix": "", "suffix": " raised"}]}}]
                """.formatted(sha256);
    }
}
