package app.dossier.tagging;

import app.dossier.model.Company;

import java.util.ArrayList;
import java.util.List;

/** The companies Dossier knows: the registry shipped with the app plus the user's own entries. (stub) */
public final class CompanyRegistry {
    private final List<Company> companies;

    public CompanyRegistry(List<Company> companies) {
        this.companies = List.copyOf(companies);
    }

    /** The registry shipped as a resource. */
    public static CompanyRegistry builtin() {
        return new CompanyRegistry(List.of());
    }

    public List<Company> companies() {
        return companies;
    }

    /** A registry with these entries added (or replacing entries with the same id). */
    public CompanyRegistry with(List<Company> extra) {
        List<Company> all = new ArrayList<>(companies);
        for (Company c : extra) {
            all.removeIf(x -> x.id().equals(c.id()));
            all.add(c);
        }
        return new CompanyRegistry(all);
    }
}
