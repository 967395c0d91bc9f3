package app.dossier.ui.insights;

import app.dossier.journal.Commands;
import app.dossier.library.insights.LibraryInsights.ThemeCount;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/** Every theme of the codebook with its tagged passages; each passage can be confirmed or rejected. */
final class ThemesPanel extends SplitPane {
    private final InsightsView view;
    private final ListView<ThemeCount> list = new ListView<>();
    private final Label title = new Label("Choose a theme");
    private final Label subtitle = new Label();
    private final CheckBox showRejected = new CheckBox("Show rejected passages");
    private final Button showReports = new Button("Show reports with it", Icons.of(Feather.FILTER));
    private final Button edit = new Button("Edit…", Icons.of(Feather.EDIT_2));
    private final PassageList passages;
    private InsightsViewModel data;

    ThemesPanel(InsightsView view) {
        this.view = view;
        passages = new PassageList(view.navigator(), "The passages tagged with the theme appear here");
        passages.setId("theme-passages");
        passages.onDecision((tag, status) ->
                view.workbench().execute(new Commands.PutThemeTag(tag, tag.withStatus(status))));
        list.setId("theme-list");
        list.setCellFactory(l -> new ThemeCell());
        list.setPlaceholder(new Label("The codebook has no themes"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showPassages(b));
        VBox left = new VBox(6, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        title.getStyleClass().add("title-3");
        title.setId("theme-title");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        showReports.getStyleClass().add("small");
        showReports.setId("theme-show-reports");
        showReports.setOnAction(e -> selected().ifPresent(t -> view.navigator().filterLibraryByTheme(t.id())));
        edit.getStyleClass().add("small");
        edit.setId("theme-edit");
        edit.setOnAction(e -> selected().ifPresent(view::editTheme));
        showRejected.setOnAction(e -> showPassages(list.getSelectionModel().getSelectedItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, showReports, edit, gap, showRejected);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, title, subtitle, actions, passages);
        VBox.setVgrow(passages, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.28);
        SplitPane.setResizableWithParent(left, false);
        showPassages(null);
    }

    private Optional<Theme> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(ThemeCount::theme);
    }

    void show(InsightsViewModel insights) {
        data = insights;
        String keep = selected().map(Theme::id).orElse(null);
        list.getItems().setAll(insights.themeCounts());
        list.getItems().stream().filter(t -> t.theme().id().equals(keep)).findFirst()
                .or(() -> list.getItems().stream().findFirst())
                .ifPresentOrElse(t -> list.getSelectionModel().select(t), () -> showPassages(null));
    }

    private void showPassages(ThemeCount t) {
        showReports.setDisable(t == null);
        edit.setDisable(t == null);
        if (t == null) {
            title.setText("Choose a theme");
            subtitle.setText("Confirm or reject each passage; click one to read it in its report.");
            passages.getItems().clear();
            return;
        }
        title.setText(t.theme().name());
        String desc = t.theme().description() == null ? "" : t.theme().description() + "  ";
        subtitle.setText(desc + "(" + t.confirmed() + " confirmed, " + t.suggested() + " suggested, "
                + t.rejected() + " rejected)");
        int top = firstVisible();
        passages.show(data.themePassages(t.theme().id(), showRejected.isSelected()), view.currentReportId());
        // keep the user's place in the list after a decision reloaded it
        if (top > 0) {
            passages.scrollTo(Math.min(top, passages.getItems().size() - 1));
        }
    }

    private int firstVisible() {
        var flow = passages.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> vf && vf.getFirstVisibleCell() != null) {
            return vf.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    private static final class ThemeCell extends ListCell<ThemeCount> {
        @Override
        protected void updateItem(ThemeCount t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(t.theme().name());
            name.getStyleClass().add("theme-name");
            if (t.theme().origin() == ThemeOrigin.USER) {
                name.setGraphic(Icons.of(Feather.USER));
            }
            // every number says what it counts: "11 here 0 27" meant nothing to a reader
            HBox counts = new HBox(6);
            if (t.inReport() > 0) {
                counts.getChildren().add(count(t.inReport() + " here", "badge count-here", "Passages in the open report"));
            }
            counts.getChildren().addAll(
                    count(t.confirmed() + " confirmed", "status-badge status-confirmed", "Confirmed passages in the library"),
                    count(t.suggested() + " to review", "status-badge status-suggested", "Suggested passages nobody has reviewed yet"));
            counts.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(3, name, counts);
            setText(null);
            setGraphic(row);
        }

        private static Label count(String text, String styles, String tip) {
            Label l = new Label(text);
            l.getStyleClass().addAll(styles.split(" "));
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setTooltip(new Tooltip(tip));
            return l;
        }
    }
}
