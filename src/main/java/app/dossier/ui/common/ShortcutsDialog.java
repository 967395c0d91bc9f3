package app.dossier.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Help ▸ Keyboard shortcuts: read from the menus' accelerators and the window's own, when it is opened, so the
 * list is always the window's actual keys; the keys a list or the reader answers by itself follow (KeyHints).
 */
public final class ShortcutsDialog {
    /** One key with what it does and where it is. */
    public record Shortcut(String keys, String action, String where) {
        public String getKeys() {
            return keys;
        }

        public String getAction() {
            return action;
        }

        public String getWhere() {
            return where;
        }
    }

    private ShortcutsDialog() {
    }

    /** Every accelerator of the menus (with their path) and of the scene, then the keys views answer. */
    public static List<Shortcut> of(MenuBar menus, Scene scene) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            collect(m, m.getText(), out);
        }
        if (scene != null) {
            for (Map.Entry<KeyCombination, Runnable> e : scene.getAccelerators().entrySet()) {
                out.add(new Shortcut(e.getKey().getDisplayText(), KeyHints.describe(e.getKey()), "Window"));
            }
        }
        KeyHints.all().forEach(h -> out.add(new Shortcut(h.keys(), h.action(), h.where())));
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " ▸ " + sub.getText(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), item.getText(), path));
            }
        }
    }

    public static void show(Window owner, MenuBar menus) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column("Keys", "keys", 140));
        table.getColumns().add(column("Action", "action", 280));
        table.getColumns().add(column("Where", "where", 160));
        table.getItems().setAll(of(menus, owner.getScene()));
        table.setPrefSize(620, 440);
        // the columns share the table's width: a sideways scrollbar under three short columns helps nobody
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getStyleClass().add("shortcuts-dialog");
        dialog.setResizable(true);
        dialog.show();
    }

    private static TableColumn<Shortcut, String> column(String title, String property, double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(new PropertyValueFactory<>(property));
        c.setPrefWidth(width);
        return c;
    }
}
