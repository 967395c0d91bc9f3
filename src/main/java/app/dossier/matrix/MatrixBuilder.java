package app.dossier.matrix;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.figures.ledger.FigureText;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.money.Money;
import app.dossier.money.Runway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Fills a comparison matrix from a library's figures. Which figure a cell shows follows the ledger and the
 * burn-rate chart (confirmed first, then the latest period, then the newest report: {@link Runway#preferred});
 * money goes through {@link Money}, runway through {@link Runway}, agreement and conflict through
 * {@link Conflicts}, so the matrix never disagrees with them.
 */
public final class MatrixBuilder {
    private final Money money;
    private final Runway runway;
    private final Conflicts conflicts;
    private final Map<String, Report> reports;
    private final Map<String, Company> companies;
    private final Function<String, LocalDate> published;

    public MatrixBuilder(Money money, Map<String, Report> reports, Map<String, Company> companies) {
        this.money = money;
        this.runway = new Runway(money);
        this.conflicts = new Conflicts(money);
        this.reports = reports;
        this.companies = companies;
        this.published = id -> reports.get(id) == null ? null : reports.get(id).published();
    }

    /**
     * @param companyIds the rows, in this order; empty means every company with a figure of the metrics asked
     * @param currency   ISO code money is shown in
     */
    public ComparisonMatrix build(List<Figure> figures, List<String> companyIds, List<MatrixMetric> metrics,
                                  String currency) {
        String target = currency.toUpperCase(Locale.ROOT);
        List<Figure> live = figures.stream().filter(f -> f.companyId() != null && f.status() != ReviewStatus.REJECTED
                && (reports.isEmpty() || reports.containsKey(f.reportId()))).toList();
        List<String> rowIds = companyIds.isEmpty() ? companiesWithFigures(live, metrics) : companyIds;
        List<ComparisonMatrix.Row> rows = new ArrayList<>();
        for (String company : rowIds) {
            List<Figure> own = live.stream().filter(f -> f.companyId().equals(company)).toList();
            Map<MatrixMetric, MatrixCell> cells = new EnumMap<>(MatrixMetric.class);
            for (MatrixMetric m : metrics) {
                cells.put(m, cell(m, own, target));
            }
            rows.add(new ComparisonMatrix.Row(company, name(company), cells));
        }
        return new ComparisonMatrix(target, money.rates().asOf(), metrics, rows);
    }

    /** Companies with at least one figure of the metrics, by name. */
    private List<String> companiesWithFigures(List<Figure> live, List<MatrixMetric> metrics) {
        return live.stream().filter(f -> metrics.stream().anyMatch(m -> f.metric().equals(m.figureMetric())
                        || (m == MatrixMetric.RUNWAY && (f.metric().equals("cash") || f.metric().equals("burn")))))
                .map(Figure::companyId).distinct()
                .sorted(Comparator.comparing((String id) -> name(id).toLowerCase(Locale.ROOT))).toList();
    }

    private String name(String companyId) {
        Company c = companies.get(companyId);
        return c == null ? companyId : c.name();
    }

    private MatrixCell cell(MatrixMetric metric, List<Figure> own, String currency) {
        return switch (metric) {
            case RUNWAY -> runwayCell(own);
            case BURN -> stated(metric, candidates(own, metric).stream().filter(runway::usableBurn).toList(), currency,
                    "no monthly burn with a known period");
            case FUNDING -> fundingCell(own, currency);
            default -> stated(metric, candidates(own, metric), currency, "no " + metric.label().toLowerCase(Locale.ROOT));
        };
    }

    /** The company's figures of the column's metric; cumulative amounts only count as total funding. */
    private static List<Figure> candidates(List<Figure> own, MatrixMetric metric) {
        List<Figure> of = own.stream().filter(f -> f.metric().equals(metric.figureMetric())).toList();
        List<Figure> current = of.stream().filter(f -> (f.asOf() == null || f.asOf().isBlank()) && !f.forecast()).toList();
        // an earlier value ("up from $300 billion") or a forecast is never the latest one while a current one exists
        List<Figure> usable = current.isEmpty() ? of : current;
        return metric == MatrixMetric.FUNDING ? usable
                : usable.stream().filter(f -> !"total".equals(f.per())).toList();
    }

    private MatrixCell stated(MatrixMetric metric, List<Figure> candidates, String currency, String whyEmpty) {
        Optional<Figure> chosen = candidates.stream().min(Runway.preferred(published));
        if (chosen.isEmpty()) {
            return MatrixCell.empty(metric, whyEmpty);
        }
        Figure f = chosen.get();
        List<Figure> agreeing = new ArrayList<>();
        List<Figure> disagreeing = new ArrayList<>();
        for (Figure other : candidates) {
            if (!other.reportId().equals(f.reportId()) && Conflicts.statement(other).equals(Conflicts.statement(f))) {
                (conflicts.disagree(f, other) ? disagreeing : agreeing).add(other);
            }
        }
        List<CellSource> sources = new ArrayList<>();
        sources.add(source(f));
        agreeing.forEach(o -> sources.add(source(o)));
        disagreeing.forEach(o -> sources.add(source(o)));
        CellState state = !disagreeing.isEmpty() ? CellState.CONFLICTING
                : f.status() == ReviewStatus.CONFIRMED ? CellState.CONFIRMED : CellState.SUGGESTED;
        String note = !disagreeing.isEmpty() ? (disagreeing.size() + 1) + " reports disagree"
                : !agreeing.isEmpty() ? (agreeing.size() + 1) + " reports agree" : "";
        Value v = value(metric, f, currency);
        note = join(note, v.note());
        return new MatrixCell(metric, v.amount(), v.unit(), v.display(), asOf(f), state, sources, note);
    }

    private record Value(double amount, String unit, String display, String note) {
    }

    private Value value(MatrixMetric metric, Figure f, String currency) {
        String approx = f.approx() ? "~" : "";
        if (metric == MatrixMetric.MARKET_SHARE) {
            String range = f.valueMax() == null ? "" : "–" + FigureText.plain(f.valueMax());
            String basis = f.basis() == null || f.basis().isBlank() ? "" : " of " + f.basis();
            return new Value(f.value(), "%", approx + FigureText.plain(f.value()) + range + " %" + basis,
                    f.basis() == null ? "basis not stated" : "");
        }
        double amount = f.value();
        String per = f.per();
        if (metric == MatrixMetric.BURN) {
            amount = runway.monthlyBurn(f).orElse(f.value());
            per = "month";
        }
        OptionalDouble converted = f.currency() == null ? OptionalDouble.empty() : money.convert(amount, f.currency(), currency);
        String unit = converted.isPresent() ? currency : f.currency() == null ? "" : f.currency();
        double shown = converted.orElse(amount);
        String perText = per == null || "total".equals(per) ? "" : " / " + per;
        String note = converted.isPresent() || f.currency() == null
                ? (f.currency() != null && !f.currency().equalsIgnoreCase(currency) ? "converted from " + f.currency() : "")
                : "no exchange rate for " + f.currency();
        return new Value(shown, unit + perText, approx + (unit.isEmpty() ? FigureText.plain(shown)
                : FigureText.money(shown, unit)) + perText, note);
    }

    private MatrixCell runwayCell(List<Figure> own) {
        Optional<Runway.Estimate> estimate = runway.estimate(own, reports).stream().findFirst();
        if (estimate.isEmpty()) {
            return MatrixCell.empty(MatrixMetric.RUNWAY, "needs cash and a monthly burn");
        }
        Runway.Estimate e = estimate.get();
        String how = e.oneReport() ? "cash ÷ monthly burn, one report" : "cash ÷ monthly burn, from two reports";
        String asOf = e.oneReport() ? asOf(e.cash()) : later(asOf(e.cash()), asOf(e.burn()));
        return new MatrixCell(MatrixMetric.RUNWAY, e.months(), "months", String.format(Locale.ROOT, "%.1f months", e.months()), asOf,
                CellState.COMPUTED, List.of(source(e.cash()), source(e.burn())), how);
    }

    /** A total stated by a report, else the sum of the distinct rounds the reports give. */
    private MatrixCell fundingCell(List<Figure> own, String currency) {
        List<Figure> all = candidates(own, MatrixMetric.FUNDING);
        List<Figure> totals = all.stream().filter(f -> "total".equals(f.per())).toList();
        if (!totals.isEmpty() || all.size() <= 1) {
            return stated(MatrixMetric.FUNDING, totals.isEmpty() ? all : totals, currency, "no funding");
        }
        List<Figure> rounds = new ArrayList<>();
        for (Figure f : all.stream().sorted(Runway.preferred(published)).toList()) {
            // another report telling of the same round (same statement, same amount) is a second source, not a round
            boolean sameRound = rounds.stream().anyMatch(r -> Conflicts.statement(r).equals(Conflicts.statement(f))
                    && !r.reportId().equals(f.reportId()) && !conflicts.disagree(r, f));
            if (!sameRound) {
                rounds.add(f);
            }
        }
        double sum = 0;
        for (Figure r : rounds) {
            OptionalDouble v = r.currency() == null ? OptionalDouble.empty() : money.convert(r.value(), r.currency(), currency);
            if (v.isEmpty()) {
                return stated(MatrixMetric.FUNDING, all, currency, "no funding");
            }
            sum += v.getAsDouble();
        }
        if (rounds.size() == 1) {
            return stated(MatrixMetric.FUNDING, all, currency, "no funding");
        }
        String asOf = rounds.stream().map(this::asOf).filter(a -> a != null).max(Comparator.naturalOrder()).orElse(null);
        return new MatrixCell(MatrixMetric.FUNDING, sum, currency, FigureText.money(sum, currency), asOf, CellState.COMPUTED,
                rounds.stream().map(this::source).toList(), "sum of " + rounds.size() + " rounds");
    }

    private CellSource source(Figure f) {
        return CellSource.of(f, reports.get(f.reportId()));
    }

    /** The time a figure holds for: its own, else its period, else its report's publication date. */
    private String asOf(Figure f) {
        if (f.asOf() != null && !f.asOf().isBlank()) {
            return f.asOf();
        }
        if (f.period() != null && !f.period().isBlank()) {
            return f.period();
        }
        LocalDate date = published.apply(f.reportId());
        return date == null ? null : date.toString();
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
