package app.dossier.figures.ledger;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Months of runway = cash ÷ monthly burn, per company. Cash and burn from one report are preferred
 * (the newest report that gives both, so both numbers describe the same moment); otherwise the newest
 * cash and the newest burn across reports, and the estimate says so. Rejected figures never count.
 */
public final class Runway {
    /** One company's runway with the two figures it was computed from. */
    public record Estimate(String companyId, double months, Figure cash, Figure burn, double monthlyBurn,
                           String currency, boolean oneReport) {
        public List<String> sourceReports() {
            return oneReport ? List.of(cash.reportId()) : List.of(cash.reportId(), burn.reportId());
        }
    }

    private final Money money;

    public Runway(Money money) {
        this.money = money;
    }

    public List<Estimate> estimate(List<Figure> figures, Map<String, Report> reports) {
        ReportOrder order = new ReportOrder(reports);
        Map<String, List<Figure>> cashByCompany = byCompany(figures, Metric.CASH);
        Map<String, List<Figure>> burnByCompany = byCompany(figures, Metric.BURN);
        List<Estimate> out = new ArrayList<>();
        for (var e : cashByCompany.entrySet()) {
            List<Figure> burns = burnByCompany.get(e.getKey());
            if (burns != null) {
                estimate(e.getKey(), e.getValue(), burns, order).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingDouble(Estimate::months));
        return out;
    }

    private Optional<Estimate> estimate(String company, List<Figure> cash, List<Figure> burns, ReportOrder order) {
        Map<String, List<Figure>> cashByReport = byReport(cash);
        Map<String, List<Figure>> burnByReport = byReport(burns);
        List<String> reportsWithBoth = cashByReport.keySet().stream().filter(burnByReport::containsKey)
                .sorted(order.newestFirst()).toList();
        for (String report : reportsWithBoth) {
            Optional<Estimate> e = compute(company, best(cashByReport.get(report)), best(burnByReport.get(report)), true);
            if (e.isPresent()) {
                return e;
            }
        }
        Figure newestCash = newest(cashByReport, order);
        Figure newestBurn = newest(burnByReport, order);
        return compute(company, newestCash, newestBurn, false);
    }

    private Optional<Estimate> compute(String company, Figure cash, Figure burn, boolean oneReport) {
        OptionalDouble perMonth = Money.monthly(burn.value(), burn.per());
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
        return Optional.of(new Estimate(company, cash.value() / monthly, cash, burn, monthly, cash.currency(), oneReport));
    }

    private static Figure newest(Map<String, List<Figure>> byReport, ReportOrder order) {
        String report = byReport.keySet().stream().sorted(order.newestFirst()).findFirst().orElseThrow();
        return best(byReport.get(report));
    }

    /** Within one report: a confirmed figure over a suggestion, then the first in reading order. */
    private static Figure best(List<Figure> figures) {
        return figures.stream().min(Comparator.comparing((Figure f) -> !"confirmed".equals(f.status()))
                .thenComparingInt(Figure::start)).orElseThrow();
    }

    private static Map<String, List<Figure>> byCompany(List<Figure> figures, String metric) {
        Map<String, List<Figure>> out = new TreeMap<>();
        for (Figure f : figures) {
            // a cumulative amount (per "total") is spent over years, never a rate to divide cash by
            if (metric.equals(f.metric()) && f.companyId() != null && !"rejected".equals(f.status()) && !"total".equals(f.per())) {
                out.computeIfAbsent(f.companyId(), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private static Map<String, List<Figure>> byReport(List<Figure> figures) {
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        figures.forEach(f -> out.computeIfAbsent(f.reportId(), k -> new ArrayList<>()).add(f));
        return out;
    }
}
