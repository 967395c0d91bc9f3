package app.dossier.ui.profile;

import app.dossier.charts.CompanyMoneyChart;
import app.dossier.library.profile.CompanyProfile.TimelinePoint;
import app.dossier.library.profile.CompanyProfile;
import app.dossier.library.profile.ProfileText;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.ReviewStatus;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.common.ScreenCharts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;
import java.util.function.Supplier;
import java.util.Set;

/**
 * One company's page: its names, kind, reports, themes and notes on the left; its figures on a timeline (each
 * a link to its passage, conflicts and earlier values marked), runway as of each report and a small chart of its
 * money over time on the right. Follows the library: a decision elsewhere redraws it.
 */
public final class ProfileView extends BorderPane {
    /** The money metrics drawn in the chart, in the order a reader expects them. */
    private static final List<String> CHARTED = List.of(Metric.FUNDING, Metric.VALUATION, Metric.REVENUE, Metric.CASH, Metric.BURN);

    private final Workbench workbench;
    private final ProfileViewModel model;
    private final Navigator navigator;
    private final Label title = new Label("No company chosen");
    private final Label subtitle = new Label("Open a profile from a company's context menu (Companies & themes, the ledger, "
            + "the reader's Details, a chart or a search)");
    private final ComboBox<String> currency = new ComboBox<>();
    private final ListView<TimelinePoint> timeline = new ListView<>();
    private final VBox side = new VBox(10);
    private final VBox runway = new VBox(4);
    private final ChartViewer chart = new ChartViewer(null);
    private String companyId;
    private CompanyProfile shown;
    /** What the money chart is drawn from, to draw it again in the other theme; null: nothing to draw. */
    private Supplier<JFreeChart> buildChart;

    public ProfileView(Workbench workbench, Navigator navigator) {
        this.workbench = workbench;
        this.model = new ProfileViewModel(workbench);
        this.navigator = navigator;
        setId("profile-view");
        getStyleClass().add("profile-view");
        title.getStyleClass().add("title-2");
        title.setId("profile-title");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        subtitle.setId("profile-subtitle");
        currency.setId("profile-currency");
        currency.setOnAction(e -> reload());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, new VBox(2, title, subtitle), gap, new Label("Currency"), currency);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(10));
        setTop(head);

        timeline.setId("profile-timeline");
        timeline.setCellFactory(l -> new PointCell());
        timeline.setPlaceholder(new Label("No figure names this company yet"));
        chart.setId("profile-chart");
        chart.managedProperty().bind(chart.visibleProperty());
        chart.setVisible(false);
        chart.setMinHeight(220);
        chart.setPrefHeight(260);
        runway.setId("profile-runway");
        VBox right = new VBox(8, heading("Figures over time"), timeline, heading("Runway as of each report"), runway,
                heading("Money over time"), chart);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        right.setPadding(new Insets(0, 10, 10, 10));
        side.setPadding(new Insets(0, 10, 10, 10));
        side.setId("profile-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(sideScroll, right);
        split.setDividerPositions(0.34);
        setCenter(split);
        workbench.revisionProperty().addListener((o, a, b) -> {
            if (companyId != null && getScene() != null && isVisible()) {
                reload();
            }
        });
        workbench.libraryProperty().addListener((o, a, b) -> clear());
        ScreenCharts.darkProperty().addListener((o, a, b) -> showChart());
    }

    /** Shows the profile of this company (loaded in the background). */
    public void show(String company) {
        this.companyId = company;
        reload();
    }

    public CompanyProfile shown() {
        return shown;
    }

    public ListView<TimelinePoint> timeline() {
        return timeline;
    }

    /** Opens the passage a point of the timeline was read from. */
    public void open(TimelinePoint p) {
        Figure f = p.figure();
        navigator.openAt(f.reportId(), f.start(), f.end());
    }

    private void clear() {
        companyId = null;
        shown = null;
        title.setText("No company chosen");
        timeline.getItems().clear();
        side.getChildren().clear();
        runway.getChildren().clear();
        buildChart = null;
        showChart();
    }

    /** The chart as the theme on screen wants it; none (the viewer hidden) without money to draw. */
    private void showChart() {
        chart.setVisible(buildChart != null);
        if (buildChart != null) {
            boolean dark = ScreenCharts.darkProperty().get();
            chart.setChart(dark ? app.dossier.charts.ChartThemes.darken(buildChart.get()) : buildChart.get());
        }
    }

    private void reload() {
        String id = companyId;
        String cur = currency.getValue() == null ? "USD" : currency.getValue();
        model.read(id, cur, result -> {
            if (!id.equals(companyId)) {
                return;
            }
            CompanyProfile p = result.profile();
            var rates = result.rates();
            if (currency.getItems().isEmpty()) {
                currency.getItems().setAll(rates.currencies());
                currency.setValue(cur);
            }
            display(p, rates);
        }, e -> subtitle.setText(Failures.logged("The profile could not be read", e)));
    }

    private void display(CompanyProfile p, app.dossier.money.ExchangeRates rates) {
        shown = p;
        title.setText(p.name());
        subtitle.setText((p.company().kind() == null ? "" : p.company().kind() + " · ") + p.reports().size()
                + (p.reports().size() == 1 ? " report" : " reports") + " · " + p.timeline().size() + " figures · amounts in "
                + p.currency() + " (rates as of " + p.ratesAsOf() + ")");
        timeline.getItems().setAll(p.timeline());
        side.getChildren().setAll(heading("Names"), names(p.names()), heading("Reports that mention it"), reports(p),
                heading("Themes"), themes(p), heading("Notes"), notes(p));
        runway.getChildren().setAll(p.runway().isEmpty()
                ? List.of(muted("No report gives both its cash and a monthly burn"))
                : p.runway().stream().map(r -> (Node) link(r.date() + " · " + ProfileText.runway(r.estimate()) + " — " + r.reportTitle(),
                        r.estimate().cash())).toList());
        List<CompanyMoneyChart.Point> points = p.timeline().stream()
                .filter(t -> t.inCurrency() != null && CHARTED.contains(t.metric()) && !t.earlierValue())
                .map(t -> new CompanyMoneyChart.Point(t.date(), ProfileText.metric(t.metric()), t.inCurrency())).toList();
        buildChart = points.isEmpty() ? null : () -> CompanyMoneyChart.build(p.name(), points, p.currency(), rates);
        showChart();
    }

    private FlowPane names(List<String> names) {
        FlowPane pane = new FlowPane(6, 4);
        names.forEach(n -> {
            Label l = new Label(n);
            l.getStyleClass().add("name-chip");
            pane.getChildren().add(l);
        });
        return pane;
    }

    private VBox reports(CompanyProfile p) {
        VBox box = new VBox(2);
        p.reports().forEach(r -> {
            Hyperlink h = new Hyperlink((r.date() == null ? "" : r.date() + " · ") + r.title() + " (" + r.mentions() + ")");
            h.setWrapText(true);
            h.setOnAction(e -> navigator.openAt(r.id(), 0, 0));
            box.getChildren().add(h);
        });
        if (p.reports().isEmpty()) {
            box.getChildren().add(muted("No report mentions it"));
        }
        return box;
    }

    private VBox themes(CompanyProfile p) {
        VBox box = new VBox(2);
        p.themes().forEach(t -> {
            Hyperlink h = new Hyperlink(t.name() + " (" + t.passages() + (t.passages() == 1 ? " passage)" : " passages)"));
            h.setOnAction(e -> navigator.filterLibraryByTheme(t.id()));
            box.getChildren().add(h);
        });
        if (p.themes().isEmpty()) {
            box.getChildren().add(muted("No theme passage names it"));
        }
        return box;
    }

    private VBox notes(CompanyProfile p) {
        VBox box = new VBox(2);
        p.notes().forEach(n -> {
            Hyperlink h = new Hyperlink("«" + n.note().quote() + "» " + n.note().note() + " — " + n.reportTitle());
            h.setWrapText(true);
            h.setOnAction(e -> navigator.openAt(n.note().reportId(), n.note().start(), n.note().end()));
            box.getChildren().add(h);
        });
        if (p.notes().isEmpty()) {
            box.getChildren().add(muted("No note mentions it"));
        }
        return box;
    }

    private Hyperlink link(String text, Figure f) {
        Hyperlink h = new Hyperlink(text);
        h.setWrapText(true);
        h.setOnAction(e -> navigator.openAt(f.reportId(), f.start(), f.end()));
        return h;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** A point as a link to its passage: date, metric and value, its state, and the report it comes from. */
    private final class PointCell extends ListCell<TimelinePoint> {
        private static final Set<String> MARKS = Set.of("point-conflict", "point-earlier", "point-suggested");

        @Override
        protected void updateItem(TimelinePoint p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll(MARKS);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Hyperlink h = new Hyperlink((p.date() == null ? "undated" : p.date().toString()) + "  "
                    + ProfileText.point(p, shown == null ? "USD" : shown.currency()) + " — " + p.reportTitle());
            h.getStyleClass().add("timeline-point");
            h.setOnAction(e -> open(p));
            if (p.conflict()) {
                getStyleClass().add("point-conflict");
            }
            if (p.earlierValue()) {
                getStyleClass().add("point-earlier");
            }
            if (p.figure().status() == ReviewStatus.SUGGESTED) {
                getStyleClass().add("point-suggested");
            }
            setText(null);
            setGraphic(h);
        }
    }
}
