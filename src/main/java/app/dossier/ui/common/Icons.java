package app.dossier.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the window uses. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon i = new FontIcon(icon);
        i.setIconSize(15);
        return i;
    }
}
