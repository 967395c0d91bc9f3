package app.dossier.library;

import app.dossier.analysis.Vocabulary;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.model.ThemeTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The whole library as the export document of CONTRACT.md (format dossier-export, version 1). */
public final class LibraryExport {
    private LibraryExport() {
    }

    public static Map<String, Object> document(Library library, boolean withText) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "dossier-export");
        doc.put("version", 1);
        List<Report> reports = withText ? library.reportsWithText() : library.reports();
        Map<String, String> versions = library.versions();
        doc.put("reports", reports.stream().map(r -> {
            Map<String, Object> m = report(r, withText);
            m.put("versionOf", versions.get(r.id())); // another format of that report: its figures and tags count there
            return m;
        }).toList());
        List<Mention> mentions = library.mentions(null);
        Map<String, Company> companies = library.companiesById();
        Set<String> sources = Sources.of(library, mentions, companies);
        doc.put("companies", companies.values().stream().map(c -> company(c, sources.contains(c.id()))).toList());
        Set<String> builtinThemes = Vocabulary.builtinThemeIds();
        doc.put("themes", library.themes().stream().map(t -> theme(t, builtinThemes)).toList());
        doc.put("mentions", mentions.stream().map(m -> mention(m, companies.get(m.companyId()))).toList());
        doc.put("themeTags", library.themeTags(null).stream().map(LibraryExport::themeTag).toList());
        doc.put("figures", library.figures(null).stream().map(LibraryExport::figure).toList());
        doc.put("annotations", library.annotations(null).stream().map(LibraryExport::annotation).toList());
        return doc;
    }

    private static Map<String, Object> report(Report r, boolean withText) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("file", r.file());
        m.put("title", r.title());
        m.put("language", r.language());
        m.put("sha256", r.sha256());
        m.put("importedAt", r.importedAt().toString());
        m.put("published", r.published() == null ? null : r.published().toString());
        m.put("source", r.source());
        m.put("format", r.format());
        m.put("sizeBytes", r.sizeBytes());
        if (withText) {
            m.put("text", r.text());
        }
        return m;
    }

    private static Map<String, Object> company(Company c, boolean source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        List<String> aliases = new ArrayList<>(c.aliases());
        aliases.addAll(c.products());
        m.put("aliases", aliases);
        m.put("products", c.products());
        m.put("kind", kind(c, source));
        m.put("origin", c.origin().code());
        return m;
    }

    /** A company's kind as the export and the companies command write it: a publisher only cited is a "source". */
    public static String kind(Company c, boolean citedAsSource) {
        return citedAsSource ? Company.SOURCE_KIND : c.kind();
    }

    private static Map<String, Object> theme(Theme t, Set<String> builtin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("description", t.description());
        // a shipped theme the analyst edited is stored as the analyst's; one no longer shipped is the analyst's too
        boolean shipped = builtin.contains(t.id()) && t.origin() != ThemeOrigin.USER;
        m.put("origin", (shipped ? ThemeOrigin.BUILTIN : ThemeOrigin.USER).code());
        return m;
    }

    private static Map<String, Object> mention(Mention x, Company company) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", x.reportId());
        m.put("company", x.companyId());
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("text", x.text());
        m.put("fuzzy", x.fuzzy());
        m.put("product", x.product());
        m.put("status", (DiscoveryDecisions.isDiscovered(company) ? ReviewStatus.SUGGESTED : ReviewStatus.CONFIRMED).code());
        return m;
    }

    private static Map<String, Object> themeTag(ThemeTag t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("report", t.reportId());
        m.put("theme", t.themeId());
        m.put("start", t.start());
        m.put("end", t.end());
        m.put("origin", t.origin().code());
        m.put("status", t.status().code());
        return m;
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("report", f.reportId());
        m.put("company", f.companyId());
        m.put("metric", f.metric());
        m.put("value", f.value());
        m.put("valueMax", f.valueMax());
        m.put("currency", f.currency());
        m.put("per", f.per());
        m.put("period", f.period());
        m.put("approx", f.approx());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("quote", f.quote());
        m.put("origin", f.origin().code());
        m.put("status", f.status().code());
        m.put("basis", f.basis());
        m.put("product", f.product());
        m.put("asOf", f.asOf());
        m.put("forecast", f.forecast());
        return m;
    }

    private static Map<String, Object> annotation(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("report", a.reportId());
        m.put("start", a.start());
        m.put("end", a.end());
        m.put("quote", a.quote());
        m.put("prefix", a.prefix());
        m.put("suffix", a.suffix());
        m.put("note", a.note());
        m.put("tags", a.tags());
        m.put("color", a.color());
        m.put("created", a.created().toString());
        m.put("modified", a.modified().toString());
        m.put("orphaned", a.orphaned());
        return m;
    }
}
