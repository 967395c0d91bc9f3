package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line of the table of quotes: a note with its source and the companies and themes it is about. */
public record QuoteRow(String reportTitle, LocalDate published, String source, String quote, String note,
                       List<String> tags, List<String> companies, List<String> themes, String color, boolean orphaned,
                       Annotation annotation) {

    public static List<QuoteRow> of(NotesCorpus corpus) {
        Map<String, Report> reports = corpus.reportsById();
        List<QuoteRow> rows = new ArrayList<>();
        for (Annotation a : corpus.annotations()) {
            Report r = reports.get(a.reportId());
            rows.add(new QuoteRow(r == null ? a.reportId() : r.title(), r == null ? null : r.published(),
                    r == null ? null : r.source(), a.quote(), a.note(), AnnotationTags.free(a.tags()),
                    corpus.companiesOf(a).stream().map(corpus::companyName).toList(),
                    corpus.themesOf(a).stream().map(corpus::themeName).toList(), NoteColor.of(a.color()).id(),
                    a.orphaned(), a));
        }
        return rows;
    }
}
