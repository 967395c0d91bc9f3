package app.dossier.ui.common;

import app.dossier.model.Company;
import javafx.util.StringConverter;

/** Shows a company by its name in choice lists; the lists only offer companies, so nothing is parsed back. */
public final class CompanyNameConverter extends StringConverter<Company> {
    @Override
    public String toString(Company c) {
        return c == null ? "" : c.name();
    }

    @Override
    public Company fromString(String s) {
        return null;
    }
}
