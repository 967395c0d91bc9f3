package app.dossier.library.insights;

import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.store.RegistryRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One reading of the library for the companies and themes views: who is mentioned where, which
 * passages carry which theme, which companies meet which themes, and what discovery offers.
 * Loaded off the FX thread; the queries are cheap and can run on it.
 */
public final class LibraryInsights {
    private static final int PASSAGE_CHARS = 420;

    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final List<Mention> mentions;
    private final List<ThemeTag> tags;
    private final Map<String, Company> companies;
    private final List<Theme> themes;
    private final List<RegistryRepository.Candidate> candidates;
    private final Map<String, List<Mention>> mentionsByReport = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private java.util.Set<String> sources;

    public LibraryInsights(List<Report> reportsWithText, List<Mention> mentions, List<ThemeTag> tags,
                           Map<String, Company> companies, List<Theme> themes,
                           List<RegistryRepository.Candidate> candidates) {
        reportsWithText.forEach(r -> {
            reports.put(r.id(), r);
            order.put(r.id(), order.size());
        });
        // mentions and tags of deleted reports stay in the store; they are not shown
        this.mentions = mentions.stream().filter(m -> reports.containsKey(m.reportId())).toList();
        this.tags = tags.stream().filter(t -> reports.containsKey(t.reportId())).toList();
        this.companies = companies;
        this.themes = themes;
        this.candidates = candidates;
        this.mentions.forEach(m -> mentionsByReport.computeIfAbsent(m.reportId(), k -> new ArrayList<>()).add(m));
    }

    public static LibraryInsights load(Library library) {
        return new LibraryInsights(library.reportsWithText(), library.mentions(null), library.themeTags(null),
                library.companiesById(), library.themes(), library.candidates());
    }

    public record CompanyCount(Company company, int inReport, int inLibrary, int reports, int fuzzy, int product) {
    }

    public record ThemeCount(Theme theme, int confirmed, int suggested, int rejected, int inReport) {
        public int counted() {
            return confirmed + suggested;
        }
    }

    /** Companies (rows) by themes (columns): passages of each company carrying each theme. */
    public record Matrix(List<Company> companies, List<Theme> themes, int[][] counts, int max) {
    }

    /** A discovered company awaiting the user's decision, with the passage it is first named in. */
    public record Candidate(Company company, Passage context, int occurrences, int reports) {
        public String name() {
            return company.name();
        }
    }

    public Map<String, Company> companies() {
        return companies;
    }

    public List<Theme> themes() {
        return themes;
    }

    public String reportTitle(String reportId) {
        Report r = reportId == null ? null : reports.get(reportId);
        return r == null ? null : r.title();
    }

    public int reportCount() {
        return reports.size();
    }

    /** Companies named in the library (or every registered one), most mentioned first, the open report's first. */
    public List<CompanyCount> companyCounts(String currentReportId, boolean includeUnmentioned) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> reportsOf = new HashMap<>();
        for (Mention m : mentions) {
            int[] c = counts.computeIfAbsent(m.companyId(), k -> new int[4]);
            c[1]++;
            if (m.reportId().equals(currentReportId)) {
                c[0]++;
            }
            c[2] += m.fuzzy() ? 1 : 0;
            c[3] += m.product() ? 1 : 0;
            reportsOf.computeIfAbsent(m.companyId(), k -> new java.util.HashSet<>()).add(m.reportId());
        }
        if (includeUnmentioned) {
            companies.keySet().forEach(id -> counts.computeIfAbsent(id, k -> new int[4]));
        }
        List<CompanyCount> rows = new ArrayList<>();
        counts.forEach((id, c) -> rows.add(new CompanyCount(company(id), c[0], c[1],
                reportsOf.getOrDefault(id, java.util.Set.of()).size(), c[2], c[3])));
        rows.sort(Comparator.comparingInt(CompanyCount::inReport).reversed()
                .thenComparing(Comparator.comparingInt(CompanyCount::inLibrary).reversed())
                .thenComparing(r -> r.company().name().toLowerCase(Locale.ROOT)));
        return rows;
    }

    /** Every mention of the company, as the sentence around it, in library order. */
    public List<Passage> companyPassages(String companyId) {
        List<Passage> out = new ArrayList<>();
        for (Mention m : sorted(mentions.stream().filter(x -> x.companyId().equals(companyId)).toList())) {
            Report r = reports.get(m.reportId());
            String text = r.text();
            if (text == null || m.end() > text.length()) {
                continue;
            }
            int[] s = Excerpts.sentenceAround(text, m.start(), m.end());
            out.add(new Passage(r.id(), r.title(), s[0], s[1], flatten(text.substring(s[0], m.start())),
                    text.substring(m.start(), m.end()), flatten(text.substring(m.end(), s[1])), m, null));
        }
        return out;
    }

    /** Every theme of the codebook with its tagged passages counted (rejected ones apart). */
    public List<ThemeCount> themeCounts(String currentReportId) {
        List<ThemeCount> rows = new ArrayList<>();
        for (Theme t : themes) {
            int confirmed = 0;
            int suggested = 0;
            int rejected = 0;
            int here = 0;
            for (ThemeTag tag : tags) {
                if (!tag.themeId().equals(t.id())) {
                    continue;
                }
                switch (tag.status()) {
                    case CONFIRMED -> confirmed++;
                    case REJECTED -> rejected++;
                    default -> suggested++;
                }
                if (tag.status() != ReviewStatus.REJECTED && tag.reportId().equals(currentReportId)) {
                    here++;
                }
            }
            rows.add(new ThemeCount(t, confirmed, suggested, rejected, here));
        }
        rows.sort(Comparator.comparingInt(ThemeCount::inReport).reversed()
                .thenComparing(Comparator.comparingInt(ThemeCount::counted).reversed())
                .thenComparing(r -> r.theme().name().toLowerCase(Locale.ROOT)));
        return rows;
    }

    public List<Passage> themePassages(String themeId, boolean includeRejected) {
        return tagPassages(tags.stream().filter(t -> t.themeId().equals(themeId)
                && (includeRejected || t.status() != ReviewStatus.REJECTED)).toList(), null);
    }

    /**
     * The matrix counted exactly as the charts count it (LibraryCharts.companyThemeCounts), re-keyed by id.
     * Rows: companies with at least one cell, most passages first; columns: themes of the codebook.
     */
    public Matrix matrix() {
        Map<String, String> themeNames = new LinkedHashMap<>();
        themes.forEach(t -> themeNames.put(t.id(), t.name()));
        List<Mention> counted = mentions.stream().filter(m -> !sources().contains(m.companyId())).toList();
        Map<String, Map<String, Integer>> byName = LibraryCharts.companyThemeCounts(counted, counted(), companies, themeNames);
        Map<String, Company> companyByName = new HashMap<>();
        mentions.forEach(m -> companyByName.putIfAbsent(company(m.companyId()).name(), company(m.companyId())));
        List<Map.Entry<String, Map<String, Integer>>> rows = new ArrayList<>(byName.entrySet());
        rows.sort(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) ->
                e.getValue().values().stream().mapToInt(Integer::intValue).sum()).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Company> rowCompanies = new ArrayList<>();
        int[][] counts = new int[rows.size()][themes.size()];
        int max = 0;
        for (int i = 0; i < rows.size(); i++) {
            rowCompanies.add(companyByName.get(rows.get(i).getKey()));
            for (int j = 0; j < themes.size(); j++) {
                counts[i][j] = rows.get(i).getValue().getOrDefault(themes.get(j).name(), 0);
                max = Math.max(max, counts[i][j]);
            }
        }
        return new Matrix(rowCompanies, themes, counts, max);
    }

    /** The passages behind one cell: theme passages whose span holds a mention of the company. */
    public List<Passage> cellPassages(String companyId, String themeId) {
        List<ThemeTag> behind = counted().stream().filter(t -> t.themeId().equals(themeId)
                && mentionsByReport.getOrDefault(t.reportId(), List.of()).stream().anyMatch(m ->
                m.companyId().equals(companyId) && m.start() >= t.start() && m.end() <= t.end())).toList();
        return tagPassages(behind, companyId);
    }

    /** Publishers and data providers only cited as sources in these reports (not the reports' companies). */
    public java.util.Set<String> sources() {
        if (sources == null) {
            sources = app.dossier.library.Sources.of(id -> reports.containsKey(id) ? reports.get(id).text() : null,
                    mentions, companies);
        }
        return sources;
    }

    /** Discovered companies the user has not decided on yet, the most mentioned in the library first. */
    public List<Candidate> suggestedCandidates() {
        List<Candidate> out = new ArrayList<>();
        for (Company c : companies.values()) {
            if (!c.discovered()) {
                continue;
            }
            List<Mention> of = mentions.stream().filter(m -> m.companyId().equals(c.id())).toList();
            if (!of.isEmpty()) {
                int inReports = (int) of.stream().map(Mention::reportId).distinct().count();
                out.add(new Candidate(c, contextOf(of.get(0)), of.size(), inReports));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::occurrences).reversed().thenComparing(Candidate::name));
        return out;
    }

    public long decidedCandidates() {
        return candidates.stream().filter(c -> c.status() != CandidateStatus.SUGGESTED).count();
    }

    private Passage contextOf(Mention m) {
        Report r = reports.get(m.reportId());
        if (r == null || r.text() == null || m.end() > r.text().length()) {
            return null;
        }
        int[] s = Excerpts.sentenceAround(r.text(), m.start(), m.end());
        return new Passage(r.id(), r.title(), s[0], s[1], flatten(r.text().substring(s[0], m.start())),
                r.text().substring(m.start(), m.end()), flatten(r.text().substring(m.end(), s[1])), null, null);
    }

    private List<ThemeTag> counted() {
        return tags.stream().filter(t -> t.status() != ReviewStatus.REJECTED).toList();
    }

    private List<Passage> tagPassages(List<ThemeTag> chosen, String markCompanyId) {
        List<ThemeTag> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparing((ThemeTag t) -> reportOrder(t.reportId())).thenComparingInt(ThemeTag::start));
        List<Passage> out = new ArrayList<>();
        for (ThemeTag t : ordered) {
            Report r = reports.get(t.reportId());
            String text = r.text();
            if (text == null || t.end() > text.length()) {
                continue;
            }
            Mention mark = markCompanyId == null ? null : mentionsByReport.getOrDefault(t.reportId(), List.of()).stream()
                    .filter(m -> m.companyId().equals(markCompanyId) && m.start() >= t.start() && m.end() <= t.end())
                    .findFirst().orElse(null);
            if (mark == null) {
                out.add(new Passage(r.id(), r.title(), t.start(), t.end(),
                        Excerpts.flat(text, t.start(), t.end(), PASSAGE_CHARS), "", "", null, t));
            } else {
                int from = Excerpts.wordStart(text, Math.max(t.start(), mark.start() - PASSAGE_CHARS / 2), mark.start());
                int to = Excerpts.wordEnd(text, Math.min(t.end(), mark.end() + PASSAGE_CHARS / 2), mark.end());
                out.add(new Passage(r.id(), r.title(), t.start(), t.end(),
                        (from > t.start() ? "… " : "") + flatten(text.substring(from, mark.start())),
                        text.substring(mark.start(), mark.end()),
                        flatten(text.substring(mark.end(), to)) + (to < t.end() ? " …" : ""), mark, t));
            }
        }
        return out;
    }

    private List<Mention> sorted(List<Mention> list) {
        List<Mention> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Mention m) -> reportOrder(m.reportId())).thenComparingInt(Mention::start));
        return out;
    }

    private int reportOrder(String id) {
        return order.getOrDefault(id, Integer.MAX_VALUE);
    }

    private Company company(String id) {
        Company c = companies.get(id);
        return c != null ? c : Company.unknown(id);
    }

    private static String flatten(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ");
    }

    @Override
    public String toString() {
        return "LibraryInsights[" + reports.size() + " reports, " + mentions.size() + " mentions, " + tags.size()
                + " theme tags, " + Objects.requireNonNullElse(candidates, List.of()).size() + " candidates]";
    }
}
