package app.dossier.ui.insights;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Ids;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Adds or edits a registry entry: name, aliases and products (one a line), kind. */
final class CompanyDialog {
    private CompanyDialog() {
    }

    static Optional<Company> show(Window owner, Company existing, List<String> kinds) {
        Dialog<Company> dialog = app.dossier.ui.common.Dialogs.framed(new Dialog<>());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(existing == null ? "Add company" : "Edit company");
        dialog.setHeaderText(existing == null ? "A company the tagging should find in every report"
                : "Edit “" + existing.name() + "”");
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("company-name");
        TextArea aliases = lines(existing == null ? List.of() : existing.aliases());
        aliases.setId("company-aliases");
        aliases.setPromptText("Other spellings, one a line (e.g. 智谱, Zhipu)");
        TextArea products = lines(existing == null ? List.of() : existing.products());
        products.setPromptText("Products that stand for the company, one a line");
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().setAll(kinds);
        kind.setEditable(true);
        kind.setValue(existing == null || existing.kind() == null ? "other" : existing.kind());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Aliases"), aliases);
        grid.addRow(2, new Label("Products"), products);
        grid.addRow(3, new Label("Kind"), kind);
        GridPane.setHgrow(name, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(name.textProperty().map(t -> t.isBlank()));
        dialog.setResultConverter(b -> b != ButtonType.OK ? null : new Company(
                existing == null ? Ids.slug(name.getText().strip()) : existing.id(),
                name.getText().strip(), split(aliases.getText()), split(products.getText()),
                kind.getEditor().getText().isBlank() ? Company.OTHER_KIND : kind.getEditor().getText().strip(),
                CompanyOrigin.USER));
        return dialog.showAndWait();
    }

    static TextArea lines(List<String> values) {
        TextArea area = new TextArea(String.join("\n", values));
        area.setPrefRowCount(3);
        area.setPrefColumnCount(30);
        return area;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
