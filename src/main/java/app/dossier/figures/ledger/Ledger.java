package app.dossier.figures.ledger;

import app.dossier.money.Money;
import app.dossier.money.Runway;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Report;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure of a library as ledger rows, with the conflicts between reports and the runway per
 * company. A snapshot: rebuild it after a decision.
 */
public record Ledger(List<LedgerEntry> entries, List<Conflicts.Conflict> conflicts, List<Runway.Estimate> runway,
                     Map<String, String> companyNames, Map<String, String> reportTitles) {

    public static Ledger of(List<Figure> figures, Map<String, Company> companies, Collection<Report> reports,
                            Collection<String> needingReview, Money money) {
        Map<String, Report> reportsById = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Report r : reports) {
            reportsById.put(r.id(), r);
            titles.put(r.id(), r.title() == null || r.title().isBlank() ? r.id() : r.title());
        }
        Map<String, String> names = new HashMap<>();
        companies.forEach((id, c) -> names.put(id, c.name()));
        List<Figure> live = figures.stream().filter(f -> reportsById.isEmpty() || reportsById.containsKey(f.reportId()))
                .toList();
        List<Conflicts.Conflict> conflicts = new Conflicts(money).find(live);
        Set<String> conflicted = Conflicts.figureIds(conflicts);
        Set<String> review = Set.copyOf(needingReview);
        WrittenValue written = WrittenValue.builtin();
        List<LedgerEntry> entries = live.stream()
                .map(f -> new LedgerEntry(f, f.companyId() == null ? "" : names.getOrDefault(f.companyId(), f.companyId()),
                        titles.getOrDefault(f.reportId(), f.reportId()), written.of(f), FigureText.normalised(f),
                        review.contains(f.id()), conflicted.contains(f.id())))
                .sorted(Comparator.comparing(LedgerEntry::reportTitle).thenComparingInt(e -> e.figure().start()))
                .toList();
        List<Runway.Estimate> runway = new Runway(money).estimate(live, reportsById);
        return new Ledger(entries, conflicts, runway, Map.copyOf(names), Map.copyOf(titles));
    }

    public String companyName(String id) {
        return id == null ? "" : companyNames.getOrDefault(id, id);
    }

    public String reportTitle(String id) {
        return reportTitles.getOrDefault(id, id);
    }
}
