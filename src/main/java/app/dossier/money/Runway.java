package app.dossier.money;

import app.dossier.model.ReviewStatus;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Months of runway = cash ÷ monthly burn, per company: the one rule the ledger and the burn-rate chart
 * share. Cash and burn from one report are preferred (the most recently published report that gives
 * both, so both numbers describe the same moment); otherwise the preferred cash and the preferred burn
 * across reports, and the estimate says so. A burn counts only when its period is known (see Periods);
 * rejected figures and cumulative amounts (per "total") never count.
 */
public final class Runway {
    /** The cash and burn one company's runway is computed from; either may be missing. */
    public record Pair(Figure cash, Figure burn, boolean sameReport) {
    }

    /** One company's runway with the two figures it was computed from. */
    public record Estimate(String companyId, double months, Figure cash, Figure burn, double monthlyBurn,
                           String currency, boolean oneReport) {
        public List<String> sourceReports() {
            return oneReport ? List.of(cash.reportId()) : List.of(cash.reportId(), burn.reportId());
        }
    }

    private final Money money;
    private final Periods periods = Periods.standard();

    public Runway(Money money) {
        this.money = money;
    }

    /**
     * Which figure to prefer: confirmed over suggested, then the latest period, then the most recently
     * published report (unknown dates last); ties keep the given order.
     */
    public static Comparator<Figure> preferred(Function<String, LocalDate> publishedByReport) {
        Comparator<Figure> confirmedFirst = Comparator.comparing(f -> f.status() != ReviewStatus.CONFIRMED);
        Comparator<Figure> latestPeriod = Comparator.comparing(Figure::period,
                Comparator.nullsLast(Comparator.<String>reverseOrder()));
        Comparator<Figure> latestReport = Comparator.comparing((Figure f) -> publishedByReport.apply(f.reportId()),
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        return confirmedFirst.thenComparing(latestPeriod).thenComparing(latestReport);
    }

    /** Pairs one company's usable cash and burn figures (see the class comment). */
    public static Pair pair(List<Figure> cash, List<Figure> burn, Function<String, LocalDate> publishedByReport) {
        Comparator<Figure> preferred = preferred(publishedByReport);
        List<Figure> cashFirst = cash.stream().sorted(preferred).toList();
        List<Figure> burnFirst = burn.stream().sorted(preferred).toList();
        Comparator<String> newestReport = Comparator.comparing(publishedByReport,
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(Comparator.naturalOrder());
        Optional<String> shared = cashFirst.stream().map(Figure::reportId).distinct()
                .filter(r -> burnFirst.stream().anyMatch(b -> b.reportId().equals(r)))
                .min(newestReport);
        if (shared.isPresent()) {
            return new Pair(first(cashFirst, shared.get()), first(burnFirst, shared.get()), true);
        }
        return new Pair(cashFirst.isEmpty() ? null : cashFirst.get(0), burnFirst.isEmpty() ? null : burnFirst.get(0),
                cashFirst.isEmpty() || burnFirst.isEmpty());
    }

    /** Whether a burn figure can enter a runway: the months it is counted over are known. */
    public boolean usableBurn(Figure burn) {
        return periods.months(burn).isPresent();
    }

    /** The burn per month in its own currency; empty when its period is unknown. */
    public OptionalDouble monthlyBurn(Figure burn) {
        return periods.monthly(burn);
    }

    /** Every company's runway from a library's figures, shortest first. */
    public List<Estimate> estimate(List<Figure> figures, Map<String, Report> reports) {
        Function<String, LocalDate> published = id -> reports.get(id) == null ? null : reports.get(id).published();
        Map<String, List<Figure>> cashByCompany = byCompany(figures, Metric.CASH);
        Map<String, List<Figure>> burnByCompany = byCompany(figures, Metric.BURN);
        List<Estimate> out = new ArrayList<>();
        for (var e : cashByCompany.entrySet()) {
            List<Figure> burns = burnByCompany.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(this::usableBurn).toList();
            if (!burns.isEmpty()) {
                compute(e.getKey(), pair(e.getValue(), burns, published)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingDouble(Estimate::months));
        return out;
    }

    private Optional<Estimate> compute(String company, Pair p) {
        Figure cash = p.cash();
        Figure burn = p.burn();
        OptionalDouble perMonth = monthlyBurn(burn);
        if (perMonth.isEmpty() || perMonth.getAsDouble() <= 0) {
            return Optional.empty();
        }
        OptionalDouble burnInCashCurrency = cash.currency() == null || burn.currency() == null
                ? (cash.currency() == null && burn.currency() == null ? perMonth : OptionalDouble.empty())
                : money.convert(perMonth.getAsDouble(), burn.currency(), cash.currency());
        if (burnInCashCurrency.isEmpty()) {
            return Optional.empty();
        }
        double monthly = burnInCashCurrency.getAsDouble();
        return Optional.of(new Estimate(company, cash.value() / monthly, cash, burn, monthly, cash.currency(),
                p.sameReport()));
    }

    private static Figure first(List<Figure> figures, String reportId) {
        return figures.stream().filter(f -> f.reportId().equals(reportId)).findFirst().orElseThrow();
    }

    private static Map<String, List<Figure>> byCompany(List<Figure> figures, String metric) {
        Map<String, List<Figure>> out = new TreeMap<>();
        for (Figure f : figures) {
            // a cumulative amount (per "total") is spent over years, never a rate to divide cash by; a forecast is
            // no cash in the bank nor a burn that happened
            if (metric.equals(f.metric()) && f.companyId() != null && f.status() != ReviewStatus.REJECTED && !"total".equals(f.per())
                    && !f.forecast()) {
                out.computeIfAbsent(f.companyId(), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }
}
