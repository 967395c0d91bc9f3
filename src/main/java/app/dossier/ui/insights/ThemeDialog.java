package app.dossier.ui.insights;

import app.dossier.model.Ids;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adds or edits a codebook theme: name, description, cue phrases per language (one a line). */
final class ThemeDialog {
    /** The cue languages of the codebook. */
    private static final List<String> LANGUAGES = List.of("en", "de", "zh");

    private ThemeDialog() {
    }

    static Optional<Theme> show(Window owner, Theme existing) {
        Dialog<Theme> dialog = app.dossier.ui.common.Dialogs.framed(new Dialog<>());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(existing == null ? "Add theme" : "Edit theme");
        dialog.setHeaderText(existing == null ? "A theme the tagging should look for (cues are phrases or regular expressions)"
                : "Edit “" + existing.name() + "”");
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("theme-name");
        TextField description = new TextField(existing == null || existing.description() == null ? "" : existing.description());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Description"), description);
        Map<String, TextArea> cues = new LinkedHashMap<>();
        int row = 2;
        for (String lang : LANGUAGES) {
            TextArea area = CompanyDialog.lines(existing == null ? List.of() : existing.cues().getOrDefault(lang, List.of()));
            area.setId("theme-cues-" + lang);
            area.setPromptText("Cues in " + lang + ", one a line");
            cues.put(lang, area);
            grid.addRow(row++, new Label("Cues (" + lang + ")"), area);
        }
        GridPane.setHgrow(name, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(name.textProperty().map(t -> t.isBlank()));
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            if (existing != null) {
                byLanguage.putAll(existing.cues());
            }
            cues.forEach((lang, area) -> {
                List<String> list = CompanyDialog.split(area.getText());
                if (list.isEmpty()) {
                    byLanguage.remove(lang);
                } else {
                    byLanguage.put(lang, list);
                }
            });
            return new Theme(existing == null ? Ids.slug(name.getText().strip()) : existing.id(), name.getText().strip(),
                    description.getText().strip(), byLanguage, ThemeOrigin.USER);
        });
        return dialog.showAndWait();
    }
}
