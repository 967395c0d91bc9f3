package app.dossier.charts;

import app.dossier.money.ExchangeRates;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a chart is drawn from, and the user's choices.
 *
 * @param companies           by company id
 * @param reports             by report id (for source titles; text may be null)
 * @param currency            the currency money is shown in (ISO code)
 * @param includeSuggested    also plot figures nobody has confirmed yet (rejected ones never count)
 * @param companyFilter       company ids to show; empty means all
 * @param period              only figures of this period; null means any
 * @param originalScriptNames label companies by the name as their reports write it instead of the English name
 * @param writtenNames        by company id, the name as the reports its figures come from write it
 * @param metric              for market-share: market_share or penetration; null picks the one with most figures
 * @param themeCounts         for company-theme: tagged passage counts, company name → theme name → count
 * @param themePassages       for theme-momentum: one entry per tagged passage
 */
public record ChartInput(List<Figure> figures, Map<String, Company> companies, Map<String, Report> reports,
                         ExchangeRates rates, String currency, boolean includeSuggested, Set<String> companyFilter,
                         String period, boolean originalScriptNames, String metric,
                         Map<String, Map<String, Integer>> themeCounts, List<DatedTheme> themePassages,
                         Map<String, String> writtenNames) {

    /** A tagged passage reduced to what the momentum chart needs: its theme and when its report was published. */
    public record DatedTheme(String theme, LocalDate published) {
    }

    public ChartInput {
        figures = figures == null ? List.of() : List.copyOf(figures);
        companies = companies == null ? Map.of() : Map.copyOf(companies);
        reports = reports == null ? Map.of() : Map.copyOf(reports);
        rates = rates == null ? ExchangeRates.defaults() : rates;
        currency = currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(java.util.Locale.ROOT);
        companyFilter = companyFilter == null ? Set.of() : Set.copyOf(companyFilter);
        themeCounts = themeCounts == null ? Map.of() : themeCounts;
        themePassages = themePassages == null ? List.of() : List.copyOf(themePassages);
        writtenNames = writtenNames == null ? Map.of() : Map.copyOf(writtenNames);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: USD, shipped rates, confirmed and user figures only, all companies, any period, English names. */
    public static final class Builder {
        private final List<Figure> figures = new ArrayList<>();
        private final Map<String, Company> companies = new LinkedHashMap<>();
        private final Map<String, Report> reports = new LinkedHashMap<>();
        private ExchangeRates rates;
        private String currency = "USD";
        private boolean includeSuggested;
        private Set<String> companyFilter = Set.of();
        private String period;
        private boolean originalScriptNames;
        private String metric;
        private Map<String, Map<String, Integer>> themeCounts = Map.of();
        private List<DatedTheme> themePassages = List.of();
        private Map<String, String> writtenNames = Map.of();

        public Builder figures(Collection<Figure> f) {
            figures.addAll(f);
            return this;
        }

        public Builder companies(Collection<Company> c) {
            c.forEach(x -> companies.put(x.id(), x));
            return this;
        }

        public Builder reports(Collection<Report> r) {
            r.forEach(x -> reports.put(x.id(), x));
            return this;
        }

        public Builder rates(ExchangeRates r) {
            rates = r;
            return this;
        }

        public Builder currency(String c) {
            currency = c;
            return this;
        }

        public Builder includeSuggested(boolean b) {
            includeSuggested = b;
            return this;
        }

        public Builder companyFilter(Set<String> ids) {
            companyFilter = ids;
            return this;
        }

        public Builder period(String p) {
            period = p;
            return this;
        }

        public Builder originalScriptNames(boolean b) {
            originalScriptNames = b;
            return this;
        }

        public Builder metric(String m) {
            metric = m;
            return this;
        }

        public Builder themeCounts(Map<String, Map<String, Integer>> counts) {
            themeCounts = counts;
            return this;
        }

        public Builder themePassages(List<DatedTheme> passages) {
            themePassages = passages;
            return this;
        }

        public Builder writtenNames(Map<String, String> names) {
            writtenNames = names;
            return this;
        }

        public ChartInput build() {
            return new ChartInput(figures, companies, reports, rates, currency, includeSuggested, companyFilter,
                    period, originalScriptNames, metric, themeCounts, themePassages, writtenNames);
        }
    }
}
