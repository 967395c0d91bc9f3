package app.dossier.library;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.library.profile.CompanyProfile.NoteRef;
import app.dossier.library.profile.CompanyProfile.ReportRef;
import app.dossier.library.profile.CompanyProfile.RunwayPoint;
import app.dossier.library.profile.CompanyProfile.ThemeRef;
import app.dossier.library.profile.CompanyProfile.TimelinePoint;
import app.dossier.library.profile.CompanyProfile;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.money.Money;
import app.dossier.money.Periods;
import app.dossier.money.RatesFile;
import app.dossier.money.Runway;
import app.dossier.store.CompanyQueries;
import app.dossier.tagging.NameKeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a company's profile from a handful of queries narrowed to the company (see CompanyQueries): never the
 * whole library's mentions or figures. Conversion, monthly burn, runway and conflicts are the money package's
 * and the ledger's own rules, so the profile agrees with the ledger and the charts.
 */
public final class CompanyProfiles {
    private final Library library;

    public CompanyProfiles(Library library) {
        this.library = library;
    }

    /**
     * The companies a name given by the user stands for: its id, or its name or an alias in any script (case,
     * width and traditional or simplified characters folded). Several when the name is ambiguous.
     */
    public List<Company> find(String name) {
        String key = NameKeys.of(name);
        Map<String, Company> all = library.companiesById();
        Company byId = all.get(name.strip());
        if (byId != null) {
            return List.of(byId);
        }
        List<Company> byName = all.values().stream().filter(c -> NameKeys.of(c.name()).equals(key)).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return all.values().stream().filter(c -> c.aliases().stream().anyMatch(a -> NameKeys.of(a).equals(key))).toList();
    }

    /** The profile of one company with money in {@code currency}. */
    public CompanyProfile of(String companyId, String currency) {
        Company company = library.companiesById().get(companyId);
        if (company == null) {
            throw new IllegalArgumentException("no company with id " + companyId);
        }
        Facts db = Facts.read(library, companyId);
        Map<String, Report> reports = db.reports();
        Money money = new Money(RatesFile.ofLibrary(library.directory()));
        List<Figure> live = db.figures().stream().filter(f -> f.status() != ReviewStatus.REJECTED).toList();
        List<Conflicts.Conflict> conflicts = new Conflicts(money).find(live);
        Set<String> conflicted = Conflicts.figureIds(conflicts);
        Function<String, String> title = id -> reports.containsKey(id) ? titleOf(reports.get(id)) : id;
        List<TimelinePoint> timeline = live.stream()
                .map(f -> new TimelinePoint(dateOf(reports.get(f.reportId())), f, title.apply(f.reportId()),
                        inCurrency(f, money, currency), conflicted.contains(f.id()), f.asOf() != null && !f.asOf().isBlank()))
                .sorted(Comparator.comparing(TimelinePoint::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(TimelinePoint::metric).thenComparingInt(p -> p.figure().start()))
                .toList();
        List<ReportRef> reportRefs = db.mentions().stream()
                .map(m -> new ReportRef(m.reportId(), title.apply(m.reportId()), dateOf(reports.get(m.reportId())), m.mentions()))
                .sorted(Comparator.comparing(ReportRef::date, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ReportRef::title))
                .toList();
        Map<String, String> themeNames = library.themes().stream().collect(Collectors.toMap(Theme::id, Theme::name, (a, b) -> a));
        List<ThemeRef> themes = db.themes().stream()
                .map(t -> new ThemeRef(t.themeId(), themeNames.getOrDefault(t.themeId(), t.themeId()), t.passages())).toList();
        Runway runway = new Runway(money);
        List<Runway.Estimate> latest = runway.estimate(live, reports);
        List<NoteRef> notes = db.notes().stream().map(n -> new NoteRef(n, title.apply(n.reportId()))).toList();
        return new CompanyProfile(company, names(company), reportRefs, themes, timeline, runwayByReport(runway, live, reports, title),
                latest.isEmpty() ? null : latest.get(0), conflicts, notes, currency, money.rates().asOf());
    }

    /** What the store holds on the company, read by queries narrowed to it. */
    private record Facts(List<CompanyQueries.ReportMentions> mentions, List<CompanyQueries.ThemePassages> themes,
                         List<Figure> figures, List<Annotation> notes, Map<String, Report> reports) {
        static Facts read(Library library, String companyId) {
            var db = library.database();
            var mentions = db.read(c -> CompanyQueries.reportsMentioning(c, companyId));
            var themes = db.read(c -> CompanyQueries.themesOf(c, companyId));
            var figures = db.read(c -> CompanyQueries.figuresOf(c, companyId));
            var notes = db.read(c -> CompanyQueries.notesMentioning(c, companyId));
            Set<String> ids = new LinkedHashSet<>();
            mentions.forEach(m -> ids.add(m.reportId()));
            figures.forEach(f -> ids.add(f.reportId()));
            notes.forEach(n -> ids.add(n.reportId()));
            Map<String, Report> reports = new HashMap<>();
            db.read(c -> CompanyQueries.reports(c, ids)).forEach(r -> reports.put(r.id(), r));
            return new Facts(mentions, themes, figures, notes, reports);
        }
    }

    /** The name first, then every alias and product name once, in every script the registry and the reports give. */
    private static List<String> names(Company company) {
        Set<String> names = new LinkedHashSet<>();
        names.add(company.name());
        names.addAll(company.aliases());
        names.addAll(company.products());
        return List.copyOf(names);
    }

    /** Runway as of each report that gives both cash and a burn of known period for the company. */
    private static List<RunwayPoint> runwayByReport(Runway runway, List<Figure> figures, Map<String, Report> reports,
                                                    Function<String, String> title) {
        Map<String, List<Figure>> byReport = new HashMap<>();
        figures.stream().filter(f -> Metric.CASH.equals(f.metric()) || Metric.BURN.equals(f.metric()))
                .forEach(f -> byReport.computeIfAbsent(f.reportId(), k -> new ArrayList<>()).add(f));
        List<RunwayPoint> out = new ArrayList<>();
        byReport.forEach((reportId, own) -> runway.estimate(own, reports).stream().findFirst()
                .ifPresent(e -> out.add(new RunwayPoint(dateOf(reports.get(reportId)), title.apply(reportId), e))));
        out.sort(Comparator.comparing(RunwayPoint::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /** Money in the profile's currency, a flow per month (a burn "per year" divided by 12); null when not money. */
    private static Double inCurrency(Figure f, Money money, String currency) {
        if (f.currency() == null || Metric.isPercent(f.metric())) {
            return null;
        }
        double value = f.value();
        if (Metric.BURN.equals(f.metric())) {
            OptionalDouble monthly = Periods.standard().monthly(f);
            if (monthly.isEmpty()) {
                return null;
            }
            value = monthly.getAsDouble();
        }
        OptionalDouble converted = money.convert(value, f.currency(), currency);
        return converted.isPresent() ? converted.getAsDouble() : null;
    }

    /** A report's date: when it was published, else when it was imported. */
    static LocalDate dateOf(Report r) {
        if (r == null) {
            return null;
        }
        return r.published() != null ? r.published() : r.importedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String titleOf(Report r) {
        return r.title() == null || r.title().isBlank() ? r.file() : r.title();
    }
}
