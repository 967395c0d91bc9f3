package app.dossier.ui.insights;

import app.dossier.ui.common.ShownOnly;

import app.dossier.journal.Commands;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Navigator;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Optional;

/**
 * Companies and themes across the library: who is mentioned where, which passages carry which theme,
 * which companies meet which themes, names discovery found, and the registry and codebook edits.
 * Reloads whenever the library changes (decisions, undo, imports, re-tagging) and follows the open report.
 */
public final class InsightsView extends BorderPane {
    private final Workbench workbench;
    private final Navigator navigator;
    private final CompaniesPanel companies;
    private final ThemesPanel themes;
    private final MatrixPanel matrix;
    private final DiscoveryPanel discovery;
    private final RetagBar retag;
    private final TabPane tabs = new TabPane();
    private final InsightsViewModel model;

    public InsightsView(Workbench workbench, Navigator navigator) {
        this.workbench = workbench;
        this.navigator = navigator;
        this.model = new InsightsViewModel(workbench);
        getStyleClass().add("insights-view");
        getStylesheets().add(InsightsView.class.getResource("/themes/insights.css").toExternalForm());
        retag = new RetagBar(workbench);
        companies = new CompaniesPanel(this);
        themes = new ThemesPanel(this);
        matrix = new MatrixPanel(this);
        discovery = new DiscoveryPanel(this);
        tabs.getTabs().addAll(tab("Companies", Feather.BRIEFCASE, companies), tab("Themes", Feather.TAG, themes),
                tab("Company × theme", Feather.GRID, matrix), tab("New companies", Feather.COMPASS, discovery));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("insights-tabs");

        Button addCompany = new Button("Add company…", Icons.of(Feather.PLUS));
        addCompany.setId("insights-add-company");
        addCompany.setOnAction(e -> editCompany(null));
        Button addTheme = new Button("Add theme…", Icons.of(Feather.PLUS));
        addTheme.setId("insights-add-theme");
        addTheme.setOnAction(e -> editTheme(null));
        for (Button b : List.of(addCompany, addTheme)) {
            b.getStyleClass().addAll("small");
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // the gap lies over the tab labels: clicks must pass through it to them
        gap.setMouseTransparent(true);
        HBox tools = new HBox(6, gap, addCompany, addTheme);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setPadding(new Insets(6, 10, 0, 10));
        tools.setPickOnBounds(false);
        // the tools sit on the tab header row, right of the tabs
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(tabs, tools);
        javafx.scene.layout.StackPane.setAlignment(tools, Pos.TOP_RIGHT);
        tools.setMaxHeight(Region.USE_PREF_SIZE);
        setCenter(stack);
        setBottom(retag);

        ShownOnly whenShown = new ShownOnly(this, this::reload);
        workbench.revisionProperty().addListener((o, a, b) -> whenShown.request());
        workbench.libraryProperty().addListener((o, a, b) -> whenShown.request());
        workbench.currentProperty().addListener((o, a, b) -> showData());
        model.readingsProperty().addListener((o, a, b) -> showData());
        reload();
    }

    private static Tab tab(String title, Feather icon, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(Icons.of(icon));
        t.setId("insights-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return t;
    }

    Workbench workbench() {
        return workbench;
    }

    Navigator navigator() {
        return navigator;
    }

    TabPane tabs() {
        return tabs;
    }

    public InsightsViewModel model() {
        return model;
    }

    String currentReportId() {
        return model.currentReportId();
    }

    /** Reads the library again in the background; reads requested meanwhile fold into one more. */
    public void reload() {
        model.reload();
    }

    private void showData() {
        if (!model.loaded()) {
            return;
        }
        companies.show(model);
        themes.show(model);
        matrix.show(model);
        discovery.show(model);
    }

    /** Opens the company dialog (null adds one); a change goes through PutCompany and offers re-tagging. */
    void editCompany(Company existing) {
        List<String> kinds = model.companyKinds();
        Optional<Company> edited = CompanyDialog.show(getScene() == null ? null : getScene().getWindow(), existing, kinds);
        edited.filter(c -> !c.equals(existing)).ifPresent(c -> {
            Company before = existing != null ? existing : model.company(c.id()).orElse(null);
            workbench.execute(put(before, c, "Edit company " + c.name()));
            retag.offer("Registry changed (" + c.name() + ").");
        });
    }

    /** Opens the theme dialog (null adds one); a change goes through PutTheme and offers re-tagging. */
    void editTheme(Theme existing) {
        Optional<Theme> edited = ThemeDialog.show(getScene() == null ? null : getScene().getWindow(), existing);
        edited.filter(t -> !t.equals(existing)).ifPresent(t -> {
            Theme before = existing != null ? existing : model.theme(t.id()).orElse(null);
            workbench.execute(put(before, t, "Edit theme " + t.name()));
            retag.offer("Codebook changed (" + t.name() + ").");
        });
    }

    /**
     * A shipped entry (origin "registry") lives in the app, not in the library: editing it stores an
     * override, so undo must delete the override (before = null) rather than store a copy of the shipped one.
     */
    static app.dossier.journal.UserCommand put(Company before, Company after, String description) {
        if (before != null && before.origin() == CompanyOrigin.REGISTRY) {
            return new Commands.Batch(description, List.of(new Commands.PutCompany(null, after)));
        }
        return new Commands.PutCompany(before, after);
    }

    static app.dossier.journal.UserCommand put(Theme before, Theme after, String description) {
        if (before != null && before.origin() != ThemeOrigin.USER) {
            return new Commands.Batch(description, List.of(new Commands.PutTheme(null, after)));
        }
        return new Commands.PutTheme(before, after);
    }

    void offerRetag(String why) {
        retag.offer(why);
    }

    RetagBar retagBar() {
        return retag;
    }
}
