package app.dossier.ui.library;

import app.dossier.library.Library;
import app.dossier.model.Company;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.store.ReportListing;
import app.dossier.ui.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * What the library table shows: the words, company and theme the user filters by, the column sorted by, and
 * the rows the database answers with, a page at a time (held by the workbench, which the reader follows).
 */
public final class LibraryViewModel {
    /** The columns the table can be sorted by; each sorts in the database. */
    public enum Column {
        TITLE(ReportListing.Order.TITLE), LANGUAGE(ReportListing.Order.LANGUAGE), PUBLISHED(ReportListing.Order.PUBLISHED),
        SOURCE(ReportListing.Order.SOURCE), SIZE(ReportListing.Order.SIZE);

        private final ReportListing.Order order;

        Column(ReportListing.Order order) {
            this.order = order;
        }
    }

    private final Workbench workbench;
    private final StringProperty words = new SimpleStringProperty("");
    private final ObjectProperty<Company> company = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    /** The column sorted by; null for the order of import. */
    private final ObjectProperty<Column> sortColumn = new SimpleObjectProperty<>();
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObservableList<Company> companyOptions = FXCollections.observableArrayList();
    private final ObservableList<Theme> themeOptions = FXCollections.observableArrayList();

    public LibraryViewModel(Workbench workbench) {
        this.workbench = workbench;
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ObjectProperty<Company> companyProperty() {
        return company;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Column> sortColumnProperty() {
        return sortColumn;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    /** The companies mentioned in the library, to filter by. */
    public ObservableList<Company> companyOptions() {
        return companyOptions;
    }

    public ObservableList<Theme> themeOptions() {
        return themeOptions;
    }

    /** The rows shown: the first pages of the reports under the filter and order last applied. */
    public ObservableList<Report> rows() {
        return workbench.reports();
    }

    /** Asks the database for the first page under the words, company, theme and sort order chosen. */
    public void apply() {
        String text = words.get() == null ? "" : words.get().strip();
        Company c = company.get();
        Theme t = theme.get();
        Column sorted = sortColumn.get();
        workbench.showReports(new ReportListing.Filter(text.isEmpty() ? null : text, c == null ? null : c.id(),
                t == null ? null : t.id()), sorted == null ? ReportListing.Order.IMPORTED : sorted.order,
                sorted == null || ascending.get());
    }

    /** The filters offer the companies and themes there are now, keeping the ones chosen where they still exist. */
    public void refreshChoices() {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        Company chosenCompany = company.get();
        Theme chosenTheme = theme.get();
        // read by the workbench off the FX thread: at 10,000 reports the companies mentioned take a second to read
        List<Company> companies = List.copyOf(workbench.companyChoices());
        List<Theme> themes = lib.themes();
        companyOptions.setAll(companies);
        themeOptions.setAll(themes);
        company.set(companies.stream().filter(c -> chosenCompany != null && c.id().equals(chosenCompany.id()))
                .findFirst().orElse(null));
        theme.set(themes.stream().filter(t -> chosenTheme != null && t.id().equals(chosenTheme.id()))
                .findFirst().orElse(null));
    }

    /** Shows only the reports that mention this company, if the library knows it. */
    public void filterByCompany(String companyId) {
        companyOptions.stream().filter(c -> c.id().equals(companyId)).findFirst().ifPresent(company::set);
    }

    public void filterByTheme(String themeId) {
        themeOptions.stream().filter(t -> t.id().equals(themeId)).findFirst().ifPresent(theme::set);
    }

    public void clearFilters() {
        words.set("");
        company.set(null);
        theme.set(null);
    }
}
