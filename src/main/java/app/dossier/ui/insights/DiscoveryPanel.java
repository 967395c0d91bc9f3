package app.dossier.ui.insights;

import app.dossier.library.insights.LibraryInsights.Candidate;
import app.dossier.model.Company;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.NewMark;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/**
 * Companies discovery found that the registry lacks, already tagged and carrying their figures:
 * accept (adds them to the registry) or reject (removes their mentions and attributions).
 */
final class DiscoveryPanel extends VBox {
    private final InsightsView view;
    private final ListView<Candidate> list = new ListView<>();
    private final Label summary = new Label();

    DiscoveryPanel(InsightsView view) {
        this.view = view;
        list.setId("candidate-list");
        list.setCellFactory(l -> new CandidateCell());
        list.setPlaceholder(new Label("No new companies to review"));
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    void show(InsightsViewModel data) {
        List<Candidate> suggested = data.suggestedCandidates();
        list.getItems().setAll(suggested);
        summary.setText(suggested.size() + (suggested.size() == 1 ? " company" : " companies")
                + " found in the reports that the registry does not know, marked new. They are tagged and carry "
                + "their figures already. Accept to add one to the registry, reject to drop it with its mentions "
                + "and figure attributions (both undoable).");
    }

    /** Accepts or rejects a discovered company as one decision. */
    static void decide(InsightsView view, Company company, boolean accept) {
        view.model().decide(company, accept);
        if (accept) {
            view.offerRetag("Added " + company.name() + " to the registry: re-run tagging so every report finds it.");
        }
    }

    static Button acceptButton(InsightsView view, Company company) {
        Button accept = new Button("Accept", Icons.of(Feather.CHECK));
        accept.getStyleClass().addAll("small", "success");
        accept.setOnAction(e -> decide(view, company, true));
        return accept;
    }

    static Button rejectButton(InsightsView view, Company company) {
        Button reject = new Button("Reject", Icons.of(Feather.X));
        reject.getStyleClass().addAll("small", "flat");
        reject.setOnAction(e -> decide(view, company, false));
        return reject;
    }

    private final class CandidateCell extends ListCell<Candidate> {
        @Override
        protected void updateItem(Candidate c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(c.name());
            name.getStyleClass().add("candidate-name");
            Button accept = acceptButton(view, c.company());
            accept.setId("accept-" + c.company().id());
            Button reject = rejectButton(view, c.company());
            reject.setId("reject-" + c.company().id());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label seen = new Label(c.occurrences() + "× in " + c.reports() + (c.reports() == 1 ? " report" : " reports"));
            seen.getStyleClass().addAll("badge");
            HBox head = new HBox(8, name, NewMark.create(), seen, gap, accept, reject);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(3, head);
            card.getStyleClass().add("candidate-card");
            if (!c.company().aliases().isEmpty()) {
                Label also = new Label("also: " + String.join(", ", c.company().aliases()));
                also.getStyleClass().add("text-muted");
                card.getChildren().add(also);
            }
            if (c.context() != null) {
                Text before = new Text(c.context().before());
                Text marked = new Text(c.context().marked());
                marked.getStyleClass().add("passage-mark");
                Text after = new Text(c.context().after());
                before.getStyleClass().add("passage-text");
                after.getStyleClass().add("passage-text");
                TextFlow flow = new TextFlow(before, marked, after);
                flow.prefWidthProperty().bind(list.widthProperty().subtract(40));
                flow.setMaxWidth(Region.USE_PREF_SIZE);
                Label report = new Label(c.context().reportTitle());
                report.getStyleClass().add("passage-report");
                report.setGraphic(Icons.of(Feather.FILE_TEXT));
                flow.setOnMouseClicked(e -> view.navigator().openAt(c.context().reportId(), c.context().start(),
                        c.context().end()));
                flow.setCursor(javafx.scene.Cursor.HAND);
                card.getChildren().addAll(report, flow);
            }
            setText(null);
            setGraphic(card);
        }
    }
}
