package app.dossier.ui.common;

import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Runs a view's reload only while the view is shown; a reload asked for while its tab is hidden waits
 * until the tab is shown. Every decision asks each view to reload, and hidden views that all reloaded
 * at once would keep the single worker busy for nothing.
 */
public final class ShownOnly {
    /** Set in a view's properties by the window each time the view's tab is selected. */
    public static final String SHOWN_KEY = "dossier.shown";

    private final Node view;
    private final Runnable reload;
    private boolean pending;

    public ShownOnly(Node view, Runnable reload) {
        this.view = view;
        this.reload = reload;
        view.getProperties().addListener((MapChangeListener<Object, Object>) change -> {
            if (SHOWN_KEY.equals(change.getKey()) && change.wasAdded() && pending) {
                pending = false;
                reload.run();
            }
        });
    }

    /** Tells a view that its tab was just selected. */
    public static void markShown(Node view) {
        view.getProperties().put(SHOWN_KEY, System.nanoTime());
    }

    /** Reloads now when shown, else remembers to. */
    public void request() {
        if (shown(view)) {
            pending = false;
            reload.run();
        } else {
            pending = true;
        }
    }

    /** Shown: in a scene, and neither it nor any parent is hidden (a tab pane hides unselected tabs' parents). */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return true;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n instanceof Parent p && p.getParent() == null) {
                break;
            }
        }
        return true;
    }
}
