package app.dossier.ui;

import app.dossier.model.ReviewStatus;
import app.dossier.library.Library;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ThemeTag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One line on what an imported file brought: its language, the companies it names, its figures and themes. */
final class ImportFindings {
    private static final int NAMES_SHOWN = 3;

    private ImportFindings() {
    }

    /** Read off the library (in the background) right after the file was imported. */
    static String of(Library library, String reportId) {
        Report report = library.report(reportId).orElse(null);
        if (report == null) {
            return "";
        }
        String kept = library.versions().get(reportId);
        if (kept != null) {
            return "another format of «" + library.report(kept).map(Report::title).orElse(kept)
                    + "»: counted once, shown as its format (Details: keep it as its own article)";
        }
        Map<String, Company> companies = library.companiesById();
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : library.mentions(reportId)) {
            Company c = companies.get(m.companyId());
            names.add(c == null ? m.text() : c.name());
        }
        int figures = (int) library.figures(reportId).stream().filter(f -> f.status() != ReviewStatus.REJECTED).count();
        long themes = library.themeTags(reportId).stream().filter(t -> t.status() != ReviewStatus.REJECTED)
                .map(ThemeTag::themeId).distinct().count();
        List<String> shown = names.stream().limit(NAMES_SHOWN).toList();
        String companyPart = names.isEmpty() ? "no companies"
                : count(names.size(), "company", "companies") + " (" + String.join(", ", shown)
                + (names.size() > NAMES_SHOWN ? ", …" : "") + ")";
        return app.dossier.ui.reader.ReaderPane.languageName(report.language()) + " · " + companyPart + " · "
                + count(figures, "figure", "figures") + " · " + count((int) themes, "theme", "themes");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
