package app.dossier.matrix;

import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.money.Money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A comparison matrix from an open library: its figures, reports, companies, themes and exchange rates. */
public final class LibraryMatrix {
    private LibraryMatrix() {
    }

    /** @throws IllegalArgumentException naming a company, theme or currency the library does not know */
    public static ComparisonMatrix build(Library library, MatrixSelection selection) {
        Money money = new Money(LibraryCharts.rates(library));
        if (!money.rates().supports(selection.currency())) {
            throw new IllegalArgumentException("no exchange rate for currency " + selection.currency() + "; known: "
                    + String.join(", ", new java.util.TreeSet<>(money.rates().table().keySet())));
        }
        Map<String, Report> reports = new HashMap<>();
        library.reports().forEach(r -> reports.put(r.id(), r));
        Map<String, Company> companies = library.companiesById();
        List<String> rows = selection.theme() != null ? companiesOfTheme(library, selection.theme())
                : resolve(selection.companies(), companies);
        if (selection.theme() != null && rows.isEmpty()) {
            return new ComparisonMatrix(selection.currency().toUpperCase(Locale.ROOT), money.rates().asOf(),
                    selection.metrics(), List.of());
        }
        ComparisonMatrix built = new MatrixBuilder(money, reports, companies).build(library.figures(null), rows,
                selection.metrics(), selection.currency());
        return selection.sort() == null ? built : selection.sort().apply(built);
    }

    /** Company ids for names as a user types them: an id, the name or an alias, in any case. */
    public static List<String> resolve(List<String> typed, Map<String, Company> companies) {
        List<String> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String t : typed) {
            String key = t.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            Optional<Company> c = companies.values().stream().filter(x -> x.id().equalsIgnoreCase(key)
                    || x.name().toLowerCase(Locale.ROOT).equals(key)
                    || x.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))).findFirst();
            c.ifPresentOrElse(x -> ids.add(x.id()), () -> unknown.add(t.strip()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no company named " + String.join(", ", unknown) + " in the library");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** Companies named inside the passages tagged with the theme (given by id or name), rejected tags aside. */
    public static List<String> companiesOfTheme(Library library, String theme) {
        String key = theme.strip().toLowerCase(Locale.ROOT);
        Theme t = library.themes().stream().filter(x -> x.id().equalsIgnoreCase(key)
                        || x.name().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no theme named " + theme + " in the library"));
        Map<String, List<Mention>> byReport = new HashMap<>();
        library.mentions(null).forEach(m -> byReport.computeIfAbsent(m.reportId(), k -> new ArrayList<>()).add(m));
        Set<String> out = new LinkedHashSet<>();
        for (ThemeTag tag : library.themeTags(null)) {
            if (tag.themeId().equals(t.id()) && tag.status() != ReviewStatus.REJECTED) {
                for (Mention m : byReport.getOrDefault(tag.reportId(), List.of())) {
                    if (m.start() >= tag.start() && m.end() <= tag.end()) {
                        out.add(m.companyId());
                    }
                }
            }
        }
        Map<String, Company> companies = library.companiesById();
        return out.stream().sorted(java.util.Comparator.comparing((String id) ->
                companies.containsKey(id) ? companies.get(id).name().toLowerCase(Locale.ROOT) : id)).toList();
    }
}
