package app.dossier.ui.ledger;

import app.dossier.figures.FigureExtractor;
import app.dossier.figures.ledger.FigureGuess;
import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Report;
import app.dossier.ui.Workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What adding a figure by hand asks of the library: the guess the extractor reads in the selection (and the nearest
 * company), the companies and currencies to choose from, and the figure added as one undoable decision.
 */
final class AddFigureModel {
    private final Workbench workbench;

    AddFigureModel(Workbench workbench) {
        this.workbench = workbench;
    }

    record Prepared(Figure guess, List<Company> companies, List<String> currencies) {
    }

    /** Reads the guess off the FX thread; nothing happens without a library or a selection. */
    void prepare(Report report, int start, int end, Consumer<Prepared> then, Consumer<Throwable> failed) {
        Library lib = workbench.library();
        if (lib == null || report == null || end <= start) {
            return;
        }
        workbench.tasks().run(() -> prepare(lib, report, start, end), then, failed);
    }

    static Prepared prepare(Library lib, Report report, int start, int end) {
        Report full = report.text() != null ? report : lib.report(report.id()).orElseThrow();
        Set<String> taken = lib.figures(report.id()).stream().map(Figure::id).collect(Collectors.toSet());
        Figure guess = new FigureGuess(new FigureExtractor()).guess(full, lib.mentions(report.id()), start, end, taken);
        List<String> currencies = new ArrayList<>(LibraryCharts.rates(lib).currencies());
        return new Prepared(guess, lib.companies(), currencies);
    }

    void add(Figure figure) {
        workbench.execute(new Commands.PutFigure(null, figure));
    }
}
