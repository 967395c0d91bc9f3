package app.dossier.ui.reader;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One paragraph of the reader: its text as a TextFlow, and behind it a layer of shapes for
 * highlights (figures, notes, search hits, the selection), drawn from the flow's own range shapes.
 */
final class ParagraphView extends StackPane {
    private final int start;
    private final int end;
    private final TextFlow flow = new TextFlow();
    private final Pane marks = new Pane();
    private final List<Highlight> highlights = new ArrayList<>();
    /** The reader's selection as last drawn, drawn again when layout moves the text. */
    private int[] selection;

    ParagraphView(String fullText, int start, int end, List<Highlight> all, String themeStyle) {
        this.start = start;
        this.end = end;
        getStyleClass().add("paragraph");
        if (themeStyle != null) {
            getStyleClass().add(themeStyle);
        }
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        // the shapes are in the flow's coordinates: the layer follows the flow wherever layout puts it
        // (a translation copied once, before layout, left every mark a padding's width too far left)
        marks.layoutXProperty().bind(flow.layoutXProperty());
        marks.layoutYProperty().bind(flow.layoutYProperty());
        for (Highlight h : all) {
            if (h.end() > start && h.start() < end) {
                highlights.add(h);
            }
        }
        buildText(fullText);
        getChildren().addAll(marks, flow);
        flow.layoutBoundsProperty().addListener((o, a, b) -> drawMarks(selection));
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    TextFlow flow() {
        return flow;
    }

    /** The layer the highlight shapes are drawn on; each shape carries its Highlight as user data. */
    Pane marksLayer() {
        return marks;
    }

    /** Text offset (of the whole report) at a point in this paragraph's coordinates. */
    int offsetAt(Point2D local) {
        Point2D inFlow = flow.parentToLocal(local);
        return start + Math.max(0, Math.min(end - start, flow.hitTest(inFlow).getInsertionIndex()));
    }

    /** Redraws highlight shapes, plus the selection part that falls in this paragraph. */
    void drawMarks(int[] selection) {
        this.selection = selection;
        marks.getChildren().clear();
        List<Highlight> shown = new ArrayList<>(highlights);
        if (selection != null && selection[1] > start && selection[0] < end) {
            shown.add(new Highlight(selection[0], selection[1], Highlight.Kind.SELECTION, null));
        }
        for (Highlight h : shown) {
            if (h.kind() == Highlight.Kind.MENTION) {
                continue;
            }
            int a = Math.max(h.start(), start) - start;
            int b = Math.min(h.end(), end) - start;
            if (b <= a) {
                continue;
            }
            PathElement[] shape = flow.rangeShape(a, b);
            Path path = new Path(shape);
            path.getStyleClass().addAll("mark", h.kind().styleClass);
            if (h.variant() != null) {
                path.getStyleClass().add(h.variant());
            }
            path.setUserData(h);
            marks.getChildren().add(path);
        }
    }

    /** The y of a text offset within this paragraph, for scrolling there. */
    double yOf(int offset) {
        PathElement[] caret = flow.caretShape(Math.max(0, Math.min(end - start, offset - start)), true);
        if (caret.length > 0 && caret[0] instanceof javafx.scene.shape.MoveTo m) {
            return m.getY();
        }
        return 0;
    }

    void addHighlight(Highlight h) {
        if (h.end() > start && h.start() < end) {
            highlights.add(h);
        }
    }

    void removeHighlights(Highlight.Kind kind) {
        highlights.removeIf(h -> h.kind() == kind);
    }

    /** Splits the paragraph where mentions begin and end, so each mention is its own Text with a tooltip. */
    private void buildText(String full) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        List<Highlight> mentions = highlights.stream().filter(h -> h.kind() == Highlight.Kind.MENTION).toList();
        for (Highlight m : mentions) {
            cuts.add(Math.max(start, m.start()));
            cuts.add(Math.min(end, m.end()));
        }
        cutAroundClusters(full, cuts);
        List<Node> nodes = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Text t = new Text(full.substring(prev, cut));
                t.getStyleClass().add("reader-text");
                int from = prev;
                mentions.stream().filter(m -> m.start() <= from && m.end() > from).findFirst().ifPresent(m -> {
                    t.getStyleClass().add("hl-mention");
                    if (m.variant() != null) {
                        t.getStyleClass().add(m.variant()); // "hl-new": a discovered company
                    }
                    Tooltip.install(t, new Tooltip(m.tooltip()));
                });
                nodes.add(t);
            }
            prev = cut;
        }
        flow.getChildren().setAll(nodes);
    }

    /**
     * A character of more than one code unit (surrogate pair, base with combining marks) gets a Text of its own:
     * inside a run JavaFX's layout maps offsets after such a character to the wrong glyph, so marks drifted right.
     */
    private void cutAroundClusters(String full, TreeSet<Integer> cuts) {
        java.text.BreakIterator characters = java.text.BreakIterator.getCharacterInstance();
        characters.setText(full.substring(start, end));
        int from = characters.first();
        for (int to = characters.next(); to != java.text.BreakIterator.DONE; from = to, to = characters.next()) {
            if (to - from > 1) {
                cuts.add(start + from);
                cuts.add(start + to);
            }
        }
    }
}
