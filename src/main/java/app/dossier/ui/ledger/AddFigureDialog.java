package app.dossier.ui.ledger;

import app.dossier.model.Report;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import javafx.stage.Window;

/**
 * Adds a figure by hand from a selection in the reader: the fields come prefilled with what the
 * extractor reads in the selection (and the nearest company); the user corrects them and adds.
 */
public final class AddFigureDialog {
    private AddFigureDialog() {
    }

    /** Called by the reader's "Add figure" action; the dialog opens once the guess is ready. */
    public static void show(Window owner, Workbench workbench, Report report, int start, int end) {
        AddFigureModel model = new AddFigureModel(workbench);
        model.prepare(report, start, end, p -> {
            FigureDialog dialog = new FigureDialog(owner, "Add figure", p.guess(), p.companies(), p.currencies());
            dialog.showAndWait().ifPresent(model::add);
        }, e -> workbench.statusProperty().set(Failures.logged("Cannot add a figure here", e)));
    }
}
