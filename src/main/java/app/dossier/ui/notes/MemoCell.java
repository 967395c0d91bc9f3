package app.dossier.ui.notes;

import app.dossier.annotations.NoteColor;
import app.dossier.model.Annotation;
import app.dossier.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A note in the memo list: colour chip and source, the quote, the note, then its tags, companies and themes. */
final class MemoCell extends ListCell<MemoItem> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());
    private final Circle chip = new Circle(5);
    private final Label source = new Label();
    private final Label orphaned = new Label("passage not found", Icons.of(Feather.ALERT_TRIANGLE));
    private final Label date = new Label();
    private final Label quote = new Label();
    private final VBox quoteBox = new VBox(quote);
    private final Label note = new Label();
    private final FlowPane chips = new FlowPane(4, 4);
    private final VBox box;

    MemoCell(ListView<MemoItem> list) {
        getStyleClass().add("memo-cell");
        source.getStyleClass().add("memo-source");
        date.getStyleClass().add("memo-source");
        orphaned.getStyleClass().add("memo-orphaned");
        orphaned.setTooltip(new Tooltip("The quote was not found after the report was re-processed. "
                + "The note is kept at its old place."));
        orphaned.managedProperty().bind(orphaned.visibleProperty());
        quote.getStyleClass().add("memo-quote");
        quote.setWrapText(true);
        quoteBox.getStyleClass().add("memo-quote-box");
        note.getStyleClass().add("memo-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        chips.managedProperty().bind(chips.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, chip, source, orphaned, gap, date);
        head.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(5, head, quoteBox, note, chips);
        // wrap text at the list's width instead of widening the cell
        box.maxWidthProperty().bind(list.widthProperty().subtract(42));
        box.prefWidthProperty().bind(box.maxWidthProperty());
        quote.maxWidthProperty().bind(box.maxWidthProperty().subtract(12));
        // a wrapped label must not be squeezed back to one line when the cell computes its height
        quote.setMinHeight(Region.USE_PREF_SIZE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.maxWidthProperty().bind(box.maxWidthProperty());
        chips.prefWrapLengthProperty().bind(box.maxWidthProperty());
    }

    @Override
    protected void updateItem(MemoItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("orphaned");
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Annotation a = item.annotation();
        NoteColor color = NoteColor.of(a.color());
        chip.setFill(Color.web(color.hex()));
        quoteBox.setStyle("-fx-border-color: " + color.hex() + ";");
        source.setText(item.reportTitle());
        date.setText(DATE.format(a.modified()));
        orphaned.setVisible(a.orphaned());
        if (a.orphaned()) {
            getStyleClass().add("orphaned");
        }
        quote.setText("“" + AnnotationDialog.abbreviate(a.quote()) + "”");
        note.setText(a.note());
        note.setVisible(a.note() != null && !a.note().isBlank());
        chips.getChildren().clear();
        item.freeTags().forEach(t -> chips.getChildren().add(chip("#" + t, null)));
        item.companyNames().forEach(c -> chips.getChildren().add(chip(c, "company")));
        item.themeNames().forEach(t -> chips.getChildren().add(chip(t, "theme")));
        chips.setVisible(!chips.getChildren().isEmpty());
        setGraphic(box);
    }

    private static Label chip(String text, String kind) {
        Label l = new Label(text);
        l.getStyleClass().add("memo-chip");
        if (kind != null) {
            l.getStyleClass().add(kind);
        }
        return l;
    }
}
