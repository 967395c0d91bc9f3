package app.dossier.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * The window's look: AtlantaFX Primer Light or Dark (with Dossier's own dark overrides), and the reader's text
 * size in steps. Changing {@link #darkProperty()} switches the theme at once, charts on screen included (see
 * ScreenCharts); the window remembers both between runs (WindowSettings).
 */
public final class Appearance {
    /** Dossier's overrides of its own colours for the dark theme, added to the scene after dossier.css. */
    public static final String DARK_STYLESHEET = "/themes/dossier-dark.css";
    /** Steps of the reader's text size; the CSS (.reader-body.zoom-N) gives each its size, step 4 is 15 px. */
    public static final int ZOOM_STEPS = 11;
    public static final int ZOOM_DEFAULT = 4;

    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final IntegerProperty zoom = new SimpleIntegerProperty(ZOOM_DEFAULT);
    private final Parent root;

    public Appearance(Parent root) {
        this.root = root;
        dark.addListener((o, a, b) -> apply(root.getScene()));
        root.sceneProperty().addListener((o, a, b) -> apply(b));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The reader's text size step, 0 (smallest) to ZOOM_STEPS - 1. */
    public IntegerProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(ZOOM_STEPS - 1, zoom.get() + 1));
    }

    public void zoomOut() {
        zoom.set(Math.max(0, zoom.get() - 1));
    }

    public void resetZoom() {
        zoom.set(ZOOM_DEFAULT);
    }

    private void apply(Scene scene) {
        boolean isDark = dark.get();
        // the user-agent stylesheet is the application's, which is this one window
        Application.setUserAgentStylesheet(isDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        ScreenCharts.darkProperty().set(isDark);
        root.getStyleClass().remove("dark");
        if (isDark) {
            root.getStyleClass().add("dark");
        }
        if (scene == null) {
            return;
        }
        String overrides = Objects.requireNonNull(Appearance.class.getResource(DARK_STYLESHEET)).toExternalForm();
        scene.getStylesheets().remove(overrides);
        if (isDark) {
            scene.getStylesheets().add(overrides);
        }
    }
}
