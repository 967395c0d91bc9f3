package app.dossier.ui.insights;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.insights.LibraryInsights;
import app.dossier.library.insights.LibraryInsights.Candidate;
import app.dossier.model.Company;
import app.dossier.model.Ids;
import app.dossier.ui.common.Icons;
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

import java.util.ArrayList;
import java.util.List;

/** Names discovery found that the registry lacks: accept (adds the company) or reject (remembered). */
final class DiscoveryPanel extends VBox {
    private final InsightsView view;
    private final ListView<Candidate> list = new ListView<>();
    private final Label summary = new Label();

    DiscoveryPanel(InsightsView view) {
        this.view = view;
        list.setId("candidate-list");
        list.setCellFactory(l -> new CandidateCell());
        list.setPlaceholder(new Label("No new names to review"));
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    void show(LibraryInsights data) {
        List<Candidate> suggested = data.suggestedCandidates();
        list.getItems().setAll(suggested);
        summary.setText(suggested.size() + (suggested.size() == 1 ? " name looks" : " names look")
                + " like companies the registry does not know yet. Accept to add one (then re-run tagging so "
                + "every report finds it), reject to stop it being offered. " + data.decidedCandidates()
                + " decided before.");
    }

    /** Adds the company (unless its id is taken: then the name becomes an alias) and marks the name accepted. */
    static UserCommand accept(Candidate c, java.util.Map<String, Company> registry) {
        String id = Ids.slug(c.name());
        Company existing = registry.get(id);
        List<UserCommand> steps = new ArrayList<>();
        if (existing == null) {
            steps.add(new Commands.PutCompany(null,
                    new Company(id, c.name(), List.of(), List.of(), "other", "discovered")));
        } else if (!existing.name().equals(c.name()) && !existing.aliases().contains(c.name())) {
            List<String> aliases = new ArrayList<>(existing.aliases());
            aliases.add(c.name());
            steps.add(new Commands.PutCompany(existing, new Company(existing.id(), existing.name(), aliases,
                    existing.products(), existing.kind(), existing.origin())));
        }
        steps.add(new Commands.SetCandidateStatus(c.name(), c.status(), "accepted"));
        return new Commands.Batch("Accept company " + c.name(), steps);
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
            Button accept = new Button("Accept", Icons.of(Feather.CHECK));
            accept.getStyleClass().addAll("small", "success");
            accept.setId("accept-" + Ids.slug(c.name()));
            accept.setOnAction(e -> {
                view.workbench().execute(accept(c, view.data().companies()));
                view.offerRetag("Added " + c.name() + " to the registry.");
            });
            Button reject = new Button("Reject", Icons.of(Feather.X));
            reject.getStyleClass().addAll("small", "flat");
            reject.setOnAction(e -> view.workbench().execute(
                    new Commands.SetCandidateStatus(c.name(), c.status(), "rejected")));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label seen = new Label(c.occurrences() + "× in " + c.reports() + (c.reports() == 1 ? " report" : " reports"));
            seen.getStyleClass().addAll("badge");
            HBox head = new HBox(8, name, seen, gap, accept, reject);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(3, head);
            card.getStyleClass().add("candidate-card");
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
