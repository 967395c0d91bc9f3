package app.dossier.figures.ledger;

import app.dossier.model.ReviewStatus;
import app.dossier.money.Money;
import app.dossier.money.Periods;
import app.dossier.model.Figure;
import app.dossier.model.Metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reports that disagree: two figures from different reports on the same company, metric, basis, product, per
 * and period
 * whose values differ by more than 1 % (money compared in one currency, flows per month).
 * Figures without company, "other" figures and rejected ones are not compared.
 */
public final class Conflicts {
    static final double TOLERANCE = 0.01;

    /** Two sources that disagree; {@code difference} relative to the larger value. */
    public record Conflict(String companyId, String metric, String period, Figure first, Figure second,
                           double difference) {
        public boolean involves(String figureId) {
            return first.id().equals(figureId) || second.id().equals(figureId);
        }
    }

    private final Money money;

    public Conflicts(Money money) {
        this.money = money;
    }

    public List<Conflict> find(List<Figure> figures) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.companyId() != null && !Metric.OTHER.equals(f.metric()) && f.status() != ReviewStatus.REJECTED) {
                groups.computeIfAbsent(statement(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Figure> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Figure a = group.get(i);
                    Figure b = group.get(j);
                    if (!a.reportId().equals(b.reportId())) {
                        difference(a, b).ifPresent(d -> out.add(new Conflict(a.companyId(), a.metric(), a.period(), a, b, d)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a figure states: its company, metric, basis, product, per and period (or as-of time), and whether
     * it is a forecast (a forecast never conflicts with what was reported). Figures
     * from two reports stating the same thing either agree or conflict; others say different things.
     */
    public static String statement(Figure f) {
        return String.join("\u0000", Objects.toString(f.companyId(), ""), f.metric(), Objects.toString(f.period(), ""),
                Objects.toString(f.asOf(), ""), Objects.toString(f.basis(), "").toLowerCase(java.util.Locale.ROOT),
                Objects.toString(f.product(), ""), Objects.toString(f.per(), ""), f.forecast() ? "forecast" : "");
    }

    /** Whether two figures stating the same thing differ by more than the tolerance (unknown when not comparable). */
    public boolean disagree(Figure a, Figure b) {
        return difference(a, b).isPresent();
    }

    /** Ids of every figure that takes part in a conflict. */
    public static Set<String> figureIds(List<Conflict> conflicts) {
        Set<String> ids = new HashSet<>();
        conflicts.forEach(c -> {
            ids.add(c.first().id());
            ids.add(c.second().id());
        });
        return ids;
    }

    private OptionalDouble difference(Figure a, Figure b) {
        OptionalDouble va = comparable(a, a.currency());
        OptionalDouble vb = comparable(b, a.currency());
        if (va.isEmpty() || vb.isEmpty()) {
            return OptionalDouble.empty();
        }
        double x = va.getAsDouble();
        double y = vb.getAsDouble();
        double larger = Math.max(Math.abs(x), Math.abs(y));
        double d = larger == 0 ? 0 : Math.abs(x - y) / larger;
        return d > TOLERANCE ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** The value in the first figure's currency, per month when it is a flow. */
    private OptionalDouble comparable(Figure f, String currency) {
        double v = f.value();
        if (f.per() != null) {
            OptionalDouble m = Periods.standard().monthly(v, f.per());
            if (m.isEmpty()) {
                return m;
            }
            v = m.getAsDouble();
        }
        if (f.currency() == null && currency == null) {
            return OptionalDouble.of(v);
        }
        return money.convert(v, f.currency(), currency);
    }
}
