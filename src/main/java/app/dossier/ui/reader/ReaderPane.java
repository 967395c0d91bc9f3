package app.dossier.ui.reader;

import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.ui.Workbench;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.control.Button;
import app.dossier.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reader: a report's cleaned text in paragraphs, with companies underlined (canonical name on
 * hover), figures and notes highlighted, theme paragraphs marked in the margin, and a selection
 * that can be annotated or tagged.
 */
public final class ReaderPane extends BorderPane {
    private final Label title = new Label();
    private final Label meta = new Label();
    /** What each colour in the margin stands for: the bars alone named no theme. */
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(12, 4);
    private final VBox paragraphs = new VBox();
    private final ScrollPane scroll = new ScrollPane(paragraphs);
    private final List<ParagraphView> views = new ArrayList<>();
    private int[] selection;
    private int dragAnchor = -1;
    private Workbench.ReportView shown;
    private List<int[]> searchHits = List.of();
    private int currentHit;
    private final Label hitsLabel = new Label();
    private final HBox hitsBar = hitsBar();
    private SelectionActions actions;
    private Highlight focus;
    /**
     * Paragraphs of the shown report not built yet, as {start, end}: a report opens with the first screenful built
     * and the rest appended in later pulses, so opening one does not wait for the text layout of all its paragraphs.
     */
    private final java.util.ArrayDeque<int[]> unbuilt = new java.util.ArrayDeque<>();
    private List<Highlight> unbuiltHighlights = List.of();
    /** Paragraphs built at once when a report opens, and per pulse afterwards. */
    private static final int PARAGRAPHS_AT_ONCE = 12;

    /** What the user can do with a selected passage. */
    public interface SelectionActions {
        void annotate(int start, int end);

        void tagTheme(String themeId, int start, int end);

        void addFigure(int start, int end);

        /** A company's profile; a reader without profile pages (a test's) leaves it out. */
        default void openProfile(String companyId) {
        }
    }

    public ReaderPane() {
        getStyleClass().add("reader");
        setId("reader");
        title.getStyleClass().addAll("title-3", "reader-title");
        title.setWrapText(true);
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        legend.setId("theme-legend");
        legend.getStyleClass().add("theme-legend");
        VBox header = new VBox(4, title, meta, legend, hitsBar);
        header.setPadding(new Insets(14, 22, 8, 22));
        setTop(header);
        paragraphs.getStyleClass().addAll("reader-body", "zoom-" + app.dossier.ui.common.Appearance.ZOOM_DEFAULT);
        paragraphs.setSpacing(12);
        paragraphs.setPadding(new Insets(6, 26, 26, 22));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        paragraphs.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        paragraphs.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        app.dossier.ui.common.KeyHints.declare("Reader", "F3", "Next search hit");
        app.dossier.ui.common.KeyHints.declare("Reader", "Shift+F3", "Previous search hit");
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F3) {
                stepHit(e.isShiftDown() ? -1 : 1);
            }
        });
        showEmpty();
    }

    public void setSelectionActions(SelectionActions actions) {
        this.actions = actions;
    }

    public Workbench.ReportView shown() {
        return shown;
    }

    /** The selected passage as {start, end}, or null. */
    public int[] selection() {
        return selection == null ? null : selection.clone();
    }

    List<ParagraphView> paragraphViews() {
        buildAll();
        return List.copyOf(views);
    }

    public String text() {
        return shown == null ? "" : shown.report().text();
    }

    /** Selects a passage as if the user had dragged over it. */
    public void select(int start, int end) {
        buildAll();
        selection = new int[]{Math.min(start, end), Math.max(start, end)};
        views.forEach(v -> v.drawMarks(selection));
    }

    /**
     * Shows a report. The same report shown again (after a decision, an undo or a background refresh) keeps
     * its scroll position, selection, marked passage and search hits: the reader must not jump under the user.
     */
    public void show(Workbench.ReportView view) {
        boolean again = shown != null && view != null && shown.report().id().equals(view.report().id())
                && Objects.equals(shown.report().text(), view.report().text());
        double place = scroll.getVvalue();
        int[] keptSelection = selection;
        List<int[]> keptHits = searchHits;
        int keptHit = currentHit;
        fill(view);
        if (!again) {
            focus = null;
            scroll.setVvalue(0);
            return;
        }
        buildAll(); // the place kept is measured on the whole text
        selection = keptSelection;
        searchHits = keptHits;
        currentHit = keptHit;
        views.forEach(v -> {
            if (focus != null) {
                v.addHighlight(focus);
            }
            keptHits.forEach(h -> v.addHighlight(new Highlight(h[0], h[1], Highlight.Kind.SEARCH, null)));
            v.drawMarks(selection);
        });
        hitsBar.setVisible(!keptHits.isEmpty());
        paragraphs.applyCss();
        paragraphs.layout();
        scroll.setVvalue(place);
    }

    private void fill(Workbench.ReportView view) {
        shown = view;
        selection = null;
        views.clear();
        unbuilt.clear();
        searchHits = List.of();
        hitsBar.setVisible(false);
        if (view == null) {
            showEmpty();
            return;
        }
        Report r = view.report();
        title.setText(r.title());
        meta.setText(String.join("  ·  ", nonBlank(languageName(r.language()),
                r.published() == null ? null : r.published().toString(), r.source(),
                r.file().equals(r.source()) ? null : r.file())));
        fillLegend(view);
        unbuiltHighlights = highlights(view);
        String text = r.text();
        int pos = 0;
        while (pos <= text.length()) {
            int next = text.indexOf("\n\n", pos);
            int end = next < 0 ? text.length() : next;
            if (end > pos) {
                unbuilt.add(new int[]{pos, end});
            }
            if (next < 0) {
                break;
            }
            pos = next + 2;
        }
        paragraphs.getChildren().clear();
        build(PARAGRAPHS_AT_ONCE);
        if (!unbuilt.isEmpty()) {
            builder.start();
        }
    }

    /**
     * Appends the next paragraphs of the shown report, one batch per frame, until all are built: a timer runs once
     * per pulse, where a chain of runLater calls may run back to back and hold the FX thread as long as building all.
     */
    private final javafx.animation.AnimationTimer builder = new javafx.animation.AnimationTimer() {
        @Override
        public void handle(long now) {
            build(PARAGRAPHS_AT_ONCE);
            if (unbuilt.isEmpty()) {
                stop();
            }
        }
    };

    /** Builds every paragraph not built yet: what finds a place in the text or marks across it needs them all. */
    private void buildAll() {
        build(Integer.MAX_VALUE);
    }

    private void build(int most) {
        if (unbuilt.isEmpty() || shown == null) {
            return;
        }
        String text = shown.report().text();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        while (!unbuilt.isEmpty() && nodes.size() < most) {
            int[] range = unbuilt.poll();
            ParagraphView p = new ParagraphView(text, range[0], range[1], unbuiltHighlights, themeStyle(shown, range[0], range[1]));
            views.add(p); // marks added later (a focus, search hits) come after buildAll, so reach every paragraph
            nodes.add(p);
        }
        paragraphs.getChildren().addAll(nodes);
    }

    /** Scrolls to a passage and marks it, e.g. the source of a figure or a search hit. */
    /** Sets the text size step (View ▸ Zoom); the sizes are the CSS's (.reader-body.zoom-N). */
    public void setZoom(int step) {
        paragraphs.getStyleClass().removeIf(c -> c.startsWith("zoom-"));
        paragraphs.getStyleClass().add("zoom-" + step);
    }

    /** The passage last revealed (marked as the focus) as {start, end}, or null when none is marked. */
    public int[] revealed() {
        return focus == null ? null : new int[]{focus.start(), focus.end()};
    }

    public void reveal(int start, int end) {
        buildAll();
        views.forEach(v -> v.removeHighlights(Highlight.Kind.FOCUS));
        focus = new Highlight(start, end, Highlight.Kind.FOCUS, null);
        views.forEach(v -> {
            v.addHighlight(focus);
            v.drawMarks(selection);
        });
        views.stream().filter(v -> v.end() >= start).findFirst().ifPresent(v -> {
            paragraphs.applyCss();
            paragraphs.layout();
            double y = v.getBoundsInParent().getMinY() + v.yOf(start);
            double content = paragraphs.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (content > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (content - viewport))));
            }
        });
    }

    /** Marks every search hit ({start, end} pairs) and shows a bar to step through them from the current one. */
    public void showSearchHits(List<int[]> hits, int start) {
        buildAll();
        searchHits = List.copyOf(hits);
        views.forEach(v -> {
            v.removeHighlights(Highlight.Kind.SEARCH);
            hits.forEach(h -> v.addHighlight(new Highlight(h[0], h[1], Highlight.Kind.SEARCH, null)));
            v.drawMarks(selection);
        });
        currentHit = 0;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i)[0] == start) {
                currentHit = i;
            }
        }
        hitsBar.setVisible(!hits.isEmpty());
        stepHit(0);
    }

    /** Moves to the next (+1) or previous (-1) search hit, wrapping around. */
    public void stepHit(int direction) {
        if (searchHits.isEmpty()) {
            return;
        }
        currentHit = Math.floorMod(currentHit + direction, searchHits.size());
        int[] h = searchHits.get(currentHit);
        hitsLabel.setText("Hit " + (currentHit + 1) + " of " + searchHits.size());
        reveal(h[0], h[1]);
    }

    public int currentHit() {
        return currentHit;
    }

    private void clearSearchHits() {
        searchHits = List.of();
        hitsBar.setVisible(false);
        views.forEach(v -> {
            v.removeHighlights(Highlight.Kind.SEARCH);
            v.drawMarks(selection);
        });
    }

    private HBox hitsBar() {
        Button previous = new Button(null, Icons.of(Feather.CHEVRON_UP));
        previous.setOnAction(e -> stepHit(-1));
        previous.setId("previous-hit");
        Button next = new Button(null, Icons.of(Feather.CHEVRON_DOWN));
        next.setOnAction(e -> stepHit(1));
        next.setId("next-hit");
        Button close = new Button(null, Icons.of(Feather.X));
        close.setOnAction(e -> clearSearchHits());
        for (Button b : List.of(previous, next, close)) {
            b.getStyleClass().addAll("flat", "button-icon");
        }
        hitsLabel.setId("hits-label");
        HBox bar = new HBox(6, hitsLabel, previous, next, close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("hits-bar");
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setVisible(false);
        return bar;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY) {
            if (actions == null || shown == null) {
                return;
            }
            int at = offsetAt(e);
            // a right click on a company's name outside the selection is about that name, not the selection
            boolean inSelection = selection != null && selection[0] <= at && at <= selection[1];
            java.util.Optional<ContextMenu> onName = inSelection ? java.util.Optional.empty() : mentionMenu(at);
            if (onName.isPresent()) {
                onName.get().show(this, e.getScreenX(), e.getScreenY());
            } else if (selection != null) {
                selectionMenu().show(this, e.getScreenX(), e.getScreenY());
            }
            return;
        }
        dragAnchor = offsetAt(e);
        selection = null;
        views.forEach(v -> v.drawMarks(null));
    }

    private void dragged(MouseEvent e) {
        int here = offsetAt(e);
        if (dragAnchor < 0 || here < 0 || here == dragAnchor) {
            return;
        }
        select(dragAnchor, here);
    }

    private int offsetAt(MouseEvent e) {
        buildAll();
        Point2D p = paragraphs.sceneToLocal(e.getSceneX(), e.getSceneY());
        for (ParagraphView v : views) {
            var b = v.getBoundsInParent();
            if (p.getY() <= b.getMaxY()) {
                return v.offsetAt(v.parentToLocal(p));
            }
        }
        return views.isEmpty() ? -1 : views.get(views.size() - 1).end();
    }

    /** On a company's name: open its profile. */
    private java.util.Optional<ContextMenu> mentionMenu(int offset) {
        return shown.mentions().stream().filter(m -> m.start() <= offset && offset < m.end()).findFirst().map(m -> {
            Company c = shown.companies().get(m.companyId());
            MenuItem profile = new MenuItem("Open profile of " + (c == null ? m.companyId() : c.name()));
            profile.setOnAction(x -> actions.openProfile(m.companyId()));
            return new ContextMenu(profile);
        });
    }

    private ContextMenu selectionMenu() {
        int[] s = selection.clone();
        MenuItem note = new MenuItem("Add note...");
        note.setOnAction(e -> actions.annotate(s[0], s[1]));
        Menu tag = new Menu("Tag with theme");
        for (Theme t : shown.themes()) {
            MenuItem item = new MenuItem(t.name());
            item.setOnAction(e -> actions.tagTheme(t.id(), s[0], s[1]));
            tag.getItems().add(item);
        }
        MenuItem figure = new MenuItem("Add figure from selection...");
        figure.setOnAction(e -> actions.addFigure(s[0], s[1]));
        ContextMenu menu = new ContextMenu(note, tag, figure);
        shown.mentions().stream().filter(m -> m.start() < s[1] && s[0] < m.end()).findFirst()
                .flatMap(m -> mentionMenu(m.start())).ifPresent(m -> menu.getItems().addAll(m.getItems()));
        return menu;
    }

    private static List<Highlight> highlights(Workbench.ReportView view) {
        List<Highlight> out = new ArrayList<>();
        Map<String, Company> companies = view.companies();
        for (Mention m : view.mentions()) {
            Company c = companies.get(m.companyId());
            String name = c == null ? m.companyId() : c.name();
            boolean discovered = c != null && c.discovered();
            out.add(new Highlight(m.start(), m.end(), Highlight.Kind.MENTION,
                    name + (m.product() ? " (product)" : "") + (m.fuzzy() ? " (near-miss spelling)" : "")
                            + (discovered ? " · new: " + app.dossier.ui.common.NewMark.TIP : ""),
                    discovered ? "hl-new" : null));
        }
        for (Figure f : view.figures()) {
            if (f.status() != ReviewStatus.REJECTED) {
                out.add(new Highlight(f.start(), f.end(), Highlight.Kind.FIGURE, f.metric()));
            }
        }
        for (Annotation a : view.annotations()) {
            if (!a.orphaned()) {
                out.add(new Highlight(a.start(), a.end(), Highlight.Kind.ANNOTATION, a.note(),
                        a.color() == null ? null : "note-" + a.color()));
            }
        }
        return out;
    }

    /** One swatch and name per theme marked in this report's margin, in the colours of the margin. */
    private void fillLegend(Workbench.ReportView view) {
        List<javafx.scene.Node> entries = new ArrayList<>();
        List<Theme> themes = view.themes();
        for (int i = 0; i < themes.size(); i++) {
            String id = themes.get(i).id();
            if (view.themeTags().stream().anyMatch(t -> t.status() != ReviewStatus.REJECTED && t.themeId().equals(id))) {
                javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
                swatch.getStyleClass().addAll("legend-swatch", "theme-" + (i % 6));
                Label name = new Label(themes.get(i).name(), swatch);
                name.getStyleClass().add("legend-entry");
                entries.add(name);
            }
        }
        if (!entries.isEmpty()) {
            Label heading = new Label("Margin:");
            heading.getStyleClass().add("text-muted");
            entries.add(0, heading);
        }
        legend.getChildren().setAll(entries);
        legend.setVisible(!entries.isEmpty());
        legend.setManaged(!entries.isEmpty());
    }

    private static String themeStyle(Workbench.ReportView view, int start, int end) {
        List<Theme> themes = view.themes();
        for (ThemeTag t : view.themeTags()) {
            if (t.status() != ReviewStatus.REJECTED && t.start() < end && t.end() > start) {
                int i = 0;
                for (Theme th : themes) {
                    if (th.id().equals(t.themeId())) {
                        return "theme-" + (i % 6);
                    }
                    i++;
                }
            }
        }
        return null;
    }

    private void showEmpty() {
        legend.getChildren().clear();
        legend.setVisible(false);
        legend.setManaged(false);
        title.setText("No report open");
        meta.setText("Pick a report in the library, or import one with Ctrl+O.");
        paragraphs.getChildren().clear();
    }

    public static String languageName(String code) {
        return switch (Objects.toString(code, "")) {
            case "de" -> "German";
            case "en" -> "English";
            case "zh-Hans" -> "Chinese (simplified)";
            case "zh-Hant" -> "Chinese (traditional)";
            default -> "Other language";
        };
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}
