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
import app.dossier.ui.common.Failures;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds a figure by hand from a selection in the reader: the fields come prefilled with what the
 * extractor reads in the selection (and the nearest company); the user corrects them and adds.
 */
public final class AddFigureDialog {
    private AddFigureDialog() {
    }

    /** Called by the reader's "Add figure" action; the dialog opens once the guess is ready. */
    public static void show(Window owner, Workbench workbench, Report report, int start, int end) {
        Library lib = workbench.library();
        if (lib == null || report == null || end <= start) {
            return;
        }
        workbench.tasks().run(() -> prepare(lib, report, start, end), p -> open(owner, workbench, p),
                e -> workbench.statusProperty().set(Failures.logged("Cannot add a figure here", e)));
    }

    record Prepared(Figure guess, List<Company> companies, List<String> currencies) {
    }

    static Prepared prepare(Library lib, Report report, int start, int end) {
        Report full = report.text() != null ? report : lib.report(report.id()).orElseThrow();
        Set<String> taken = lib.figures(report.id()).stream().map(Figure::id).collect(Collectors.toSet());
        Figure guess = new FigureGuess(new FigureExtractor()).guess(full, lib.mentions(report.id()), start, end, taken);
        List<String> currencies = new ArrayList<>(LibraryCharts.rates(lib).table().keySet());
        return new Prepared(guess, lib.companies(), currencies);
    }

    private static void open(Window owner, Workbench workbench, Prepared p) {
        FigureDialog dialog = new FigureDialog(owner, "Add figure", p.guess(), p.companies(), p.currencies());
        dialog.showAndWait().ifPresent(f -> workbench.execute(new Commands.PutFigure(null, f)));
    }
}
