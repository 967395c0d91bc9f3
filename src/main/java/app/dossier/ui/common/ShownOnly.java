package app.dossier.ui.common;

import javafx.scene.Node;

/**
 * Runs a view's reload only while the view is shown; a reload asked for while its tab is hidden waits
 * until the tab is shown. Every decision asks each view to reload, and hidden views that all reloaded
 * at once would keep the worker busy for nothing.
 */
public final class ShownOnly {
    private final Node view;
    private final Runnable reload;
    private boolean pending;

    public ShownOnly(Node view, Runnable reload) {
        this.view = view;
        this.reload = reload;
        view.visibleProperty().addListener((o, was, now) -> {
            if (now && pending) {
                pending = false;
                reload.run();
            }
        });
    }

    /** Reloads now when shown, else remembers to. */
    public void request() {
        if (view.isVisible()) {
            pending = false;
            reload.run();
        } else {
            pending = true;
        }
    }
}
