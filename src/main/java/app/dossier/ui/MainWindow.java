package app.dossier.ui;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.importing.ImportOutcome;
import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.model.Ids;
import app.dossier.model.Report;
import app.dossier.model.ThemeTag;
import app.dossier.ui.common.LongJob;
import app.dossier.ui.common.RunningJob;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.LogMenu;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.details.DetailsPane;
import app.dossier.ui.library.LibraryPane;
import app.dossier.ui.reader.ReaderPane;
import app.dossier.ui.search.SearchView;
import app.dossier.ui.charts.ChartsView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The main window: menu, library table, reader, details of the open report, status bar. */
public final class MainWindow extends BorderPane implements Navigator {
    private final Stage stage;
    private final Workbench workbench;
    private final LibraryPane libraryPane;
    private final ReaderPane reader = new ReaderPane();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final VBox importPanel = new VBox(6);
    private final HBox importDone = importDoneActions();
    private final Consumer<Path> openLibrary;
    private final TabPane views = new TabPane();
    private final Tab libraryTab;
    private Runnable pendingReveal;
    private final app.dossier.ui.overview.OverviewView overviewView;
    /** The matrix's choices live from the start (remembered between runs, read by the memo export); its view is built when shown. */
    private final app.dossier.ui.matrix.MatrixViewModel matrixModel;
    /** Tabs whose view is built when first shown: the type each will hold, and how to build it. */
    private final java.util.Map<Tab, LazyView<?>> lazyViews = new java.util.HashMap<>();

    private record LazyView<T extends javafx.scene.Node>(Class<T> type, java.util.function.Supplier<T> build) {
    }
    private final app.dossier.ui.safety.SafetyActions safety;

    public MainWindow(Stage stage, Workbench workbench, Consumer<Path> openLibrary) {
        this.stage = stage;
        this.workbench = workbench;
        this.openLibrary = openLibrary;
        this.safety = new app.dossier.ui.safety.SafetyActions(stage, workbench, openLibrary);
        this.matrixModel = new app.dossier.ui.matrix.MatrixViewModel(workbench);
        getStyleClass().add("main-window");
        libraryPane = new LibraryPane(workbench, this::chooseFilesToImport, this::addSamples);
        libraryPane.onDelete(this::confirmDelete);
        DetailsPane details = new DetailsPane(workbench, reader::reveal, libraryPane::filterByCompany,
                this::confirmDelete, this::openProfile);
        workbench.currentProperty().addListener((o, a, b) -> {
            reader.show(b);
            if (b != null && pendingReveal != null) {
                Runnable mark = pendingReveal;
                pendingReveal = null;
                javafx.application.Platform.runLater(mark);
            }
        });
        reader.setSelectionActions(new ReaderPane.SelectionActions() {
            @Override
            public void annotate(int start, int end) {
                app.dossier.ui.notes.AnnotationDialog.show(stage, workbench, reader.shown().report(), start, end);
            }

            @Override
            public void tagTheme(String themeId, int start, int end) {
                String report = reader.shown().report().id();
                workbench.execute(new Commands.PutThemeTag(null, new ThemeTag(Ids.themeTag(report, themeId, start, end),
                        report, themeId, start, end, Origin.USER, ReviewStatus.CONFIRMED)));
            }

            @Override
            public void openProfile(String companyId) {
                MainWindow.this.openProfile(companyId);
            }

            @Override
            public void addFigure(int start, int end) {
                app.dossier.ui.ledger.AddFigureDialog.show(stage, workbench, reader.shown().report(), start, end);
            }
        });

        SplitPane split = new SplitPane(libraryPane, reader, details);
        split.setDividerPositions(0.33, 0.69);
        SplitPane.setResizableWithParent(libraryPane, false);
        libraryTab = new Tab("Library", split);
        libraryTab.setGraphic(Icons.of(Feather.BOOK));
        views.getTabs().add(libraryTab);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("views");
        // the views beside the library are built the first time their tab is shown (or asked for by view()):
        // each reads the whole library when built, which a window that opens on the overview need not wait for
        addView("Search", Feather.SEARCH, SearchView.class, () -> {
            SearchView search = new SearchView(workbench, this::openSearchHit);
            search.onOpenProfile(this::openProfile);
            return search;
        });
        addView("Companies & themes", Feather.BRIEFCASE, app.dossier.ui.insights.InsightsView.class,
                () -> new app.dossier.ui.insights.InsightsView(workbench, this));
        addView("Ledger", Feather.DOLLAR_SIGN, app.dossier.ui.ledger.LedgerView.class,
                () -> new app.dossier.ui.ledger.LedgerView(workbench, this));
        addView("Charts", Feather.BAR_CHART_2, ChartsView.class, () -> new ChartsView(workbench, this));
        addView("Matrix", Feather.GRID, app.dossier.ui.matrix.MatrixView.class,
                () -> new app.dossier.ui.matrix.MatrixView(workbench, this, matrixModel));
        addView("Notes", Feather.EDIT_3, app.dossier.ui.notes.MemoView.class,
                () -> new app.dossier.ui.notes.MemoView(workbench, this));
        addView("Profile", Feather.USER, app.dossier.ui.profile.ProfileView.class,
                () -> new app.dossier.ui.profile.ProfileView(workbench, this));
        overviewView = new app.dossier.ui.overview.OverviewView(workbench, this, new app.dossier.ui.overview.OverviewView.Destinations(
                () -> views.getSelectionModel().select(libraryTab),
                () -> showView(view(app.dossier.ui.ledger.LedgerView.class)),
                () -> showView(view(app.dossier.ui.insights.InsightsView.class)),
                this::chooseFilesToImport, this::addSamples));
        addView("Overview", Feather.HOME, overviewView);
        // beside the library (which stays the first tab: the tab the reader is in); the window opens on it (DossierApp)
        Tab overviewTab = views.getTabs().remove(views.getTabs().size() - 1);
        views.getTabs().add(1, overviewTab);
        views.getSelectionModel().select(libraryTab);
        setTop(menuBar());
        appearance.zoomProperty().addListener((o, a, b) -> reader.setZoom(b.intValue()));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                addZoomKeys(scene);
            }
        });
        setCenter(views);
        importPanel.managedProperty().bind(importPanel.visibleProperty());
        importPanel.setVisible(false);
        importPanel.getStyleClass().add("import-panel");
        importPanel.setPadding(new Insets(6, 10, 6, 10));
        setBottom(new VBox(importPanel, statusBar()));
        enableDrop();
    }

    public void showSearch() {
        SearchView search = view(SearchView.class);
        showView(search);
        search.focusQuery();
    }

    public TabPane views() {
        return views;
    }

    /** The view of this type among the tabs, built now if its tab was never shown. */
    public <T extends javafx.scene.Node> T view(Class<T> type) {
        for (Tab tab : views.getTabs()) {
            LazyView<?> lazy = lazyViews.get(tab);
            if (lazy != null && type.isAssignableFrom(lazy.type())) {
                return type.cast(built(tab));
            }
            if (type.isInstance(tab.getContent())) {
                return type.cast(tab.getContent());
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " in the window");
    }

    /** The matrix's choices (companies, metrics, currency, sort), whether or not its tab was shown yet. */
    public app.dossier.ui.matrix.MatrixViewModel matrixModel() {
        return matrixModel;
    }

    /** Brings a view's tab to the front. */
    public void showView(javafx.scene.Node view) {
        views.getTabs().stream().filter(t -> t.getContent() == view).findFirst()
                .ifPresent(t -> views.getSelectionModel().select(t));
    }

    /** Adds a library-wide view (companies, figures, charts, ...) as a tab beside the library. */
    public void addView(String title, Feather icon, javafx.scene.Node view) {
        Tab tab = viewTab(title, icon);
        tab.setContent(view);
        views.getTabs().add(tab);
    }

    /** Adds a view as a tab beside the library, built the first time the tab is shown or the view asked for. */
    public <T extends javafx.scene.Node> void addView(String title, Feather icon, Class<T> type, java.util.function.Supplier<T> build) {
        Tab tab = viewTab(title, icon);
        lazyViews.put(tab, new LazyView<>(type, build));
        views.getTabs().add(tab);
    }

    private Tab viewTab(String title, Feather icon) {
        Tab tab = new Tab(title);
        tab.setGraphic(Icons.of(icon));
        tab.setId("view-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                app.dossier.ui.common.ShownOnly.markShown(built(tab));
            }
        });
        return tab;
    }

    /** The tab's view, built once. */
    private javafx.scene.Node built(Tab tab) {
        LazyView<?> lazy = lazyViews.remove(tab);
        if (lazy != null) {
            tab.setContent(lazy.build().get());
        }
        return tab.getContent();
    }

    /** Opens a search hit: the reader at the hit, every hit of the query marked, next/previous to step. */
    public void openSearchHit(String reportId, int start, int end, List<int[]> allHits) {
        openAt(reportId, start, end);
        Runnable mark = () -> reader.showSearchHits(allHits, start);
        if (pendingReveal == null) {
            mark.run();
        } else {
            Runnable reveal = pendingReveal;
            pendingReveal = () -> {
                reveal.run();
                mark.run();
            };
        }
    }

    @Override
    public void openAt(String reportId, int start, int end) {
        views.getSelectionModel().select(libraryTab);
        var table = libraryPane.table();
        var row = table.getItems().stream().filter(r -> r.id().equals(reportId)).findFirst();
        if (row.isEmpty()) {
            libraryPane.clearFilters();
            row = table.getItems().stream().filter(r -> r.id().equals(reportId)).findFirst();
        }
        Runnable mark = () -> reader.reveal(start, end);
        if (reader.shown() != null && reader.shown().report().id().equals(reportId)) {
            mark.run();
            return;
        }
        pendingReveal = mark;
        row.ifPresentOrElse(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        }, () -> workbench.read(reportId));
    }

    @Override
    public void filterLibraryByCompany(String companyId) {
        views.getSelectionModel().select(libraryTab);
        libraryPane.filterByCompany(companyId);
    }

    @Override
    public void filterLibraryByTheme(String themeId) {
        views.getSelectionModel().select(libraryTab);
        libraryPane.filterByTheme(themeId);
    }

    /** Brings the overview to the front: what is new since the last visit. */
    public void showOverview() {
        showView(overviewView);
    }

    @Override
    public void openProfile(String companyId) {
        app.dossier.ui.profile.ProfileView profile = view(app.dossier.ui.profile.ProfileView.class);
        showView(profile);
        profile.show(companyId);
    }

    /** Opens the first report when nothing is open yet, so the reader is never needlessly empty. */
    public void selectFirstReport() {
        var table = libraryPane.table();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    public LibraryPane libraryPane() {
        return libraryPane;
    }

    public ReaderPane reader() {
        return reader;
    }

    public app.dossier.ui.safety.SafetyActions safety() {
        return safety;
    }

    private final MenuBar menus = new MenuBar();
    private final app.dossier.ui.common.Appearance appearance = new app.dossier.ui.common.Appearance(this);

    private MenuBar menuBar() {
        MenuItem importFiles = item("Import files...", Feather.FILE_PLUS, "Shortcut+O", this::chooseFilesToImport);
        MenuItem importFolder = item("Import folder...", Feather.FOLDER_PLUS, "Shortcut+Shift+O", this::chooseFolderToImport);
        MenuItem samples = item("Add sample reports", Feather.BOOK_OPEN, null, this::addSamples);
        MenuItem open = item("Open library...", Feather.FOLDER, null, this::chooseLibrary);
        MenuItem memo = item("Export memo...", Feather.FILE_TEXT, "Shortcut+E", () -> app.dossier.ui.memo.MemoExportDialog.show(stage,
                workbench, matrixModel::selection));
        memo.setId("export-memo");
        MenuItem backup = item("Back up library...", Feather.ARCHIVE, null, safety::backup);
        MenuItem restore = item("Restore backup...", Feather.UPLOAD, null, safety::restore);
        MenuItem quit = item("Quit", Feather.LOG_OUT, "Shortcut+Q", stage::close);
        CheckMenuItem followLinks = new CheckMenuItem("Follow links out of folders");
        followLinks.setId("follow-links");
        followLinks.selectedProperty().bindBidirectional(workbench.followLinksProperty());
        Menu file = new Menu("File", null, importFiles, importFolder, followLinks, samples, new SeparatorMenuItem(), memo,
                new SeparatorMenuItem(), open, backup, restore, new SeparatorMenuItem(), quit);
        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, "Shortcut+Z", workbench::undo);
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, "Shortcut+Shift+Z", workbench::redo);
        MenuItem filter = item("Filter reports", Feather.FILTER, "Shortcut+F", libraryPane::focusFilter);
        MenuItem search = item("Search everything", Feather.SEARCH, "Shortcut+K", this::showSearch);
        MenuItem delete = item("Delete report...", Feather.TRASH_2, null, () -> {
            Report r = libraryPane.table().getSelectionModel().getSelectedItem();
            if (r != null) {
                confirmDelete(r);
            }
        });
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), filter, search, delete);
        edit.setOnShowing(e -> nameUndoAndRedo(undo, redo));
        MenuItem retag = item("Re-run tagging and figures", Feather.REFRESH_CW, null, this::reanalyse);
        MenuItem reindex = item("Rebuild search index", Feather.DATABASE, null, () -> runLong("Rebuilding the search index",
                () -> workbench.library().search().rebuild()));
        MenuItem reprocess = item("Re-process from original files", Feather.ROTATE_CW, null, this::reprocess);
        MenuItem check = item("Check library", Feather.CHECK_SQUARE, null, safety::check);
        MenuItem orphans = item("Orphaned decisions...", Feather.LINK_2, null, safety::orphans);
        MenuItem rebuild = item("Rebuild from originals and journal...", Feather.TOOL, null, safety::rebuildOpen);
        Menu library = new Menu("Library", null, retag, reprocess, reindex, new SeparatorMenuItem(), check, orphans,
                rebuild);
        Menu help = LogMenu.help(stage, workbench.tasks());
        MenuItem shortcuts = item("Keyboard shortcuts", Feather.COMMAND, "F1", () -> app.dossier.ui.common.ShortcutsDialog.show(stage, menus));
        shortcuts.setId("keyboard-shortcuts");
        help.getItems().add(0, shortcuts);
        menus.getMenus().setAll(file, edit, library, viewMenu(), help);
        return menus;
    }

    /** View ▸ Light / Dark, and the reader's text size (Ctrl+Plus, Ctrl+Minus, Ctrl+0). */
    private Menu viewMenu() {
        javafx.scene.control.ToggleGroup theme = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioMenuItem light = new javafx.scene.control.RadioMenuItem("Light");
        javafx.scene.control.RadioMenuItem dark = new javafx.scene.control.RadioMenuItem("Dark");
        light.setId("theme-light");
        dark.setId("theme-dark");
        light.setToggleGroup(theme);
        dark.setToggleGroup(theme);
        light.setSelected(!appearance.darkProperty().get());
        dark.setSelected(appearance.darkProperty().get());
        dark.selectedProperty().addListener((o, a, b) -> appearance.darkProperty().set(b));
        appearance.darkProperty().addListener((o, a, b) -> (b ? dark : light).setSelected(true));
        MenuItem zoomIn = item("Zoom in", Feather.ZOOM_IN, null, appearance::zoomIn);
        zoomIn.setAccelerator(new javafx.scene.input.KeyCharacterCombination("+", KeyCombination.SHORTCUT_DOWN));
        MenuItem zoomOut = item("Zoom out", Feather.ZOOM_OUT, "Shortcut+Minus", appearance::zoomOut);
        MenuItem zoomReset = item("Actual size", Feather.MAXIMIZE, null, appearance::resetZoom);
        zoomReset.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setId("zoom-in");
        zoomOut.setId("zoom-out");
        zoomReset.setId("zoom-reset");
        return new Menu("View", null, light, dark, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset);
    }

    /** Keys beside the menu's: Ctrl+= (plus without Shift on most keyboards) and the keypad's. */
    private void addZoomKeys(javafx.scene.Scene scene) {
        addKey(scene, javafx.scene.input.KeyCode.EQUALS, "Zoom in", appearance::zoomIn);
        addKey(scene, javafx.scene.input.KeyCode.ADD, "Zoom in", appearance::zoomIn);
        addKey(scene, javafx.scene.input.KeyCode.SUBTRACT, "Zoom out", appearance::zoomOut);
        addKey(scene, javafx.scene.input.KeyCode.NUMPAD0, "Actual size", appearance::resetZoom);
    }

    private static void addKey(javafx.scene.Scene scene, javafx.scene.input.KeyCode key, String name, Runnable action) {
        KeyCombination combination = new javafx.scene.input.KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
        scene.getAccelerators().put(combination, action);
        app.dossier.ui.common.KeyHints.name(combination, name);
    }

    public app.dossier.ui.common.Appearance appearance() {
        return appearance;
    }

    public MenuBar menus() {
        return menus;
    }

    /** Undo and Redo say what they would take back or do again. */
    private void nameUndoAndRedo(MenuItem undo, MenuItem redo) {
        var nextUndo = workbench.nextUndo();
        var nextRedo = workbench.nextRedo();
        undo.setText(nextUndo.map(d -> "Undo " + d).orElse("Undo (nothing to undo)"));
        redo.setText(nextRedo.map(d -> "Redo " + d).orElse("Redo (nothing to redo)"));
    }

    private static MenuItem item(String text, Feather icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(workbench.statusProperty());
        status.setId("status");
        progress.setVisible(false);
        progress.setPrefWidth(220);
        cancel.setVisible(false);
        cancel.getStyleClass().add("small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, status, gap, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import reports");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Reports", "*.txt", "*.md", "*.html", "*.htm", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of reports");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            importPaths(List.of(dir.toPath()));
        }
    }

    private void chooseLibrary() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open or create a library folder");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            openLibrary.accept(dir.toPath());
        }
    }

    private void addSamples() {
        workbench.tasks().run(SampleReports::extract, this::importPaths,
                e -> Dialogs.error(stage, "Cannot add the sample reports", e));
    }

    /** Imports in the background with progress, Cancel and a per-file list of what happened. */
    public RunningJob importPaths(List<Path> paths) {
        showImportPanel();
        LongJob<List<ImportOutcome>> job = workbench.importJob(paths, outcomes -> {
            importDone.setVisible(outcomes.stream().anyMatch(o -> o.reportId() != null));
            outcomes.stream().filter(o -> o.reportId() != null).findFirst().ifPresent(first ->
                    workbench.reports().stream().filter(r -> r.id().equals(first.reportId())).findFirst()
                            .ifPresent(r -> libraryPane.table().getSelectionModel().select(r)));
        });
        return runWithProgress(job);
    }

    private void showImportPanel() {
        ListView<ImportOutcome> list = new ListView<>(workbench.importOutcomes());
        list.setId("import-outcomes");
        // as tall as its lines, up to five: one imported file should not take a fifth of the window
        list.setFixedCellSize(30);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(list.getItems())
                .map(n -> 6 + 30 * Math.max(1, Math.min(5, n.intValue()))));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportOutcome o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().removeAll("outcome-failed", "outcome-duplicate");
                if (empty || o == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String name = Path.of(o.file()).getFileName().toString();
                switch (o.status()) {
                    case ImportOutcome.FAILED -> {
                        setText(name + " — not imported: " + o.error());
                        setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
                        getStyleClass().add("outcome-failed");
                    }
                    case ImportOutcome.DUPLICATE -> {
                        setText(name + " — already in the library");
                        setGraphic(Icons.of(Feather.COPY));
                        getStyleClass().add("outcome-duplicate");
                    }
                    default -> {
                        String found = workbench.importFindings(o.reportId());
                        setText(name + " — imported" + (found == null || found.isEmpty() ? "" : ": " + found));
                        setGraphic(Icons.of(Feather.CHECK_CIRCLE));
                    }
                }
            }
        });
        Label head = new Label("Import");
        head.getStyleClass().add("title-4");
        importDone.setVisible(false);
        Button close = new Button("Close", Icons.of(Feather.X));
        close.getStyleClass().addAll("flat", "small");
        close.setOnAction(e -> hideImportPanel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, head, gap, importDone, close);
        top.setAlignment(Pos.CENTER_LEFT);
        importPanel.getChildren().setAll(top, list);
        importPanel.setVisible(true);
    }

    /** After an import: jump to the figures to review, or to the imported reports in the library. */
    private HBox importDoneActions() {
        Button review = new Button("Review figures", Icons.of(Feather.DOLLAR_SIGN));
        review.setId("import-review-figures");
        review.setOnAction(e -> showView(view(app.dossier.ui.ledger.LedgerView.class)));
        Button show = new Button("Show in library", Icons.of(Feather.BOOK));
        show.setId("import-show-in-library");
        show.setOnAction(e -> showImportedInLibrary());
        for (Button b : List.of(review, show)) {
            b.getStyleClass().add("small");
        }
        HBox box = new HBox(6, review, show);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showImportedInLibrary() {
        views.getSelectionModel().select(libraryTab);
        libraryPane.clearFilters();
        workbench.importOutcomes().stream().filter(o -> o.reportId() != null).findFirst().ifPresent(first ->
                libraryPane.table().getItems().stream().filter(r -> r.id().equals(first.reportId())).findFirst()
                        .ifPresent(r -> {
                            libraryPane.table().getSelectionModel().select(r);
                            libraryPane.table().scrollTo(r);
                        }));
    }

    private void hideImportPanel() {
        importPanel.setVisible(false);
    }

    private RunningJob runWithProgress(LongJob<?> job) {
        RunningJob running = workbench.tasks().start(job);
        if (!running.runningProperty().get()) {
            return running;
        }
        progress.progressProperty().bind(running.progressProperty());
        workbench.statusProperty().bind(running.messageProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setOnAction(e -> running.cancel());
        running.whenFinished(() -> {
            progress.progressProperty().unbind();
            workbench.statusProperty().unbind();
            progress.setVisible(false);
            cancel.setVisible(false);
        });
        return running;
    }

    private void runLong(String what, Runnable work) {
        runWithProgress(LongJob.<Void>of(p -> {
            p.update(0, -1, what + "...");
            work.run();
            return null;
        }).onSuccess(v -> workbench.statusProperty().set(what + ": done"))
                .onFailure(e -> Dialogs.error(stage, what + " failed", e)));
    }

    private void reanalyse() {
        runWithProgress(workbench.retagJob().onSuccess(n -> {
            workbench.refresh();
            workbench.statusProperty().set("Tagging and figures re-run over " + n + " reports; "
                    + "your confirmations, rejections and own tags are kept");
        }).onFailure(e -> Dialogs.error(stage, "Re-running the tagging failed", e)));
    }

    private void reprocess() {
        runWithProgress(workbench.reprocessJob().onSuccess(done -> {
            workbench.refresh();
            workbench.say("Re-processed " + done.reports() + " reports from their original files; "
                    + "your decisions are kept, changed passages of confirmed figures are flagged for review"
                    + (done.problems().isEmpty() ? "" : "; " + done.problems().size() + " could not be read"));
            if (!done.problems().isEmpty()) {
                Dialogs.problems(stage, done.problems().size() + " reports could not be re-processed",
                        "They keep their previous text; the rest were re-processed.", done.problems());
            }
        }).onFailure(e -> Dialogs.error(stage, "Re-processing failed", e)));
    }

    private void confirmDelete(Report r) {
        if (Dialogs.confirm(stage, "Delete “" + r.title() + "”?",
                "The report, its tags, figures and notes leave the library. Edit ▸ Undo brings them back.", "Delete")) {
            workbench.delete(r);
        }
    }

    private void enableDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
