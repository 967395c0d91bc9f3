package app.dossier.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** Message boxes in the window's style. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Gives a dialog the window's style sheet and room between its content and its border: a dialog's scene
     * does not inherit the main window's sheets, and without them forms touched the dialog's edge.
     */
    public static <T extends javafx.scene.control.Dialog<?>> T framed(T dialog) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        var sheet = Dialogs.class.getResource("/themes/dossier.css");
        if (sheet != null && !pane.getStylesheets().contains(sheet.toExternalForm())) {
            pane.getStylesheets().add(sheet.toExternalForm());
        }
        if (!pane.getStyleClass().contains("dossier-dialog")) {
            pane.getStyleClass().add("dossier-dialog");
        }
        return dialog;
    }

    public static void error(Window owner, String header, Throwable e) {
        Alert a = framed(new Alert(Alert.AlertType.ERROR));
        a.initOwner(owner);
        a.setHeaderText(header);
        a.setContentText(Failures.reason(header, e));
        a.show();
    }

    /** A warning with one line per item that went wrong (file: reason), the lines in an expandable list. */
    public static void problems(Window owner, String header, String text, java.util.List<String> lines) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.initOwner(owner);
        a.setHeaderText(header);
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(String.join("\n", lines));
        list.setEditable(false);
        list.setId("problem-lines");
        a.getDialogPane().setExpandableContent(list);
        a.getDialogPane().setExpanded(true);
        a.show();
    }

    public static boolean confirm(Window owner, String header, String text, String action) {
        ButtonType yes = new ButtonType(action, ButtonType.OK.getButtonData());
        Alert a = framed(new Alert(Alert.AlertType.CONFIRMATION, text, yes, ButtonType.CANCEL));
        a.initOwner(owner);
        a.setHeaderText(header);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
