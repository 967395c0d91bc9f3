package app.dossier.library;

import app.dossier.model.ReviewStatus;
import app.dossier.charts.ChartInput;
import app.dossier.money.ExchangeRates;
import app.dossier.money.RatesFile;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Feeds the charts from a library: its figures, companies, reports, tagged passages and exchange rates. */
public final class LibraryCharts {
    private LibraryCharts() {
    }

    /** The library's own exchange-rate table (edited by the user), else the shipped defaults. */
    public static ExchangeRates rates(Library library) {
        return RatesFile.ofLibrary(library.directory());
    }

    public static ChartInput.Builder input(Library library) {
        List<Report> reports = library.reports();
        Map<String, Company> companies = library.companiesById();
        Map<String, String> themeNames = new HashMap<>();
        for (Theme t : library.themes()) {
            themeNames.put(t.id(), t.name());
        }
        List<ThemeTag> tags = library.themeTags(null).stream().filter(t -> t.status() != ReviewStatus.REJECTED).toList();
        Map<String, Report> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        List<app.dossier.model.Figure> figures = library.figures(null);
        List<Mention> mentions = library.mentions(null);
        return ChartInput.builder()
                .figures(figures)
                .writtenNames(writtenNames(figures, mentions))
                .companies(companies.values())
                .reports(reports)
                .rates(rates(library))
                .themeCounts(companyThemeCounts(withoutSources(library, mentions, companies), tags, companies, themeNames))
                .themePassages(tags.stream().filter(t -> byId.get(t.reportId()) != null)
                        .map(t -> new ChartInput.DatedTheme(themeNames.getOrDefault(t.themeId(), t.themeId()),
                                byId.get(t.reportId()).published()))
                        .toList());
    }

    /**
     * Per company, the name as written most often in the reports its figures come from (product names aside),
     * so a chart in original script says what the sources say rather than a registry alias.
     */
    public static Map<String, String> writtenNames(List<app.dossier.model.Figure> figures, List<Mention> mentions) {
        Map<String, Set<String>> reportsByCompany = new HashMap<>();
        for (var f : figures) {
            if (f.companyId() != null) {
                reportsByCompany.computeIfAbsent(f.companyId(), k -> new java.util.HashSet<>()).add(f.reportId());
            }
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.product() && !m.fuzzy() && m.text() != null
                    && reportsByCompany.getOrDefault(m.companyId(), Set.of()).contains(m.reportId())) {
                counts.computeIfAbsent(m.companyId(), k -> new HashMap<>())
                        .merge(m.text().strip().replaceAll("\\s+", " "), 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        counts.forEach((company, written) -> written.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(e -> names.put(company, e.getKey())));
        return names;
    }

    /** Mentions of publishers only cited as sources are not a report's companies: they are not charted. */
    private static List<Mention> withoutSources(Library library, List<Mention> mentions, Map<String, Company> companies) {
        Set<String> sources = Sources.of(library, mentions, companies);
        return mentions.stream().filter(m -> !sources.contains(m.companyId())).toList();
    }

    /** Passages of each company carrying each theme: a theme passage counts for every company named in it. */
    public static Map<String, Map<String, Integer>> companyThemeCounts(List<Mention> mentions, List<ThemeTag> tags,
                                                                       Map<String, Company> companies,
                                                                       Map<String, String> themeNames) {
        Map<String, List<Mention>> byReport = new HashMap<>();
        mentions.forEach(m -> byReport.computeIfAbsent(m.reportId(), k -> new ArrayList<>()).add(m));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ThemeTag t : tags) {
            Set<String> named = new java.util.LinkedHashSet<>();
            for (Mention m : byReport.getOrDefault(t.reportId(), List.of())) {
                if (m.start() >= t.start() && m.end() <= t.end()) {
                    named.add(m.companyId());
                }
            }
            for (String companyId : named) {
                Company c = companies.get(companyId);
                String name = c == null ? companyId : c.name();
                counts.computeIfAbsent(name, k -> new LinkedHashMap<>())
                        .merge(themeNames.getOrDefault(t.themeId(), t.themeId()), 1, Integer::sum);
            }
        }
        return counts;
    }
}
