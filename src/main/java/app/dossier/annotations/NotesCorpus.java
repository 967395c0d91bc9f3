package app.dossier.annotations;

import app.dossier.model.ReviewStatus;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the note exports read: reports with their text, the annotations, and the company mentions and
 * theme tags that tell which companies and themes a passage is about. Loaded once, then filtered.
 */
public record NotesCorpus(List<Report> reports, List<Annotation> annotations, List<Mention> mentions,
                          List<ThemeTag> themeTags, Map<String, Company> companies, Map<String, Theme> themes) {

    public static NotesCorpus load(Library library) {
        return load(library, true);
    }

    /** Without texts the corpus is enough to list and filter notes, not to export them. */
    public static NotesCorpus load(Library library, boolean withTexts) {
        Map<String, Theme> themes = new LinkedHashMap<>();
        library.themes().forEach(t -> themes.put(t.id(), t));
        return new NotesCorpus(withTexts ? library.reportsWithText() : library.reports(), library.annotations(null),
                library.mentions(null), library.themeTags(null), library.companiesById(), themes);
    }

    public Map<String, Report> reportsById() {
        Map<String, Report> byId = new LinkedHashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    /** Only the annotations that pass; reports, tags and registry stay whole. */
    public NotesCorpus onlyAnnotations(Predicate<Annotation> keep) {
        return new NotesCorpus(reports, annotations.stream().filter(keep).toList(), mentions, themeTags, companies,
                themes);
    }

    /** The annotations of one report, or about one company or one theme (see {@link #companiesOf}). */
    public NotesCorpus scoped(Scope scope) {
        return switch (scope.kind()) {
            case ALL -> this;
            case REPORT -> onlyAnnotations(a -> a.reportId().equals(scope.id()));
            case COMPANY -> onlyAnnotations(a -> companiesOf(a).contains(scope.id()));
            case THEME -> onlyAnnotations(a -> themesOf(a).contains(scope.id()));
        };
    }

    /** Companies a note is about: tagged by the user, or mentioned inside the annotated passage. */
    public Set<String> companiesOf(Annotation a) {
        Set<String> out = new LinkedHashSet<>(AnnotationTags.companies(a.tags()));
        for (Mention m : mentions) {
            if (m.reportId().equals(a.reportId()) && overlaps(m.start(), m.end(), a)) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    /** Themes a note is about: tagged by the user, or a theme tag (not rejected) overlapping the passage. */
    public Set<String> themesOf(Annotation a) {
        Set<String> out = new LinkedHashSet<>(AnnotationTags.themes(a.tags()));
        for (ThemeTag t : themeTags) {
            if (t.reportId().equals(a.reportId()) && t.status() != ReviewStatus.REJECTED && overlaps(t.start(), t.end(), a)) {
                out.add(t.themeId());
            }
        }
        return out;
    }

    public String companyName(String id) {
        Company c = companies.get(id);
        return c == null ? id : c.name();
    }

    public String themeName(String id) {
        Theme t = themes.get(id);
        return t == null ? id : t.name();
    }

    private static boolean overlaps(int start, int end, Annotation a) {
        return start < a.end() && end > a.start();
    }
}
