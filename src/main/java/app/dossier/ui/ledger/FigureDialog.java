package app.dossier.ui.ledger;

import app.dossier.figures.ledger.AmountInput;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.ReviewStatus;
import app.dossier.ui.details.Formats;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Edits every field of a figure: company, metric, value (and upper bound), currency, per, period,
 * approximate and status. Returns the edited figure; the caller turns it into a command.
 */
public final class FigureDialog extends Dialog<Figure> {
    private static final Company NO_COMPANY = new Company("", "(no company)", List.of(), List.of(), "", null);
    private static final List<String> PER = List.of("", "month", "quarter", "year");

    final ComboBox<Company> company = new ComboBox<>();
    final ComboBox<String> metric = new ComboBox<>();
    final TextField value = new TextField();
    final TextField valueMax = new TextField();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<String> per = new ComboBox<>();
    final TextField period = new TextField();
    final CheckBox approx = new CheckBox("approximate (about, over, nearly...)");
    final ComboBox<ReviewStatus> status = new ComboBox<>();
    private final Label problem = new Label();

    public FigureDialog(Window owner, String title, Figure figure, List<Company> companies, List<String> currencies) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        app.dossier.ui.common.Dialogs.framed(this);
        getDialogPane().getStyleClass().add("figure-dialog");
        ButtonType save = new ButtonType(title.startsWith("Add") ? "Add" : "Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);

        List<Company> sorted = new ArrayList<>(companies);
        sorted.sort(Comparator.comparing(c -> c.name().toLowerCase()));
        company.getItems().add(NO_COMPANY);
        company.getItems().addAll(sorted);
        company.setConverter(new StringConverter<>() {
            @Override
            public String toString(Company c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Company fromString(String s) {
                return company.getItems().stream().filter(c -> c.name().equalsIgnoreCase(s)).findFirst().orElse(null);
            }
        });
        company.setValue(sorted.stream().filter(c -> c.id().equals(figure.companyId())).findFirst().orElse(NO_COMPANY));
        company.setVisibleRowCount(14);
        metric.getItems().addAll(Metric.ALL);
        metric.setCellFactory(l -> metricCell());
        metric.setButtonCell(metricCell());
        metric.setValue(figure.metric());
        value.setText(AmountInput.format(figure.value()));
        valueMax.setText(figure.valueMax() == null ? "" : AmountInput.format(figure.valueMax()));
        valueMax.setPromptText("upper bound of a range");
        currency.setEditable(true);
        currency.getItems().add("");
        currency.getItems().addAll(currencies);
        currency.setValue(figure.currency() == null ? "" : figure.currency());
        per.getItems().addAll(PER);
        per.setValue(figure.per() == null ? "" : figure.per());
        period.setText(figure.period() == null ? "" : figure.period());
        period.setPromptText("2024, 2025-Q1, H1 2025...");
        approx.setSelected(figure.approx());
        status.getItems().addAll(ReviewStatus.values());
        status.setValue(figure.status());
        problem.getStyleClass().add("danger");

        TextArea quote = new TextArea(figure.quote());
        quote.setEditable(false);
        quote.setWrapText(true);
        quote.setPrefRowCount(3);
        quote.getStyleClass().add("ledger-quote");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(300);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label("Quote"), quote);
        grid.addRow(row++, new Label("Company"), company);
        grid.addRow(row++, new Label("Metric"), metric);
        grid.addRow(row++, new Label("Value"), value);
        grid.addRow(row++, new Label("Up to"), valueMax);
        grid.addRow(row++, new Label("Currency"), currency);
        grid.addRow(row++, new Label("Per"), per);
        grid.addRow(row++, new Label("Period"), period);
        grid.addRow(row++, new Label(""), approx);
        grid.addRow(row++, new Label("Status"), status);
        grid.add(problem, 1, row);
        for (var n : List.of(company, metric, currency, per, status)) {
            n.setMaxWidth(Double.MAX_VALUE);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);

        var saveButton = getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String why = validate();
            problem.setText(why == null ? "" : why);
            if (why != null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == save ? edited(figure) : null);
        Platform.runLater(value::requestFocus);
    }

    private static ListCell<String> metricCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.metricName(item));
            }
        };
    }

    String validate() {
        if (AmountInput.parse(value.getText()).isEmpty()) {
            return "The value must be a number (2500000000, 2.5 bn, 300 M, 56).";
        }
        if (!valueMax.getText().isBlank() && AmountInput.parse(valueMax.getText()).isEmpty()) {
            return "The upper bound must be a number or empty.";
        }
        String cur = currencyText();
        if (cur != null && !cur.matches("[A-Za-z]{3}")) {
            return "The currency is a three-letter code such as USD, EUR, CNY.";
        }
        return null;
    }

    private String currencyText() {
        String c = currency.isEditable() && currency.getEditor() != null ? currency.getEditor().getText() : currency.getValue();
        if (c == null || c.isBlank()) {
            c = currency.getValue();
        }
        return c == null || c.isBlank() ? null : c.strip().toUpperCase(java.util.Locale.ROOT);
    }

    Figure edited(Figure f) {
        Company c = company.getValue();
        OptionalDouble max = AmountInput.parse(valueMax.getText());
        return new Figure(f.id(), f.reportId(), c == null || c == NO_COMPANY ? null : c.id(), metric.getValue(),
                AmountInput.parse(value.getText()).orElse(f.value()), max.isPresent() ? max.getAsDouble() : null,
                currencyText(), blankToNull(per.getValue()), blankToNull(period.getText()), approx.isSelected(),
                f.start(), f.end(), f.quote(), f.origin(), status.getValue(), f.basis(), f.product(), f.asOf(), f.forecast());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
