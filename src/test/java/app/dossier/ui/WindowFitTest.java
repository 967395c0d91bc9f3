package app.dossier.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.AfterEach;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every screen at the two window sizes analysts use, photographed (DOSSIER_SNAPSHOTS) and checked for cut text. */
class WindowFitTest extends WindowTest {
    @AfterEach
    void usualSize() throws Exception {
        // the stage is shared with the next test class: give it back its usual size
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1300);
            stage.setHeight(820);
        }).get();
    }

    private void importFixture(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("fit.md"), "# Cash and themes\n\n"
                + "Zhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n\n"
                + "OpenAI is putting money into humanoid robots and embodied AI for warehouses.\n\n"
                + "Anthropic holds 3,017 million dollars in cash, and its enterprise LLM market share reached 32%.");
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 1 && fx.workbench.currentProperty().get() != null);
    }

    /** Text the layout had to shorten with an ellipsis, inside the nodes a selector finds. */
    private static List<String> cutText(Node root, String selector) {
        List<String> cut = new ArrayList<>();
        for (Node cell : root.lookupAll(selector)) {
            if (!cell.isVisible()) {
                continue;
            }
            for (Node t : cell.lookupAll(".text")) {
                if (t instanceof Text text && text.getText() != null && (text.getText().endsWith("…") || text.getText().endsWith("..."))) {
                    cut.add(text.getText());
                }
            }
        }
        return cut;
    }

    /** Shown on screen: it and every parent visible (the content of an unselected tab is not). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Every label, tab header, column header, combo box and cell on screen whose text the layout cut short:
     * what it shows ends in an ellipsis its own text does not have.
     */
    private static List<String> cutLabels(Node root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".text")) {
            if (node instanceof Text shown && shown.getParent() instanceof Labeled owner && shown(shown)
                    && owner.getText() != null && !owner.getText().isEmpty()
                    && !shown.getText().equals(owner.getText())
                    && (shown.getText().endsWith("…") || shown.getText().endsWith("..."))) {
                cut.add("“" + owner.getText() + "” shown as “" + shown.getText() + "”");
            }
        }
        return cut;
    }

    /**
     * The comparison matrix is a grid of as many metrics as the user ticks: eight do not fit beside the
     * choices at 1360 px and it scrolls sideways like a spreadsheet, its cells still uncut (checked above).
     */
    private static boolean inMatrix(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if ("matrix-table".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Lists and tables on screen with a horizontal scrollbar: what lies right of it (a ✕, a column) is out of sight. */
    private static List<String> sidewaysScrolling(Node root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && shown(bar)
                    && bar.getVisibleAmount() < bar.getMax() - bar.getMin()
                    && isInside(bar, ListView.class, TableView.class) && !inMatrix(bar)) {
                found.add("a horizontal scrollbar in " + owner(bar, ListView.class, TableView.class));
            }
        }
        return found;
    }

    private static boolean isInside(Node node, Class<?>... kinds) {
        return owner(node, kinds) != null;
    }

    private static String owner(Node node, Class<?>... kinds) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            for (Class<?> kind : kinds) {
                if (kind.isInstance(n)) {
                    return kind.getSimpleName() + (n.getId() == null ? "" : " #" + n.getId());
                }
            }
        }
        return null;
    }

    /** ✕ buttons in list rows that lie (partly) outside their list's visible width. */
    private static List<String> rejectOutOfSight(Node root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".list-view")) {
            if (!(node instanceof ListView<?> list) || !shown(list)) {
                continue;
            }
            Bounds view = list.localToScene(list.getLayoutBounds());
            for (Node reject : list.lookupAll(".button-icon.danger")) {
                Bounds b = reject.localToScene(reject.getLayoutBounds());
                if (shown(reject) && b.getMaxY() < view.getMaxY() && b.getMaxX() > view.getMaxX() - verticalBarWidth(list)) {
                    found.add("a ✕ at x " + Math.round(b.getMaxX()) + " beyond the list's edge at " + Math.round(view.getMaxX()));
                }
            }
        }
        return found;
    }

    /** Tab headers on screen that do not fit their tab pane's header row (cut, or left to an overflow menu). */
    private static List<String> tabsOutOfSight(Node root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll(".tab-pane")) {
            if (!(node instanceof TabPane panes) || !shown(panes)) {
                continue;
            }
            Bounds row = panes.localToScene(panes.getLayoutBounds());
            for (Node header : panes.lookupAll(".tab")) {
                if (owner(header, TabPane.class) != null && nearestTabPane(header) == panes && header.isVisible()) {
                    Bounds b = header.localToScene(header.getLayoutBounds());
                    if (b.getMaxX() > row.getMaxX() + 0.5) {
                        found.add("the tab “" + ((Labeled) header.lookup(".tab-label")).getText() + "” ends at x "
                                + Math.round(b.getMaxX()) + ", beyond its pane's edge at " + Math.round(row.getMaxX()));
                    }
                }
            }
        }
        return found;
    }

    private static TabPane nearestTabPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane t) {
                return t;
            }
        }
        return null;
    }

    private static double verticalBarWidth(Node list) {
        return list.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.VERTICAL && shown(bar)).mapToDouble(n -> ((ScrollBar) n).getWidth()).max().orElse(0);
    }

    private List<String> problems(String name, Node content) {
        List<String> problems = new ArrayList<>();
        cutText(content, ".combo-box-base").forEach(t -> problems.add(name + ": combo box shows “" + t + "”"));
        cutText(content, ".table-cell.ledger-number").forEach(t -> problems.add(name + ": ledger shows “" + t + "”"));
        cutLabels(stage.getScene().getRoot()).forEach(t -> problems.add(name + ": " + t));
        sidewaysScrolling(content).forEach(t -> problems.add(name + ": " + t));
        rejectOutOfSight(content).forEach(t -> problems.add(name + ": " + t));
        tabsOutOfSight(stage.getScene().getRoot()).forEach(t -> problems.add(name + ": " + t));
        return problems;
    }

    /** The reader's side panel dragged as narrow as it goes, as on a 1360-px screen with a wide reader: ✓ and ✕ stay in sight. */
    private List<String> narrowSidePanel(FxRobot robot, SplitPane split, String name) {
        List<String> problems = new ArrayList<>();
        double[] before = split.getDividerPositions();
        robot.interact(() -> split.setDividerPosition(1, 0.8));
        TabPane side = (TabPane) split.getItems().get(2).lookup(".tab-pane");
        for (Tab tab : List.copyOf(side.getTabs())) {
            robot.interact(() -> side.getSelectionModel().select(tab));
            settle();
            String sideName = name + "-narrow-" + slug(tab.getText());
            FxTestSupport.snapshot(fx.window, sideName);
            problems.addAll(problems(sideName, tab.getContent()));
        }
        robot.interact(() -> {
            side.getSelectionModel().select(0);
            split.setDividerPositions(before);
        });
        return problems;
    }

    private void settle() {
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-$", "");
    }

    /** A second report with what cut the library table in a real window: a long title, a date, a source, zh-Hant. */
    private void importLongTitledReport(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("long.md"), "# 大模型公司的現金與燒錢速度：智譜AI、月之暗面和MiniMax的賬本比較\n\n"
                + "來源：測試編輯部 日期：2026年7月2日\n\n"
                + "智譜AI賬上約有25億元人民幣，每月消耗約3億元。月之暗面去年完成新一輪融資。");
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 2);
    }

    @Test
    void everyScreenFitsAt1360x860And1920x1080(FxRobot robot) throws Exception {
        importFixture(robot);
        importLongTitledReport(robot);
        List<String> problems = new ArrayList<>();
        List<String> screens = new ArrayList<>();
        for (int[] size : new int[][]{{1360, 860}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (Tab tab : fx.window.views().getTabs()) {
                robot.interact(() -> fx.window.views().getSelectionModel().select(tab));
                settle();
                String name = "fit-" + size[0] + "-" + slug(tab.getText());
                FxTestSupport.snapshot(fx.window, name);
                screens.add(name);
                problems.addAll(problems(name, tab.getContent()));
                // the tabs inside the screen: the reader's side panels, the companies and themes views, the ledger's side
                for (Node inner : tab.getContent().lookupAll(".tab-pane")) {
                    if (!(inner instanceof TabPane panes) || !shown(panes)) {
                        continue;
                    }
                    for (Tab side : List.copyOf(panes.getTabs())) {
                        robot.interact(() -> panes.getSelectionModel().select(side));
                        settle();
                        String sideName = name + "-" + slug(side.getText());
                        FxTestSupport.snapshot(fx.window, sideName);
                        screens.add(sideName);
                        problems.addAll(problems(sideName, side.getContent()));
                    }
                    robot.interact(() -> panes.getSelectionModel().select(0));
                }
                if (tab.getContent().lookup(".split-pane") instanceof SplitPane split && split.getItems().size() == 3) {
                    problems.addAll(narrowSidePanel(robot, split, name));
                }
            }
        }
        assertTrue(screens.size() >= 2 * (fx.window.views().getTabs().size() + 12), "every inner tab visited: " + screens);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyNumberInTheThemesListSaysWhatItCounts(FxRobot robot) throws Exception {
        importFixture(robot);
        robot.interact(() -> stage.setWidth(1360));
        Tab insights = fx.window.views().getTabs().stream().filter(t -> t.getText().startsWith("Companies")).findFirst().orElseThrow();
        robot.interact(() -> fx.window.views().getSelectionModel().select(insights));
        TabPane inner = (TabPane) insights.getContent().lookup(".tab-pane");
        robot.interact(() -> inner.getSelectionModel().select(inner.getTabs().stream()
                .filter(t -> t.getText().equals("Themes")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#theme-list .list-cell .status-badge").tryQuery().isPresent());
        List<String> unlabelled = new ArrayList<>();
        int numbers = 0;
        for (Node badge : robot.lookup("#theme-list .list-cell").queryAll().stream()
                .flatMap(cell -> java.util.stream.Stream.concat(cell.lookupAll(".badge").stream(), cell.lookupAll(".status-badge").stream()))
                .distinct().toList()) {
            String text = ((Labeled) badge).getText();
            numbers++;
            if (!text.matches(".*\\d.*\\p{L}.*")) {
                unlabelled.add(text);
            }
        }
        assertTrue(numbers >= 2, "the themes list shows counts");
        assertEquals(List.of(), unlabelled, "every count names what it counts (“11 here”, “0 confirmed”, “27 to review”)");
    }

    @Test
    void theReaderSaysWhichThemeEachMarginColourStandsFor(FxRobot robot) throws Exception {
        importFixture(robot);
        robot.interact(() -> fx.window.views().getSelectionModel().select(0));
        waitUntil(() -> marginBar(robot) != null);
        FlowPane legend = robot.lookup("#theme-legend").queryAs(FlowPane.class);
        assertTrue(shown(legend), "a legend beside the margin colours");
        String themeName = fx.workbench.currentProperty().get().themes().stream()
                .filter(t -> fx.workbench.currentProperty().get().themeTags().stream().anyMatch(tag -> tag.themeId().equals(t.id())))
                .findFirst().orElseThrow().name();
        Labeled entry = legend.getChildren().stream().filter(n -> n instanceof Labeled l && l.getText().equals(themeName))
                .map(n -> (Labeled) n).findFirst().orElseThrow(() -> new AssertionError("no legend entry for " + themeName));
        Node swatch = entry.getGraphic();
        Node bar = marginBar(robot);
        String colour = bar.getStyleClass().stream().filter(c -> c.startsWith("theme-")).findFirst().orElseThrow();
        assertTrue(swatch.getStyleClass().contains(colour), "the swatch has the margin's colour");
        assertEquals(((Region) bar).getBorder().getStrokes().get(0).getLeftStroke(),
                ((Region) swatch).getBackground().getFills().get(0).getFill(), "legend and margin in one colour");
    }

    private static Node marginBar(FxRobot robot) {
        return robot.lookup(".paragraph").queryAll().stream()
                .filter(p -> p.getStyleClass().stream().anyMatch(c -> c.startsWith("theme-"))).findFirst().orElse(null);
    }

    @Test
    void dialogsKeepTheirContentOffTheBorder(FxRobot robot) throws Exception {
        importFixture(robot);
        Tab insights = fx.window.views().getTabs().stream().filter(t -> t.getText().startsWith("Companies")).findFirst().orElseThrow();
        robot.interact(() -> fx.window.views().getSelectionModel().select(insights));
        settle();
        List<String> problems = new ArrayList<>();
        for (String opener : List.of("Add company…", "Add theme…")) {
            Button button = insights.getContent().lookupAll(".button").stream().filter(b -> b instanceof Button x && opener.equals(x.getText()))
                    .map(b -> (Button) b).findFirst().orElseThrow(() -> new AssertionError("no button " + opener));
            WaitForAsyncUtils.asyncFx(button::fire);
            waitUntil(() -> dialog(robot) != null);
            DialogPane pane = dialog(robot);
            settle();
            FxTestSupport.snapshot(pane, "fit-dialog-" + slug(opener));
            Bounds frame = pane.localToScene(pane.getLayoutBounds());
            Bounds fields = ((javafx.scene.Parent) pane.getContent()).getChildrenUnmodifiable().stream().filter(Node::isVisible)
                    .map(n -> n.localToScene(n.getLayoutBounds()))
                    .reduce((a, b) -> new javafx.geometry.BoundingBox(Math.min(a.getMinX(), b.getMinX()), Math.min(a.getMinY(), b.getMinY()),
                            Math.max(a.getMaxX(), b.getMaxX()) - Math.min(a.getMinX(), b.getMinX()),
                            Math.max(a.getMaxY(), b.getMaxY()) - Math.min(a.getMinY(), b.getMinY()))).orElseThrow();
            Node buttons = pane.lookup(".button-bar");
            Bounds lastButton = buttons.lookupAll(".button").stream().map(b -> b.localToScene(b.getLayoutBounds()))
                    .max(java.util.Comparator.comparingDouble(Bounds::getMaxX)).orElseThrow();
            double width = pane.getWidth();
            double left = fields.getMinX() - frame.getMinX();
            double right = frame.getMaxX() - fields.getMaxX();
            if (left < 16 || right < 16) {
                problems.add(opener + ": the form sits " + Math.round(Math.min(left, right)) + " px from the dialog's edge");
            }
            if (width - lastButton.getMaxX() < 16 || pane.getHeight() - lastButton.getMaxY() < 12) {
                problems.add(opener + ": the buttons touch the dialog's edge");
            }
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
            waitUntil(() -> dialog(robot) == null);
        }
        assertEquals(List.of(), problems);
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null);
    }
}
