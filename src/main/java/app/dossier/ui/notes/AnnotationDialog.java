package app.dossier.ui.notes;

import app.dossier.annotations.Anchoring;
import app.dossier.annotations.AnnotationTags;
import app.dossier.annotations.NoteColor;
import app.dossier.journal.Commands;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.ui.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes or edits a note on a passage: the note, free tags, the companies and themes it is about
 * (stored as {@code company:ID} and {@code theme:ID} tags, see {@link AnnotationTags}), and a colour.
 * Saving goes through {@link Commands.PutAnnotation}, so it is journalled and undoable.
 */
public final class AnnotationDialog extends Dialog<Annotation> {
    public static final ButtonType SAVE = new ButtonType("Save note", ButtonBar.ButtonData.OK_DONE);
    private final TextArea note = new TextArea();
    private final TextField freeTags = new TextField();
    private final TextField companySearch = new TextField();
    private final Map<String, BooleanProperty> companyChecks = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> themeChecks = new LinkedHashMap<>();
    private final ToggleGroup colors = new ToggleGroup();

    /** Opens the dialog for a new note on [start, end) of the report; saving adds it. */
    public static void show(Window owner, Workbench workbench, Report report, int start, int end) {
        Annotation draft = Anchoring.create(report, start, end, "", List.of(), NoteColor.YELLOW.id());
        MemoViewModel.TagChoices choices = MemoViewModel.TagChoices.of(workbench, report.id());
        AnnotationDialog d = new AnnotationDialog(owner, draft, true, choices.companies(), choices.themes(),
                choices.inThisReport());
        d.showAndWait().ifPresent(a -> workbench.execute(new Commands.PutAnnotation(null, a)));
    }

    /** Opens the dialog on an existing note; saving replaces it (undo brings the old one back). */
    public static void edit(Window owner, Workbench workbench, Annotation existing) {
        MemoViewModel.TagChoices choices = MemoViewModel.TagChoices.of(workbench, existing.reportId());
        AnnotationDialog d = new AnnotationDialog(owner, existing, false, choices.companies(), choices.themes(),
                choices.inThisReport());
        d.showAndWait().filter(a -> !a.equals(existing))
                .ifPresent(a -> workbench.execute(new Commands.PutAnnotation(existing, a)));
    }

    AnnotationDialog(Window owner, Annotation base, boolean isNew, List<Company> companies, List<Theme> themes,
                     Set<String> inThisReport) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(isNew ? "Add note" : "Edit note");
        setHeaderText(null);
        app.dossier.ui.common.Dialogs.framed(this);
        getDialogPane().getStyleClass().add("annotation-dialog");
        getDialogPane().getStylesheets().add(AnnotationDialog.class.getResource("/themes/notes.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        setResizable(true);

        Label quote = new Label("“" + abbreviate(base.quote()) + "”");
        quote.getStyleClass().add("annotation-quote");
        quote.setWrapText(true);
        quote.setMaxWidth(Double.MAX_VALUE);

        note.setId("annotation-note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("What matters about this passage?");
        note.setText(base.note());
        freeTags.setId("annotation-tags");
        freeTags.setPromptText("e.g. check-later, contradiction");
        freeTags.setText(String.join(", ", AnnotationTags.free(base.tags())));

        Set<String> chosenCompanies = Set.copyOf(AnnotationTags.companies(base.tags()));
        Set<String> chosenThemes = Set.copyOf(AnnotationTags.themes(base.tags()));
        List<Company> ordered = new ArrayList<>(companies);
        ordered.sort(Comparator.comparing((Company c) -> !chosenCompanies.contains(c.id()))
                .thenComparing(c -> !inThisReport.contains(c.id()))
                .thenComparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)));
        ordered.forEach(c -> companyChecks.put(c.id(), new SimpleBooleanProperty(chosenCompanies.contains(c.id()))));
        themes.forEach(t -> themeChecks.put(t.id(), new SimpleBooleanProperty(chosenThemes.contains(t.id()))));

        FilteredList<Company> shownCompanies = new FilteredList<>(FXCollections.observableArrayList(ordered));
        companySearch.setPromptText("Find a company");
        companySearch.setId("annotation-company-search");
        companySearch.textProperty().addListener((o, a, b) -> {
            String q = b.strip().toLowerCase(java.util.Locale.ROOT);
            shownCompanies.setPredicate(c -> q.isEmpty() || c.name().toLowerCase(java.util.Locale.ROOT).contains(q)
                    || c.aliases().stream().anyMatch(al -> al.toLowerCase(java.util.Locale.ROOT).contains(q)));
        });
        ListView<Company> companyList = checkList(shownCompanies, Company::name, c -> companyChecks.get(c.id()));
        companyList.setId("annotation-companies");
        ListView<Theme> themeList = checkList(FXCollections.observableArrayList(themes), Theme::name,
                t -> themeChecks.get(t.id()));
        themeList.setId("annotation-themes");

        VBox companyBox = new VBox(4, fieldLabel("Companies"), companySearch, companyList);
        VBox themeBox = new VBox(4, fieldLabel("Themes"), spacerLike(companySearch), themeList);
        HBox.setHgrow(companyBox, Priority.ALWAYS);
        HBox.setHgrow(themeBox, Priority.ALWAYS);
        companyBox.setPrefWidth(300);
        themeBox.setPrefWidth(300);
        HBox pickers = new HBox(12, companyBox, themeBox);

        HBox colorRow = colorChoices(NoteColor.of(base.color()), quote);
        Label hint = new Label("#words in the note become tags as well");
        hint.getStyleClass().add("hint");

        VBox content = new VBox(8, quote, fieldLabel("Note"), note, fieldLabel("Tags"), freeTags, hint, pickers,
                fieldLabel("Colour"), colorRow);
        content.setPadding(new Insets(4, 2, 2, 2));
        getDialogPane().setContent(content);
        // later than onShown: the dialog focuses its default button after it is shown, and a space typed
        // into the note would then press Save note on an empty note
        setOnShown(e -> javafx.application.Platform.runLater(note::requestFocus));

        setResultConverter(button -> button == SAVE ? result(base, isNew) : null);
    }

    private Annotation result(Annotation base, boolean isNew) {
        List<String> free = new ArrayList<>(AnnotationTags.parseFree(freeTags.getText()));
        AnnotationTags.hashTagsIn(note.getText()).stream().filter(t -> !free.contains(t)).forEach(free::add);
        List<String> tags = AnnotationTags.combine(free, checked(companyChecks), checked(themeChecks));
        String color = ((NoteColor) colors.getSelectedToggle().getUserData()).id();
        Annotation edited = Anchoring.edited(base, note.getText(), tags, color);
        // a new note is created now, not when the dialog opened
        return isNew ? new Annotation(edited.id(), edited.reportId(), edited.start(), edited.end(), edited.quote(),
                edited.prefix(), edited.suffix(), edited.note(), edited.tags(), edited.color(), edited.modified(),
                edited.modified(), false) : edited;
    }

    private static List<String> checked(Map<String, BooleanProperty> checks) {
        return checks.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private HBox colorChoices(NoteColor current, Label quote) {
        HBox row = new HBox(6);
        for (NoteColor c : NoteColor.values()) {
            ToggleButton b = new ToggleButton(c.label(), new Circle(6, Color.web(c.hex())));
            b.getStyleClass().add("color-choice");
            b.setId("color-" + c.id());
            b.setUserData(c);
            b.setToggleGroup(colors);
            if (c == current) {
                b.setSelected(true);
            }
            row.getChildren().add(b);
        }
        // a colour stays chosen: clicking the chosen one again does not leave none
        colors.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            } else if (now != null) {
                quote.setStyle("-fx-border-color: " + ((NoteColor) now.getUserData()).hex() + ";");
            }
        });
        quote.setStyle("-fx-border-color: " + current.hex() + ";");
        return row;
    }

    private static <T> ListView<T> checkList(javafx.collections.ObservableList<T> items, Function<T, String> name,
                                             Function<T, BooleanProperty> check) {
        ListView<T> list = new ListView<>(items);
        list.setPrefHeight(150);
        list.setCellFactory(CheckBoxListCell.forListView(check::apply, new app.dossier.ui.common.NameConverter<>(name)));
        return list;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** Keeps the themes list level with the companies list, which has a search field above it. */
    private static javafx.scene.layout.Region spacerLike(TextField field) {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        r.prefHeightProperty().bind(field.heightProperty());
        r.minHeightProperty().bind(field.heightProperty());
        return r;
    }

    static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() > 280 ? one.substring(0, 280) + "…" : one;
    }
}
