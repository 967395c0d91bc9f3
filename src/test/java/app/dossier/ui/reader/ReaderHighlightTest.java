package app.dossier.ui.reader;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.library.Library;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.Workbench;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every highlight must cover exactly its start–end of the stored text. The check reads the text back from
 * the screen: each marked rectangle is hit-tested against the laid-out text at its left and right edge.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderHighlightTest {
    @TempDir
    java.nio.file.Path dir;

    private ReaderPane reader;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        reader = new ReaderPane();
        Scene scene = new Scene(reader, 900, 500);
        scene.getStylesheets().add(ReaderHighlightTest.class.getResource("/themes/dossier.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Report report(String text, String language) {
        return new Report("r1", "a.txt", "Title", language, "x", Instant.now(), null, null, 1, "txt", text);
    }

    private static Figure figure(String text, String quote) {
        int s = text.indexOf(quote);
        return new Figure("f" + s, "r1", null, "revenue", 1, null, "USD", null, null, false, s, s + quote.length(),
                quote, Origin.AUTO, ReviewStatus.SUGGESTED);
    }

    private static Mention mention(String text, String name) {
        int s = text.indexOf(name);
        return new Mention("r1", "x", s, s + name.length(), name, false, false);
    }

    private void show(Workbench.ReportView view, FxRobot robot) {
        robot.interact(() -> reader.show(view));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    /**
     * The stored text under every mark of one kind, per highlight, read back from where the marks are drawn.
     * Positions of characters are measured independently of the reader's layout: the width of a line's prefix
     * set alone in the same font (the fixtures' lines do not wrap), so a layout that misplaces marks is caught.
     */
    private List<String[]> readBack(FxRobot robot, String kind) {
        List<String[]> out = new ArrayList<>();
        robot.interact(() -> {
            String text = reader.text();
            for (ParagraphView p : reader.paragraphViews()) {
                TextFlow flow = p.flow();
                javafx.scene.text.Font font = ((javafx.scene.text.Text) flow.getChildren().get(0)).getFont();
                for (var node : p.marksLayer().getChildren()) {
                    Path path = (Path) node;
                    if (!path.getStyleClass().contains(kind)) {
                        continue;
                    }
                    Highlight h = (Highlight) path.getUserData();
                    StringBuilder shown = new StringBuilder();
                    for (double[] box : boxes(path.getElements())) {
                        if (box[2] - box[0] < 2) {
                            continue; // a line end's empty box
                        }
                        Point2D left = flow.sceneToLocal(path.localToScene(box[0], (box[1] + box[3]) / 2));
                        Point2D right = flow.sceneToLocal(path.localToScene(box[2], (box[1] + box[3]) / 2));
                        int lineStart = p.start() + flow.hitTest(left).getCharIndex();
                        while (lineStart > p.start() && text.charAt(lineStart - 1) != '\n') {
                            lineStart--;
                        }
                        int lineEnd = text.indexOf('\n', lineStart);
                        String line = text.substring(lineStart, lineEnd < 0 || lineEnd > p.end() ? p.end() : lineEnd);
                        if (shown.length() > 0) {
                            shown.append('\n');
                        }
                        shown.append(line, nearestBoundary(line, font, left.getX()), nearestBoundary(line, font, right.getX()));
                    }
                    String expected = text.substring(Math.max(h.start(), p.start()), Math.min(h.end(), p.end()));
                    out.add(new String[]{expected, shown.toString()});
                }
            }
        });
        return out;
    }

    /** The offset in a line whose prefix is as wide as x, each character measured set alone in the font. */
    private static int nearestBoundary(String line, javafx.scene.text.Font font, double x) {
        java.text.BreakIterator characters = java.text.BreakIterator.getCharacterInstance();
        characters.setText(line);
        int best = 0;
        double width = 0;
        double bestDistance = Math.abs(x);
        int from = characters.first();
        for (int to = characters.next(); to != java.text.BreakIterator.DONE; from = to, to = characters.next()) {
            javafx.scene.text.Text character = new javafx.scene.text.Text(line.substring(from, to));
            character.setFont(font);
            width += character.getLayoutBounds().getWidth();
            if (Math.abs(width - x) < bestDistance) {
                bestDistance = Math.abs(width - x);
                best = to;
            }
        }
        return best;
    }

    /** The rectangles (minX, minY, maxX, maxY) a range shape is made of: each starts with a MoveTo. */
    private static List<double[]> boxes(List<PathElement> elements) {
        List<double[]> out = new ArrayList<>();
        double[] box = null;
        for (PathElement e : elements) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                box = new double[]{m.getX(), m.getY(), m.getX(), m.getY()};
                out.add(box);
                continue;
            } else if (e instanceof LineTo l && box != null) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return out;
    }

    private void assertEveryMarkCoversItsSpan(FxRobot robot, String kind, int expectedMarks) {
        List<String[]> read = readBack(robot, kind);
        assertEquals(expectedMarks, read.size(), "marks of " + kind);
        for (String[] pair : read) {
            assertEquals(pair[0], pair[1], "the text under the mark");
        }
    }

    @Test
    void figureAndSearchMarksCoverExactlyTheirSpanInEveryScript(FxRobot robot) {
        String text = "Chinese\n\n這家公司,從收入50萬美金到1.5億美金只用了兩年。智譜也在。\n\n"
                + "Deutsch: Die Firma Café Zürich hat 2,5 Milliarden Euro\neingesammelt, sagt Aleph Alpha.\n\n"
                + "Emoji 🚀 and 𠀋 rare: raised 𠀋𠀋 3 million 🚀 dollars, e\u0301te\u0301 done.";
        List<Figure> figures = List.of(figure(text, "公司,從收入50萬美金到1.5億美金"),
                figure(text, "2,5 Milliarden Euro\neingesammelt"), figure(text, "𠀋𠀋 3 million 🚀"),
                figure(text, "e\u0301te\u0301"));
        List<Mention> mentions = List.of(mention(text, "智譜"), mention(text, "Café Zürich"), mention(text, "Aleph Alpha"));
        show(new Workbench.ReportView(report(text, "zh-Hant"), mentions, List.of(), figures, List.of(), Map.of(),
                List.of()), robot);
        FxTestSupport.snapshot(reader, "reader-highlights");
        assertEveryMarkCoversItsSpan(robot, "hl-figure", 4);

        int hit = text.indexOf("Aleph");
        robot.interact(() -> reader.showSearchHits(List.of(new int[]{hit, hit + 5},
                new int[]{text.indexOf("美金只"), text.indexOf("美金只") + 2}), hit));
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryMarkCoversItsSpan(robot, "hl-search", 2);
    }

    @Test
    void figuresOfAnImportedCrlfFileAreMarkedOnTheirOwnCharacters(FxRobot robot) throws Exception {
        String original = "Kestrel Robotics\r\n\r\nKestrel Robotics hat 40 Millionen Euro eingesammelt.\r\n"
                + "Der Umsatz lag bei 3 Millionen Euro.\r\n\r\n智谱的现金约为25亿元人民币，月均消耗约3亿元。\r\n";
        var file = Files.write(dir.resolve("crlf.txt"), original.getBytes(StandardCharsets.UTF_8));
        try (Library lib = Library.open(dir.resolve("lib"))) {
            lib.importer().importPaths(List.of(file), (d, t, o) -> { }, () -> false);
            Report r = lib.reports().get(0);
            Report full = lib.report(r.id()).orElseThrow();
            List<Figure> figures = lib.figures(r.id());
            assertFalse(figures.isEmpty(), "the fixture has figures");
            show(new Workbench.ReportView(full, lib.mentions(r.id()), List.of(), figures, List.of(),
                    lib.companiesById(), List.of()), robot);
            assertEveryMarkCoversItsSpan(robot, "hl-figure", figures.size());
        }
    }
}
