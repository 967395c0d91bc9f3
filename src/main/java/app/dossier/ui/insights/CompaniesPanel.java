package app.dossier.ui.insights;

import app.dossier.library.insights.LibraryInsights.CompanyCount;
import app.dossier.model.Company;
import app.dossier.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Locale;

/** Every company the library mentions, with counts here and in the library; a company's passages beside. */
final class CompaniesPanel extends SplitPane {
    private final InsightsView view;
    private final TextField filter = new TextField();
    private final CheckBox unmentioned = new CheckBox("Include registry names not mentioned");
    private final ListView<CompanyCount> list = new ListView<>();
    private final Label title = new Label("Choose a company");
    private final Label legend = new Label();
    private final Label subtitle = new Label();
    private final Button showReports = new Button("Show reports mentioning it", Icons.of(Feather.FILTER));
    private final Button edit = new Button("Edit…", Icons.of(Feather.EDIT_2));
    private final HBox decision = new HBox(6);
    private final PassageList passages;
    private InsightsViewModel data;
    private List<CompanyCount> all = List.of();

    CompaniesPanel(InsightsView view) {
        this.view = view;
        passages = new PassageList(view.navigator(), "The passages naming the company appear here");
        passages.setId("company-passages");
        filter.setPromptText("Filter companies (name, alias, product, kind)");
        filter.setId("company-filter");
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        unmentioned.setOnAction(e -> show(data));
        list.setId("company-list");
        list.setCellFactory(l -> new CompanyCell(this));
        list.setPlaceholder(new Label("No company is mentioned yet: import reports"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showPassages(b));
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        legend.setId("company-legend");
        VBox left = new VBox(6, filter, legend, list, unmentioned);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        title.getStyleClass().add("title-3");
        title.setId("company-title");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        showReports.setId("company-show-reports");
        showReports.getStyleClass().add("small");
        showReports.setOnAction(e -> selected().ifPresent(c -> view.navigator().filterLibraryByCompany(c.id())));
        edit.getStyleClass().add("small");
        edit.setId("company-edit");
        edit.setOnAction(e -> selected().ifPresent(view::editCompany));
        decision.setId("company-decision");
        Button profile = new Button("Open profile", Icons.of(Feather.USER));
        profile.setId("company-open-profile");
        profile.getStyleClass().add("small");
        profile.setOnAction(e -> selected().ifPresent(c -> view.navigator().openProfile(c.id())));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected().ifPresent(c -> view.navigator().openProfile(c.id()));
            }
        });
        HBox actions = new HBox(6, showReports, profile, edit, decision);
        VBox right = new VBox(6, title, subtitle, actions, passages);
        VBox.setVgrow(passages, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);
        showPassages(null);
    }

    private java.util.Optional<Company> selected() {
        CompanyCount c = list.getSelectionModel().getSelectedItem();
        return java.util.Optional.ofNullable(c).map(CompanyCount::company);
    }

    void show(InsightsViewModel insights) {
        if (insights == null) {
            return;
        }
        data = insights;
        all = insights.companyCounts(unmentioned.isSelected());
        String open = insights.currentReportTitle();
        legend.setText(open == null ? "Mentions in the library (open a report to see its own counts first)"
                : "Green: mentions in the open report “" + open + "”; blue: in the library");
        applyFilter();
    }

    private void applyFilter() {
        String keep = selected().map(Company::id).orElse(null);
        String q = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        list.getItems().setAll(all.stream().filter(c -> q.isEmpty() || matches(c.company(), q)).toList());
        // the chosen company stays chosen across reloads; with none, the first one shows its passages
        list.getItems().stream().filter(c -> c.company().id().equals(keep)).findFirst()
                .or(() -> list.getItems().stream().findFirst())
                .ifPresentOrElse(c -> list.getSelectionModel().select(c), () -> showPassages(null));
    }

    private static boolean matches(Company c, String q) {
        if (c.name().toLowerCase(Locale.ROOT).contains(q) || (c.kind() != null && c.kind().equals(q))) {
            return true;
        }
        return c.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q))
                || c.products().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q));
    }

    private void showPassages(CompanyCount c) {
        boolean none = c == null;
        showReports.setDisable(none);
        edit.setDisable(none);
        decision.getChildren().clear();
        if (none) {
            title.setText("Choose a company");
            subtitle.setText("Click a passage to read it in its report.");
            passages.getItems().clear();
            return;
        }
        Company co = c.company();
        title.setText(co.name());
        if (discovered(co)) {
            javafx.scene.control.Button accept = DiscoveryPanel.acceptButton(view, co);
            accept.setId("company-accept");
            javafx.scene.control.Button reject = DiscoveryPanel.rejectButton(view, co);
            reject.setId("company-reject");
            decision.getChildren().setAll(app.dossier.ui.common.NewMark.create(), accept, reject);
            decision.setAlignment(Pos.CENTER_LEFT);
        }
        StringBuilder sub = new StringBuilder();
        sub.append(c.inLibrary()).append(c.inLibrary() == 1 ? " mention in " : " mentions in ")
                .append(c.reports()).append(c.reports() == 1 ? " report" : " reports");
        if (co.kind() != null) {
            sub.append(" · ").append(isSource(co) ? "source (cited, not counted among the report's companies)" : co.kind());
        }
        if (!co.aliases().isEmpty()) {
            sub.append(" · also: ").append(String.join(", ", co.aliases().stream().limit(6).toList()));
        }
        if (!co.products().isEmpty()) {
            sub.append(" · products: ").append(String.join(", ", co.products().stream().limit(6).toList()));
        }
        subtitle.setText(sub.toString());
        passages.show(data.companyPassages(co.id()), view.currentReportId());
    }

    private static boolean discovered(Company c) {
        return c.discovered();
    }

    private boolean isSource(Company c) {
        return data != null && data.isSource(c.id());
    }

    private static final class CompanyCell extends ListCell<CompanyCount> {
        private final CompaniesPanel panel;

        CompanyCell(CompaniesPanel panel) {
            this.panel = panel;
        }

        @Override
        protected void updateItem(CompanyCount c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(c.company().name());
            name.getStyleClass().add("company-name");
            HBox row = new HBox(6, name);
            if (discovered(c.company())) {
                row.getChildren().add(app.dossier.ui.common.NewMark.create());
            }
            if (panel.isSource(c.company())) {
                row.getChildren().add(mark("source", "passage-flag-source", "Cited as a source: shown and searchable, "
                        + "not counted among a report's companies"));
            }
            if (c.fuzzy() > 0) {
                row.getChildren().add(mark("near-miss", "passage-flag-fuzzy", c.fuzzy() + " mention(s) by a near-miss spelling"));
            }
            if (c.product() > 0) {
                row.getChildren().add(mark("product", "passage-flag-product", c.product() + " mention(s) through a product"));
            }
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row.getChildren().add(gap);
            if (c.inReport() > 0) {
                Label here = new Label(c.inReport() + " here");
                here.getStyleClass().addAll("badge", "count-here");
                here.setTooltip(new Tooltip("Mentions in the open report"));
                row.getChildren().add(here);
            }
            Label lib = new Label(String.valueOf(c.inLibrary()));
            lib.getStyleClass().addAll("badge", "count-library");
            lib.setTooltip(new Tooltip(c.inLibrary() + " mentions in " + c.reports() + " report(s) of the library"));
            row.getChildren().add(lib);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }

        private static Label mark(String text, String style, String tip) {
            Label l = new Label(text);
            l.getStyleClass().addAll("passage-flag", style);
            l.setTooltip(new Tooltip(tip));
            return l;
        }
    }
}
