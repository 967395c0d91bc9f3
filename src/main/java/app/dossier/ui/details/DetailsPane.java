package app.dossier.ui.details;

import app.dossier.journal.Commands;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The side panel of the open report: its details, companies, themes, figures and notes. */
public final class DetailsPane extends TabPane {
    private final Workbench workbench;
    private final BiConsumer<Integer, Integer> reveal;
    private final TextField title = new TextField();
    private final DatePicker published = new DatePicker();
    private final TextField source = new TextField();
    private final ListView<Map.Entry<Company, List<Mention>>> companies = new ListView<>();
    private final ListView<ThemeTag> themes = new ListView<>();
    private final ListView<Figure> figures = new ListView<>();
    private final ListView<Annotation> notes = new ListView<>();
    private Map<String, Theme> themeById = Map.of();
    private static final double MIN_WIDTH = 400;

    private final Consumer<String> openProfile;

    public DetailsPane(Workbench workbench, BiConsumer<Integer, Integer> reveal, Consumer<String> filterByCompany,
                       Consumer<Report> delete, Consumer<String> openProfile) {
        this.openProfile = openProfile;
        this.workbench = workbench;
        this.reveal = reveal;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // as wide as its five tab headers: narrower, tabs hide in a menu and the ✓ ✕ rows have no room
        setMinWidth(MIN_WIDTH);
        getTabs().addAll(
                new Tab("Details", detailsForm(delete)),
                new Tab("Companies", companiesList(filterByCompany)),
                new Tab("Themes", themesList()),
                new Tab("Figures", figuresList()),
                new Tab("Notes", notesList()));
        getTabs().forEach(t -> t.setId("tab-" + t.getText().toLowerCase()));
        workbench.currentProperty().addListener((o, a, b) -> show(b));
        // a report opened before the cited sources were read lists them until then: list again when they arrive
        workbench.summariesReadProperty().addListener((o, a, b) -> showCompanies(workbench.currentProperty().get()));
        show(null);
    }

    private void show(Workbench.ReportView view) {
        setDisable(view == null);
        if (view == null) {
            title.clear();
            source.clear();
            published.setValue(null);
            companies.getItems().clear();
            themes.getItems().clear();
            figures.getItems().clear();
            notes.getItems().clear();
            return;
        }
        Report r = view.report();
        title.setText(r.title());
        source.setText(r.source());
        published.setValue(r.published());
        showCompanies(view);
        Map<String, Theme> t = new LinkedHashMap<>();
        view.themes().forEach(x -> t.put(x.id(), x));
        themeById = t;
        themes.getItems().setAll(view.themeTags());
        figures.getItems().setAll(view.figures());
        notes.getItems().setAll(view.annotations());
    }

    /** The report's companies, without the publishers it only cites (known once the library's summary is read). */
    private void showCompanies(Workbench.ReportView view) {
        if (view == null) {
            return;
        }
        Map<Company, List<Mention>> byCompany = new LinkedHashMap<>();
        for (Mention m : view.mentions()) {
            if (workbench.isCitedSource(m.companyId())) {
                continue; // a publisher cited as a source is highlighted in the text, not listed as a company
            }
            Company c = view.companies().getOrDefault(m.companyId(), Company.unknown(m.companyId()));
            byCompany.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(m);
        }
        companies.getItems().setAll(byCompany.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size()).toList());
    }

    private VBox detailsForm(Consumer<Report> delete) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Published"), published);
        grid.addRow(2, new Label("Source"), source);
        GridPane.setHgrow(title, Priority.ALWAYS);
        title.setId("meta-title");
        Button save = new Button("Save details", Icons.of(Feather.CHECK));
        save.setId("save-details");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            Report r = workbench.currentProperty().get().report();
            workbench.execute(new Commands.EditReportMetadata(r.id(),
                    new Commands.ReportMetadata(r.title(), r.published(), r.source()),
                    new Commands.ReportMetadata(title.getText().strip(), published.getValue(), source.getText().strip())));
        });
        Button remove = new Button("Delete report...", Icons.of(Feather.TRASH_2));
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> delete.accept(workbench.currentProperty().get().report()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(12, grid, new VersionsBox(workbench), new HBox(8, save, gap, remove));
        box.setPadding(new Insets(12));
        return box;
    }

    private VBox companiesList(Consumer<String> filterByCompany) {
        companies.setId("details-companies");
        companies.setCellFactory(l -> new app.dossier.ui.common.FittingListCell<>() {
            @Override
            protected void updateItem(Map.Entry<Company, List<Mention>> item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label count = new Label(String.valueOf(item.getValue().size()));
                count.getStyleClass().add("badge");
                Label name = new Label(item.getKey().name());
                boolean fuzzy = item.getValue().stream().anyMatch(Mention::fuzzy);
                if (fuzzy) {
                    name.setText(name.getText() + "  (near-miss spelling)");
                }
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox row = new HBox(6, name, gap, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
        int[] cycle = {0};
        companies.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> cycle[0] = 0);
        companies.setOnMouseClicked(e -> {
            var item = companies.getSelectionModel().getSelectedItem();
            if (item != null) {
                Mention m = item.getValue().get(cycle[0]++ % item.getValue().size());
                reveal.accept(m.start(), m.end());
            }
        });
        javafx.scene.control.MenuItem profile = new javafx.scene.control.MenuItem("Open profile");
        profile.setOnAction(e -> {
            var item = companies.getSelectionModel().getSelectedItem();
            if (item != null) {
                openProfile.accept(item.getKey().id());
            }
        });
        companies.setContextMenu(new javafx.scene.control.ContextMenu(profile));
        Button filter = new Button("Reports mentioning it", Icons.of(Feather.FILTER));
        filter.setOnAction(e -> {
            var item = companies.getSelectionModel().getSelectedItem();
            if (item != null) {
                filterByCompany.accept(item.getKey().id());
            }
        });
        Label hint = new Label("Click a company to step through its mentions.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(companies, Priority.ALWAYS);
        VBox box = new VBox(8, hint, companies, filter);
        box.setPadding(new Insets(8));
        return box;
    }

    private VBox themesList() {
        themes.setCellFactory(l -> new DecisionCell<>(
                t -> themeById.containsKey(t.themeId()) ? themeById.get(t.themeId()).name() : t.themeId(),
                t -> excerpt(t.start(), t.end()),
                ThemeTag::status,
                (t, status) -> workbench.execute(new Commands.PutThemeTag(t, t.withStatus(status)))));
        themes.setOnMouseClicked(e -> {
            ThemeTag t = themes.getSelectionModel().getSelectedItem();
            if (t != null) {
                reveal.accept(t.start(), t.end());
            }
        });
        VBox.setVgrow(themes, Priority.ALWAYS);
        VBox box = new VBox(8, themes);
        box.setPadding(new Insets(8));
        return box;
    }

    private VBox figuresList() {
        figures.setCellFactory(l -> new DecisionCell<>(
                f -> Formats.metricName(f.metric()) + " · " + companyName(f.companyId()) + " · " + Formats.value(f),
                Figure::quote,
                Figure::status,
                (f, status) -> workbench.execute(new Commands.PutFigure(f, f.withStatus(status)))));
        figures.setOnMouseClicked(e -> {
            Figure f = figures.getSelectionModel().getSelectedItem();
            if (f != null) {
                reveal.accept(f.start(), f.end());
            }
        });
        VBox.setVgrow(figures, Priority.ALWAYS);
        VBox box = new VBox(8, figures);
        box.setPadding(new Insets(8));
        return box;
    }

    private VBox notesList() {
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label quote = new Label("“" + a.quote() + "”");
                quote.setWrapText(true);
                quote.getStyleClass().add("text-muted");
                Label note = new Label(a.note() + (a.tags().isEmpty() ? "" : "   #" + String.join(" #", a.tags()))
                        + (a.orphaned() ? "   (passage not found after re-processing)" : ""));
                note.setWrapText(true);
                VBox v = new VBox(2, note, quote);
                v.setMaxWidth(320);
                setGraphic(v);
            }
        });
        notes.setOnMouseClicked(e -> {
            Annotation a = notes.getSelectionModel().getSelectedItem();
            if (a != null) {
                reveal.accept(a.start(), a.end());
            }
        });
        Button delete = new Button("Delete note", Icons.of(Feather.TRASH));
        delete.setOnAction(e -> {
            Annotation a = notes.getSelectionModel().getSelectedItem();
            if (a != null) {
                workbench.execute(new Commands.PutAnnotation(a, null));
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        VBox box = new VBox(8, notes, delete);
        box.setPadding(new Insets(8));
        return box;
    }

    private String companyName(String id) {
        if (id == null) {
            return "no company";
        }
        var view = workbench.currentProperty().get();
        Company c = view == null ? null : view.companies().get(id);
        return c == null ? id : c.name();
    }

    private String excerpt(int start, int end) {
        var view = workbench.currentProperty().get();
        if (view == null) {
            return "";
        }
        String text = view.report().text();
        String s = text.substring(Math.max(0, start), Math.min(text.length(), end)).replace('\n', ' ');
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }

    /** A row with a suggestion the user confirms or rejects; the three states look different. */
    private static final class DecisionCell<T> extends app.dossier.ui.common.FittingListCell<T> {
        private final java.util.function.Function<T, String> head;
        private final java.util.function.Function<T, String> body;
        private final java.util.function.Function<T, ReviewStatus> status;
        private final BiConsumer<T, ReviewStatus> decide;

        DecisionCell(java.util.function.Function<T, String> head, java.util.function.Function<T, String> body,
                     java.util.function.Function<T, ReviewStatus> status, BiConsumer<T, ReviewStatus> decide) {
            this.head = head;
            this.body = body;
            this.status = status;
            this.decide = decide;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            Arrays.stream(ReviewStatus.values()).map(ReviewStatus::code).forEach(getStyleClass()::remove);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            ReviewStatus st = status.apply(item);
            getStyleClass().add(st.code());
            Label h = new Label(head.apply(item));
            h.getStyleClass().add("decision-head");
            h.setWrapText(true);
            h.setMinWidth(0);
            h.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(h, Priority.ALWAYS);
            Label b = new Label(body.apply(item));
            b.setWrapText(true);
            b.getStyleClass().add("text-muted");
            b.setMinWidth(0);
            Button confirm = new Button(null, Icons.of(Feather.CHECK));
            confirm.setTooltip(new Tooltip("Confirm"));
            confirm.getStyleClass().addAll("button-icon", "flat", "success");
            confirm.setOnAction(e -> decide.accept(item, st == ReviewStatus.CONFIRMED ? ReviewStatus.SUGGESTED : ReviewStatus.CONFIRMED));
            Button reject = new Button(null, Icons.of(Feather.X));
            reject.setTooltip(new Tooltip("Reject"));
            reject.getStyleClass().addAll("button-icon", "flat", "danger");
            reject.setOnAction(e -> decide.accept(item, st == ReviewStatus.REJECTED ? ReviewStatus.SUGGESTED : ReviewStatus.REJECTED));
            Label badge = new Label(st.code());
            badge.getStyleClass().addAll("status-badge", "status-" + st.code());
            HBox top = new HBox(6, h, badge, confirm, reject);
            top.setAlignment(Pos.CENTER_LEFT);
            for (javafx.scene.Node fixed : List.of(badge, confirm, reject)) {
                ((Region) fixed).setMinWidth(Region.USE_PREF_SIZE);
            }
            setGraphic(new VBox(2, top, b));
            setText(null);
        }
    }
}
