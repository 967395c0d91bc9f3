package app.dossier.ui.overview;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.figures.ledger.FigureText;
import app.dossier.library.overview.Overview;
import app.dossier.library.profile.ProfileText;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.common.ShownOnly;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * What the window shows first: what is new since the last visit, the most mentioned companies and themes, the
 * latest burn and runway; every line one click from its details. An empty library shows how to start.
 * The last-visit marker is read once per library opened (and moved to now), so the news stays put while
 * the user works through it.
 */
public final class OverviewView extends ScrollPane {
    /** Where the overview's lines lead beyond a passage, a profile or a filter. */
    public record Destinations(Runnable library, Runnable ledger, Runnable companies, Runnable importFiles,
                               Runnable samples) {
    }

    private final Workbench workbench;
    private final Navigator navigator;
    private final Destinations to;
    private final FlowPane cards = new FlowPane(16, 16);
    private final ShownOnly reload = new ShownOnly(this, this::reload);
    private final OverviewViewModel model;
    private Overview shown;

    public OverviewView(Workbench workbench, Navigator navigator, Destinations to) {
        this.workbench = workbench;
        this.navigator = navigator;
        this.to = to;
        this.model = new OverviewViewModel(workbench);
        setId("overview-view");
        getStyleClass().add("overview-view");
        setFitToWidth(true);
        cards.setPadding(new Insets(16));
        cards.setId("overview-cards");
        setContent(cards);
        workbench.revisionProperty().addListener((o, a, b) -> reload.request());
    }

    public Overview shown() {
        return shown;
    }

    private void reload() {
        if (cards.getChildren().isEmpty() && workbench.loadedProperty().get()) {
            // at 10,000 reports the cards take seconds to count (every figure and mention): say so, not a blank page
            Label reading = new Label("Counting what the library holds…");
            reading.setId("overview-reading");
            reading.getStyleClass().add("text-muted");
            cards.getChildren().setAll(reading);
        }
        model.read(this::show, e -> cards.getChildren().setAll(new Label(Failures.logged("The overview could not be read", e))));
    }

    private void show(Overview o) {
        shown = o;
        if (o.empty()) {
            cards.getChildren().setAll(emptyLibrary());
            return;
        }
        cards.getChildren().setAll(news(o), companies(o), themes(o), runway(o));
    }

    private Node emptyLibrary() {
        Button importFiles = new Button("Import files…", Icons.of(Feather.FILE_PLUS));
        importFiles.setOnAction(e -> to.importFiles().run());
        importFiles.setId("overview-import");
        Button samples = new Button("Add sample reports", Icons.of(Feather.BOOK_OPEN));
        samples.setOnAction(e -> to.samples().run());
        samples.setId("overview-samples");
        Label how = new Label("Import reports (txt, md, html, pdf; Ctrl+O, or drop files on the window), or start with "
                + "a few short sample reports in German, English and Chinese. Dossier then finds their companies, "
                + "themes and figures; this page will say what is new each time you come back.");
        how.setWrapText(true);
        return card("Your library is empty", "overview-empty", how, new FlowPane(8, 8, importFiles, samples));
    }

    private Node news(Overview o) {
        Overview.New n = o.news();
        String title = o.since() == null ? "In your library" : "New since your last visit ("
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(o.since()) + ")";
        List<Node> lines = new ArrayList<>();
        lines.add(link(count(n.reports(), "report imported", "reports imported"), "overview-new-reports", to.library()));
        n.newest().forEach(r -> lines.add(indented(link(r.title(), null, () -> navigator.openAt(r.id(), 0, 0)))));
        lines.add(link(count(n.figuresWaiting(), "figure waiting for review", "figures waiting for review")
                + (n.figuresToReview() == 0 ? "" : " (" + n.figuresToReview() + " flagged after re-processing)"),
                "overview-figures-waiting", to.ledger()));
        lines.add(link(o.since() == null ? "Conflicts between reports: in the ledger"
                        : count(n.conflicts().size(), "new conflict between reports", "new conflicts between reports"),
                "overview-conflicts", to.ledger()));
        n.conflicts().stream().limit(5).forEach(k -> lines.add(indented(link(conflict(k), null,
                () -> navigator.openAt(k.second().reportId(), k.second().start(), k.second().end())))));
        lines.add(link(count(n.discovered().size(), "company discovered", "companies discovered")
                + " (" + n.discoveredUndecided() + " waiting for your decision)", "overview-discovered", to.companies()));
        n.discovered().stream().limit(5).forEach(d -> lines.add(indented(link(d.name(), null, () -> navigator.openProfile(d.id())))));
        return card(title, "overview-news", lines.toArray(Node[]::new));
    }

    private Node companies(Overview o) {
        List<Node> lines = new ArrayList<>();
        o.companies().forEach(c -> lines.add(link(c.name() + " — " + count(c.count(), "mention", "mentions") + " in "
                + count(c.reports(), "report", "reports"), null, () -> navigator.openProfile(c.id()))));
        return card("Most mentioned companies", "overview-companies", lines.toArray(Node[]::new));
    }

    private Node themes(Overview o) {
        List<Node> lines = new ArrayList<>();
        o.themes().forEach(t -> lines.add(link(t.name() + " — " + count(t.count(), "passage", "passages") + " in "
                + count(t.reports(), "report", "reports"), null, () -> navigator.filterLibraryByTheme(t.id()))));
        return card("Most present themes", "overview-themes", lines.toArray(Node[]::new));
    }

    private Node runway(Overview o) {
        List<Node> lines = new ArrayList<>();
        o.runway().forEach(r -> lines.add(link(r.companyName() + ": " + ProfileText.runway(r.estimate()), null,
                () -> navigator.openProfile(r.estimate().companyId()))));
        if (lines.isEmpty()) {
            lines.add(muted("No company has both cash and a monthly burn yet"));
        }
        return card("Burn and runway", "overview-runway", lines.toArray(Node[]::new));
    }

    private static String conflict(Conflicts.Conflict k) {
        return ProfileText.metric(k.metric()) + ": " + FigureText.normalised(k.first()) + " against "
                + FigureText.normalised(k.second());
    }

    private static VBox card(String title, String id, Node... lines) {
        Label head = new Label(title);
        head.getStyleClass().add("title-4");
        VBox card = new VBox(6);
        card.getChildren().add(head);
        card.getChildren().addAll(lines);
        card.getStyleClass().add("overview-card");
        card.setId(id);
        card.setPadding(new Insets(12));
        card.setPrefWidth(420);
        return card;
    }

    private static Hyperlink link(String text, String id, Runnable action) {
        Hyperlink h = new Hyperlink(text);
        h.setWrapText(true);
        h.setOnAction(e -> action.run());
        if (id != null) {
            h.setId(id);
        }
        return h;
    }

    private static Node indented(Node n) {
        VBox box = new VBox(n);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
