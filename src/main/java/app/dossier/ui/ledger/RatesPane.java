package app.dossier.ui.ledger;

import app.dossier.money.ExchangeRates;
import app.dossier.money.RatesFile;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The exchange-rate table (value of one unit in US dollars) with the date it holds for. Edits stay
 * here until "Save rates" writes them to the library's exchange-rates.json; "Defaults" brings back
 * the shipped table.
 */
final class RatesPane extends VBox {
    /** One editable rate. */
    static final class Rate {
        final SimpleStringProperty code;
        final SimpleDoubleProperty toUsd;

        Rate(String code, double toUsd) {
            this.code = new SimpleStringProperty(code);
            this.toUsd = new SimpleDoubleProperty(toUsd);
        }
    }

    private final ObservableList<Rate> rates = FXCollections.observableArrayList();
    private final DatePicker asOf = new DatePicker();
    private final Label state = new Label();

    RatesPane(LedgerModel model) {
        super(6);
        setPadding(new Insets(8));
        setId("ledger-rates");
        TableView<Rate> table = new TableView<>(rates);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Rate, String> code = new TableColumn<>("Currency");
        code.setCellValueFactory(c -> c.getValue().code);
        code.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        code.setOnEditCommit(e -> {
            e.getRowValue().code.set(e.getNewValue().strip().toUpperCase(Locale.ROOT));
            dirty();
        });
        TableColumn<Rate, String> usd = new TableColumn<>("1 unit in USD");
        usd.setCellValueFactory(c -> new ReadOnlyStringWrapper(plain(c.getValue().toUsd.get())));
        usd.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        usd.setOnEditCommit(e -> {
            try {
                double v = Double.parseDouble(e.getNewValue().strip().replace(',', '.'));
                if (v > 0) {
                    e.getRowValue().toUsd.set(v);
                    dirty();
                }
            } catch (NumberFormatException ignored) {
                state.setText("A rate is a positive number, e.g. 0.14");
            }
            table.refresh();
        });
        table.getColumns().setAll(java.util.List.of(code, usd));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField newCode = new TextField();
        newCode.setPromptText("e.g. NOK");
        newCode.setPrefColumnCount(5);
        Button add = new Button("Add");
        add.setOnAction(e -> {
            String c = newCode.getText().strip().toUpperCase(Locale.ROOT);
            if (c.matches("[A-Z]{3}") && rates.stream().noneMatch(r -> r.code.get().equals(c))) {
                rates.add(new Rate(c, 1.0));
                newCode.clear();
                dirty();
            }
        });
        Button save = new Button("Save rates");
        save.setId("ledger-save-rates");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            Map<String, Double> table2 = new LinkedHashMap<>();
            rates.forEach(r -> table2.put(r.code.get(), r.toUsd.get()));
            model.saveRates(asOf.getValue(), table2);
            state.setText("Saved to the library's " + RatesFile.NAME);
        });
        Button defaults = new Button("Defaults");
        defaults.setOnAction(e -> {
            fill(ExchangeRates.defaults());
            dirty();
        });
        asOf.setPrefWidth(130);
        asOf.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        asOf.valueProperty().addListener((o, a, b) -> {
            if (a != null && b != null && !a.equals(b)) {
                dirty();
            }
        });
        Label note = new Label("Approximate rates for comparison only.");
        note.getStyleClass().add("text-muted");
        state.getStyleClass().add("text-muted");
        state.setWrapText(true);
        HBox date = new HBox(6, new Label("As of"), asOf);
        date.setAlignment(Pos.CENTER_LEFT);
        HBox adding = new HBox(6, newCode, add);
        HBox actions = new HBox(6, save, defaults);
        getChildren().addAll(date, table, adding, actions, note, state);
        model.moneyProperty().addListener((o, a, b) -> {
            if (b != null) {
                fill(b.rates());
            }
        });
        fill(model.moneyProperty().get().rates());
    }

    private void fill(ExchangeRates table) {
        rates.clear();
        new java.util.TreeMap<>(table.table()).forEach((c, v) -> rates.add(new Rate(c, v)));
        asOf.setValue(table.asOf());
        state.setText("");
    }

    private void dirty() {
        state.setText("Changed: not saved yet");
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
