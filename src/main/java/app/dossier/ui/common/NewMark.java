package app.dossier.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The "new" mark of a company discovered in the reports that the registry does not hold yet. */
public final class NewMark {
    public static final String TIP = "Discovered in the reports, not in the registry: accept or reject it in Companies & themes";

    private NewMark() {
    }

    public static Label create() {
        Label l = new Label("new");
        l.getStyleClass().add("new-mark");
        l.setTooltip(new Tooltip(TIP));
        return l;
    }
}
