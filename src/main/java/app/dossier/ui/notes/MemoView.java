package app.dossier.ui.notes;

import app.dossier.ui.common.ShownOnly;

import app.dossier.annotations.NotesExport;
import app.dossier.journal.Commands;
import app.dossier.model.Annotation;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Navigator;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;

/**
 * The memo manager: every note of the library, filtered by words, tag, company, theme and report;
 * edit, delete (undo with Ctrl+Z), open the passage in the reader, export and import.
 * Notes whose passage was lost in re-processing stay listed, flagged.
 */
public final class MemoView extends BorderPane {
    private final Workbench workbench;
    private final Navigator navigator;
    private final MemoViewModel model = new MemoViewModel();
    private final ListView<MemoItem> list = new ListView<>();
    private final Label count = new Label();

    public MemoView(Workbench workbench, Navigator navigator) {
        this.workbench = workbench;
        this.navigator = navigator;
        getStyleClass().add("memo-view");
        setId("memo-view");
        getStylesheets().add(MemoView.class.getResource("/themes/notes.css").toExternalForm());
        list.setId("memo-list");
        list.getStyleClass().add("memo-list");
        list.setItems(model.shown());
        list.setCellFactory(MemoCell::new);
        list.setPlaceholder(placeholder());
        list.setContextMenu(contextMenu());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        app.dossier.ui.common.KeyHints.declare("Notes", "Enter", "Show the note in its report");
        app.dossier.ui.common.KeyHints.declare("Notes", "Delete or Backspace", "Delete the note");
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
            }
        });
        count.getStyleClass().add("memo-count");
        count.setId("memo-count");
        model.shown().addListener((ListChangeListener<MemoItem>) c -> updateCount());
        setTop(new VBox(filters(), actions()));
        setCenter(list);
        setBottom(count);
        ShownOnly whenShown = new ShownOnly(this, this::reload);
        workbench.revisionProperty().addListener((o, a, b) -> whenShown.request());
        workbench.libraryProperty().addListener((o, a, b) -> whenShown.request());
        reload();
    }

    /** Reloads the notes from the library (after every decision, the workbench refreshes its reports). */
    public void reload() {
        model.load(workbench, this::fail, this::updateCount);
    }

    private HBox filters() {
        TextField text = new TextField();
        text.setId("memo-filter");
        text.setPromptText("Search quotes, notes, tags");
        text.textProperty().bindBidirectional(model.text);
        HBox.setHgrow(text, Priority.ALWAYS);
        ComboBox<MemoViewModel.Choice> tag = choice("memo-tag", "Any tag", model.tagChoices, model.tag);
        ComboBox<MemoViewModel.Choice> company = choice("memo-company", "Any company", model.companyChoices, model.company);
        ComboBox<MemoViewModel.Choice> theme = choice("memo-theme", "Any theme", model.themeChoices, model.theme);
        ComboBox<MemoViewModel.Choice> report = choice("memo-report", "Any report", model.reportChoices, model.report);
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setTooltip(new Tooltip("Clear filters"));
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setOnAction(e -> model.clearFilters());
        HBox row = new HBox(8, text, tag, company, theme, report, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("toolbar");
        return row;
    }

    private static ComboBox<MemoViewModel.Choice> choice(String id, String prompt,
                                                         javafx.collections.ObservableList<MemoViewModel.Choice> items,
                                                         javafx.beans.property.ObjectProperty<MemoViewModel.Choice> value) {
        ComboBox<MemoViewModel.Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setPrefWidth(150);
        box.valueProperty().bindBidirectional(value);
        // the prompt comes back when the filter is cleared
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(MemoViewModel.Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? prompt : c.label());
            }
        });
        return box;
    }

    private HBox actions() {
        Button edit = new Button("Edit", Icons.of(Feather.EDIT_2));
        edit.setId("memo-edit");
        edit.setOnAction(e -> editSelected());
        Button delete = new Button("Delete", Icons.of(Feather.TRASH_2));
        delete.setId("memo-delete");
        delete.setOnAction(e -> deleteSelected());
        Button open = new Button("Show in report", Icons.of(Feather.BOOK_OPEN));
        open.setId("memo-open");
        open.setOnAction(e -> openSelected());
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(edit.disableProperty());
        open.disableProperty().bind(edit.disableProperty());
        MenuButton export = new MenuButton("Export", Icons.of(Feather.DOWNLOAD));
        export.setId("memo-export");
        for (NotesExport.Format f : NotesExport.Format.values()) {
            MenuItem item = new MenuItem(f.label() + "...");
            item.setOnAction(e -> export(f));
            export.getItems().add(item);
        }
        Button importW3c = new Button("Import...", Icons.of(Feather.UPLOAD));
        importW3c.setId("memo-import");
        importW3c.setTooltip(new Tooltip("Import W3C Web Annotations (JSON-LD) into the reports of this library"));
        importW3c.setOnAction(e -> importW3c());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, open, edit, delete, gap, importW3c, export);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("toolbar");
        return row;
    }

    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem("Show in report", Icons.of(Feather.BOOK_OPEN));
        open.setOnAction(e -> openSelected());
        MenuItem edit = new MenuItem("Edit note...", Icons.of(Feather.EDIT_2));
        edit.setOnAction(e -> editSelected());
        MenuItem delete = new MenuItem("Delete note", Icons.of(Feather.TRASH_2));
        delete.setOnAction(e -> deleteSelected());
        return new ContextMenu(open, edit, delete);
    }

    private VBox placeholder() {
        Label head = new Label("No notes yet");
        head.getStyleClass().add("title-4");
        Label how = new Label("Select a passage in a report, right-click it and choose “Add note...”.");
        how.getStyleClass().add("text-muted");
        VBox box = new VBox(6, head, how);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void updateCount() {
        int shown = model.shown().size();
        int all = model.all().size();
        long orphans = model.shown().stream().filter(i -> i.annotation().orphaned()).count();
        String text = shown == all ? all + (all == 1 ? " note" : " notes") : shown + " of " + all + " notes";
        count.setText(orphans > 0 ? text + " · " + orphans + " whose passage was not found" : text);
    }

    private Annotation selected() {
        MemoItem item = list.getSelectionModel().getSelectedItem();
        return item == null ? null : item.annotation();
    }

    private void openSelected() {
        Annotation a = selected();
        if (a != null) {
            navigator.openAt(a.reportId(), a.start(), a.end());
        }
    }

    private void editSelected() {
        Annotation a = selected();
        if (a != null) {
            AnnotationDialog.edit(window(), workbench, a);
        }
    }

    private void deleteSelected() {
        Annotation a = selected();
        if (a != null) {
            workbench.execute(new Commands.PutAnnotation(a, null));
            workbench.statusProperty().set("Note deleted. Ctrl+Z brings it back.");
        }
    }

    private void export(NotesExport.Format format) {
        if (!workbench.hasLibrary()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export notes: " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        chooser.setInitialFileName("notes." + format.extension());
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.export(workbench, format, file.toPath(), e -> Dialogs.error(window(), "Cannot export the notes", e));
        }
    }

    private void importW3c() {
        if (!workbench.hasLibrary()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import W3C Web Annotations");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Web Annotations", "*.jsonld", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.importW3c(workbench, file.toPath(), e -> Dialogs.error(window(), "Cannot import " + file.getName(), e));
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void fail(Throwable e) {
        workbench.statusProperty().set(Failures.logged("Error", e));
    }
}
