package app.dossier.ui.insights;

import app.dossier.library.insights.Passage;
import app.dossier.model.ReviewStatus;
import app.dossier.model.ThemeTag;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Navigator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Passages as cards: report title, flags, the excerpt with the mention in bold. A click (or Enter)
 * opens the reader at the passage. With a decision handler, theme passages carry Confirm / Reject.
 */
final class PassageList extends ListView<Passage> {
    private final Navigator navigator;
    private BiConsumer<ThemeTag, ReviewStatus> decide;

    PassageList(Navigator navigator, String placeholder) {
        this.navigator = navigator;
        getStyleClass().add("passage-list");
        setPlaceholder(new Label(placeholder));
        setCellFactory(l -> new PassageCell());
        app.dossier.ui.common.KeyHints.declare("Companies & themes", "Enter", "Open the selected passage in the reader");
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open(getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Shows Confirm / Reject on theme passages; the handler gets the tag and the new status. */
    void onDecision(BiConsumer<ThemeTag, ReviewStatus> handler) {
        this.decide = handler;
    }

    /** Shows the passages, those of the open report first (each group keeps library order). */
    void show(java.util.List<Passage> passages, String currentReportId) {
        java.util.List<Passage> ordered = new java.util.ArrayList<>(passages);
        ordered.sort(java.util.Comparator.comparing(p -> !p.reportId().equals(currentReportId)));
        getItems().setAll(ordered);
    }

    void open(Passage p) {
        navigator.openAt(p.reportId(), p.start(), p.end());
    }

    private final class PassageCell extends ListCell<Passage> {
        PassageCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null && !isEmpty()
                        && !(e.getTarget() instanceof Button) && !insideButton(e.getPickResult().getIntersectedNode())) {
                    open(getItem());
                }
            });
        }

        private boolean insideButton(javafx.scene.Node n) {
            for (javafx.scene.Node x = n; x != null && x != this; x = x.getParent()) {
                if (x instanceof Button) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void updateItem(Passage p, boolean empty) {
            super.updateItem(p, empty);
            Arrays.stream(ReviewStatus.values()).map(ReviewStatus::code).forEach(getStyleClass()::remove);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label report = new Label(p.reportTitle());
            report.getStyleClass().add("passage-report");
            report.setGraphic(Icons.of(Feather.FILE_TEXT));
            // a long title gives way (ellipsis) so the flags and the decision buttons stay visible
            report.setMinWidth(0);
            HBox.setHgrow(report, Priority.SOMETIMES);
            HBox head = new HBox(6, report);
            head.setAlignment(Pos.CENTER_LEFT);
            if (p.mention() != null && p.mention().fuzzy()) {
                head.getChildren().add(flag("near-miss spelling", "passage-flag-fuzzy",
                        "Matched a spelling close to a known name: check it is really this company"));
            }
            if (p.mention() != null && p.mention().product()) {
                head.getChildren().add(flag("via product", "passage-flag-product",
                        "Named through one of its products"));
            }
            ThemeTag tag = p.tag();
            if (tag != null && decide != null) {
                getStyleClass().add(tag.status().code());
                Label status = new Label(tag.status().code());
                status.getStyleClass().addAll("status-badge", "status-" + tag.status().code());
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button confirm = action("Confirm", Feather.CHECK, ReviewStatus.CONFIRMED, tag);
                Button reject = action("Reject", Feather.X, ReviewStatus.REJECTED, tag);
                for (javafx.scene.Node n : List.of(status, confirm, reject)) {
                    ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
                }
                head.getChildren().addAll(status, gap, confirm, reject);
            }
            Text before = new Text(p.before());
            Text marked = new Text(p.marked());
            marked.getStyleClass().add("passage-mark");
            Text after = new Text(p.after());
            before.getStyleClass().add("passage-text");
            after.getStyleClass().add("passage-text");
            TextFlow excerpt = new TextFlow(before, marked, after);
            excerpt.getStyleClass().add("passage-excerpt");
            VBox card = new VBox(3, head, excerpt);
            card.getStyleClass().add("passage-card");
            card.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            card.setMaxWidth(Region.USE_PREF_SIZE);
            card.setMinWidth(0);
            setText(null);
            setGraphic(card);
        }

        private Label flag(String text, String style, String tip) {
            Label l = new Label(text);
            l.getStyleClass().addAll("passage-flag", style);
            l.setTooltip(new Tooltip(tip));
            return l;
        }

        private Button action(String text, Feather icon, ReviewStatus status, ThemeTag tag) {
            Button b = new Button(text, Icons.of(icon));
            b.getStyleClass().addAll("small", "flat", "decision-" + status.code());
            b.setDisable(status == tag.status());
            b.setOnAction(e -> decide.accept(tag, status));
            return b;
        }
    }
}
