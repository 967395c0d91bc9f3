package app.dossier.memo;

import app.dossier.annotations.NotesCorpus;
import app.dossier.charts.BuiltChart;
import app.dossier.charts.ChartInput;
import app.dossier.charts.ChartResult;
import app.dossier.charts.ChartType;
import app.dossier.charts.Charts;
import app.dossier.figures.ledger.FigureText;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.matrix.CellSource;
import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.LibraryMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.matrix.MatrixMetric;
import app.dossier.model.Annotation;
import app.dossier.model.Figure;
import app.dossier.model.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Gathers a memo from a library: the charts, the matrix and the notes asked for, each number cited. */
public final class MemoBuilder {
    private MemoBuilder() {
    }

    /**
     * @param progress told what is being gathered ("Drawing burn-rate", ...)
     * @throws IllegalArgumentException naming a company, theme, currency or notes choice the library lacks
     */
    public static Memo build(Library library, MemoRequest request, Consumer<String> progress) {
        Footnotes footnotes = new Footnotes();
        Map<String, Report> reports = new HashMap<>();
        library.reports().forEach(r -> reports.put(r.id(), r));
        Map<String, Figure> figures = new HashMap<>();
        library.figures(null).forEach(f -> figures.put(f.id(), f));

        ComparisonMatrix matrix = null;
        if (request.matrix() != null) {
            progress.accept("Filling the comparison matrix");
            matrix = LibraryMatrix.build(library, request.matrix());
        }
        Set<String> companies = new HashSet<>();
        if (matrix != null && (!request.matrix().companies().isEmpty() || request.matrix().theme() != null)) {
            matrix.rows().forEach(r -> companies.add(r.companyId()));
        }
        List<Memo.ChartPart> charts = new ArrayList<>();
        for (ChartType type : request.charts()) {
            progress.accept("Drawing " + type.id());
            ChartInput input = LibraryCharts.input(library).currency(request.currency()).includeSuggested(true)
                    .companyFilter(companies).build();
            BuiltChart chart = Charts.build(type, input);
            charts.add(new Memo.ChartPart(type.id(), chart.result().title(), chart.result().description(), chart,
                    values(chart.result(), figures, reports, footnotes)));
        }
        Memo.MatrixPart matrixPart = matrix == null ? null : new Memo.MatrixPart(matrix, cellNotes(matrix, footnotes));
        List<Memo.NotePart> notes = List.of();
        if (request.notes() != null && !request.notes().isBlank()) {
            progress.accept("Quoting the notes");
            notes = notes(NotesChoice.select(NotesCorpus.load(library), request.notes(), library.themes()), reports, footnotes);
        }
        return new Memo(request.title(), LocalDate.now(), request.currency().toUpperCase(java.util.Locale.ROOT), charts,
                matrixPart, notes, footnotes);
    }

    /** Each plotted value as "Series, category: value" citing the figures it was drawn from. */
    private static List<Memo.Cited> values(ChartResult result, Map<String, Figure> figures, Map<String, Report> reports,
                                           Footnotes footnotes) {
        List<Memo.Cited> out = new ArrayList<>();
        for (ChartResult.Series s : result.series()) {
            for (ChartResult.Point p : s.points()) {
                List<Integer> notes = new ArrayList<>();
                for (String id : p.sources()) {
                    Figure f = figures.get(id);
                    if (f != null) {
                        notes.add(footnotes.cite(CellSource.of(f, reports.get(f.reportId())).citation()));
                    }
                }
                String value = p.label() != null && !p.label().isBlank() ? p.label()
                        : FigureText.plain(p.value()) + (p.valueMax() == null ? "" : "–" + FigureText.plain(p.valueMax()))
                        + (s.unit() == null || s.unit().isBlank() ? "" : " " + s.unit());
                out.add(new Memo.Cited(s.name() + ", " + p.category() + ": " + value, notes));
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> cellNotes(ComparisonMatrix matrix, Footnotes footnotes) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (ComparisonMatrix.Row r : matrix.rows()) {
            for (MatrixMetric m : matrix.metrics()) {
                MatrixCell c = r.cell(m);
                out.put(r.companyId() + "\u0000" + m.id(), c.sources().stream().map(s -> footnotes.cite(s.citation())).toList());
            }
        }
        return out;
    }

    private static List<Memo.NotePart> notes(NotesCorpus corpus, Map<String, Report> reports, Footnotes footnotes) {
        List<Memo.NotePart> out = new ArrayList<>();
        for (Annotation a : corpus.annotations()) {
            Report r = reports.get(a.reportId());
            String title = r == null || r.title() == null ? a.reportId() : r.title();
            String quote = a.quote() == null ? "" : a.quote().strip();
            String citation = CellSource.citation(title, r == null ? null : r.published(), quote, a.reportId(), a.start(),
                    a.end());
            List<String> about = new ArrayList<>();
            corpus.companiesOf(a).forEach(c -> about.add(corpus.companyName(c)));
            corpus.themesOf(a).forEach(t -> about.add(corpus.themeName(t)));
            out.add(new Memo.NotePart(quote, a.note() == null ? "" : a.note().strip(), String.join(", ", about),
                    footnotes.cite(citation)));
        }
        return out;
    }
}
