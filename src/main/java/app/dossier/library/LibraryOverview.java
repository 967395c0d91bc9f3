package app.dossier.library;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.library.overview.Overview;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.Report;
import app.dossier.money.Money;
import app.dossier.money.Runway;
import app.dossier.store.CompanyQueries;
import app.dossier.store.OverviewQueries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the overview (see Overview) from aggregate queries (OverviewQueries): the library's mentions and
 * figures are counted by the database, and rows are read only for what is new and for the few companies shown.
 * The last visit is a marker in the library (table last_visit, V14) moved by the window, never by a command.
 */
public final class LibraryOverview {
    /** Companies and themes listed as the most mentioned. */
    public static final int TOP = 8;
    /** New reports looked at for conflicts: the newest, so a huge first import does not read every figure. */
    public static final int CONFLICT_REPORTS = 200;
    private static final int NEWEST_LISTED = 5;

    private final Library library;

    public LibraryOverview(Library library) {
        this.library = library;
    }

    /** When the window last showed this library's overview; empty before the first time. */
    public Optional<Instant> lastVisit() {
        return library.database().read(OverviewQueries::lastVisit);
    }

    /** Moves the marker: the next overview says what is new after this moment. Not a decision, not journalled. */
    public void recordVisit(Instant at) {
        library.database().writeOutsideIndex(c -> {
            OverviewQueries.recordVisit(c, at);
            return null;
        });
    }

    /** The overview with what is new after {@code since} (everything when null: a first visit). */
    public Overview read(Instant since) {
        // the count the library table shows, kept until the next write: not counted again over every report's row
        int reports = library.reportCount(app.dossier.store.ReportListing.Filter.NONE);
        Instant from = since == null ? Instant.EPOCH : since;
        Map<String, Company> companies = library.companiesById();
        return new Overview(since, reports, news(from, companies), topCompanies(companies), topThemes(), runway(companies));
    }

    private Overview.New news(Instant from, Map<String, Company> companies) {
        var db = library.database();
        int count = db.read(c -> OverviewQueries.reportsSince(c, from));
        List<Report> newest = db.read(c -> OverviewQueries.newestSince(c, from, NEWEST_LISTED));
        int[] waiting = db.read(OverviewQueries::figuresWaiting);
        // on a first visit every conflict is new: the ledger lists them; reading them all here would read every figure
        boolean firstVisit = from.equals(Instant.EPOCH);
        List<Figure> fresh = count == 0 || firstVisit ? List.of() : db.read(c -> OverviewQueries.figuresSince(c, from, CONFLICT_REPORTS));
        Set<String> undecided = library.discoveredCompanies().stream().map(Company::id).collect(Collectors.toSet());
        List<Overview.Named> discovered = db.read(c -> OverviewQueries.discoveredSince(c, from)).stream()
                .filter(undecided::contains).map(id -> new Overview.Named(id, nameOf(companies, id), 0, 0)).toList();
        return new Overview.New(count, newest, waiting[0], waiting[1], newConflicts(fresh), firstVisit ? 0 : Math.min(count, CONFLICT_REPORTS),
                discovered, undecided.size());
    }

    /** Conflicts a new figure takes part in: compared with every figure of the same companies and metrics. */
    private List<Conflicts.Conflict> newConflicts(List<Figure> fresh) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        Set<String> companyIds = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        fresh.forEach(f -> {
            companyIds.add(f.companyId());
            metrics.add(f.metric());
        });
        List<Figure> related = library.database().read(c -> CompanyQueries.figuresOf(c, companyIds, metrics));
        Set<String> freshIds = fresh.stream().map(Figure::id).collect(Collectors.toSet());
        return new Conflicts(money()).find(related).stream()
                .filter(k -> freshIds.contains(k.first().id()) || freshIds.contains(k.second().id())).toList();
    }

    /** The most mentioned companies, publishers only cited as sources left out (their kind says so). */
    private List<Overview.Named> topCompanies(Map<String, Company> companies) {
        return library.database().read(c -> OverviewQueries.topCompanies(c, TOP * 4)).stream()
                .filter(k -> companies.get(k.id()) == null || !Sources.isPublisherKind(companies.get(k.id()).kind()))
                .limit(TOP).map(k -> new Overview.Named(k.id(), nameOf(companies, k.id()), k.count(), k.reports())).toList();
    }

    private List<Overview.Named> topThemes() {
        Map<String, String> names = new HashMap<>();
        library.themes().forEach(t -> names.put(t.id(), t.name()));
        return library.database().read(c -> OverviewQueries.topThemes(c, TOP)).stream()
                .map(k -> new Overview.Named(k.id(), names.getOrDefault(k.id(), k.id()), k.count(), k.reports())).toList();
    }

    /** Runway of the companies most recently reported with cash and burn, by the ledger's own rule. */
    private List<Overview.RunwayLine> runway(Map<String, Company> companies) {
        var db = library.database();
        List<String> ids = db.read(c -> OverviewQueries.cashAndBurnCompanies(c, TOP)).stream()
                .map(OverviewQueries.MoneyCompany::companyId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Figure> figures = db.read(c -> CompanyQueries.figuresWithoutQuotes(c, ids, List.of(Metric.CASH, Metric.BURN)));
        Set<String> reportIds = new HashSet<>();
        figures.forEach(f -> reportIds.add(f.reportId()));
        Map<String, Report> reports = new HashMap<>();
        db.read(c -> CompanyQueries.reports(c, reportIds)).forEach(r -> reports.put(r.id(), r));
        List<Runway.Estimate> estimates = new Runway(money()).estimate(figures, reports);
        // only the figures shown are read with their quotes (from their reports' texts)
        return db.read(c -> {
            List<Overview.RunwayLine> out = new ArrayList<>();
            for (Runway.Estimate e : estimates) {
                Runway.Estimate quoted = new Runway.Estimate(e.companyId(), e.months(), quoted(c, e.cash()), quoted(c, e.burn()),
                        e.monthlyBurn(), e.currency(), e.oneReport());
                out.add(new Overview.RunwayLine(nameOf(companies, e.companyId()), quoted));
            }
            return out;
        });
    }

    private static Figure quoted(java.sql.Connection c, Figure f) throws java.sql.SQLException {
        Figure read = f == null || f.quote() != null ? null : app.dossier.store.FigureRepository.find(c, f.id());
        return read == null ? f : read;
    }

    private Money money() {
        return new Money(LibraryCharts.rates(library));
    }

    private static String nameOf(Map<String, Company> companies, String id) {
        Company c = companies.get(id);
        return c == null ? id : c.name();
    }
}
