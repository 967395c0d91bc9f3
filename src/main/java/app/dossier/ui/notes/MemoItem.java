package app.dossier.ui.notes;

import app.dossier.annotations.AnnotationTags;
import app.dossier.annotations.NotesCorpus;
import app.dossier.model.Annotation;
import app.dossier.model.Report;

import java.util.List;
import java.util.Locale;

/** One note as the memo list shows it: with its report and the companies and themes it is about. */
record MemoItem(Annotation annotation, Report report, List<String> companyIds, List<String> companyNames,
                List<String> themeIds, List<String> themeNames, List<String> freeTags) {

    static MemoItem of(Annotation a, Report report, NotesCorpus corpus) {
        List<String> companies = List.copyOf(corpus.companiesOf(a));
        List<String> themes = List.copyOf(corpus.themesOf(a));
        return new MemoItem(a, report, companies, companies.stream().map(corpus::companyName).toList(), themes,
                themes.stream().map(corpus::themeName).toList(), AnnotationTags.free(a.tags()));
    }

    String reportTitle() {
        return report == null ? annotation.reportId() : report.title();
    }

    /** Every word a free-text filter looks through, lower case. */
    String searchable() {
        return String.join("\n", annotation.quote(), annotation.note() == null ? "" : annotation.note(), reportTitle(),
                String.join(" ", freeTags), String.join(" ", companyNames), String.join(" ", themeNames))
                .toLowerCase(Locale.ROOT);
    }
}
