package app.dossier.ui.insights;

import app.dossier.library.DiscoveryDecisions;
import app.dossier.library.Library;
import app.dossier.library.insights.LibraryInsights.Candidate;
import app.dossier.library.insights.LibraryInsights.CompanyCount;
import app.dossier.library.insights.LibraryInsights.Matrix;
import app.dossier.library.insights.LibraryInsights.ThemeCount;
import app.dossier.library.insights.LibraryInsights;
import app.dossier.library.insights.Passage;
import app.dossier.model.Company;
import app.dossier.model.Theme;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.List;
import java.util.Optional;

/**
 * What the companies-and-themes view shows: one reading of the library (mention and theme counts, the
 * company × theme matrix, discovered names), taken off the FX thread, and the decisions on discovered names.
 */
public final class InsightsViewModel {
    private final Workbench workbench;
    private final ReadOnlyIntegerWrapper readings = new ReadOnlyIntegerWrapper();
    private LibraryInsights data;
    private boolean loading;
    private boolean stale;

    public InsightsViewModel(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Raised each time a new reading of the library has arrived. */
    public ReadOnlyIntegerProperty readingsProperty() {
        return readings.getReadOnlyProperty();
    }

    /** The last reading of the library (null until the first load finished). */
    public LibraryInsights data() {
        return data;
    }

    public boolean loaded() {
        return data != null;
    }

    /** The report open in the reader, whose own counts come first; null with none open. */
    public String currentReportId() {
        Workbench.ReportView v = workbench.currentProperty().get();
        return v == null ? null : v.report().id();
    }

    /** Reads the library again in the background; reads requested meanwhile fold into one more. */
    public void reload() {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        if (loading) {
            stale = true;
            return;
        }
        loading = true;
        workbench.tasks().run(() -> LibraryInsights.load(lib), loaded -> {
            loading = false;
            data = loaded;
            readings.set(readings.get() + 1);
            if (stale) {
                stale = false;
                reload();
            }
        }, e -> {
            loading = false;
            if (!workbench.statusProperty().isBound()) {
                workbench.statusProperty().set(Failures.logged("Companies and themes could not be loaded", e));
            }
        });
    }

    /** Companies by mentions, those of the open report first; with {@code includeUnmentioned} the whole registry. */
    public List<CompanyCount> companyCounts(boolean includeUnmentioned) {
        return data.companyCounts(currentReportId(), includeUnmentioned);
    }

    public List<Passage> companyPassages(String companyId) {
        return data.companyPassages(companyId);
    }

    /** A publisher the reports cite as their source, not a company they are about. */
    public boolean isSource(String companyId) {
        return data != null && data.sources().contains(companyId);
    }

    /** The title of the open report, or null with none open. */
    public String currentReportTitle() {
        return data.reportTitle(currentReportId());
    }

    public List<ThemeCount> themeCounts() {
        return data.themeCounts(currentReportId());
    }

    public List<Passage> themePassages(String themeId, boolean includeRejected) {
        return data.themePassages(themeId, includeRejected);
    }

    public Matrix matrix() {
        return data.matrix();
    }

    public List<Passage> cellPassages(String companyId, String themeId) {
        return data.cellPassages(companyId, themeId);
    }

    /** Names discovery found that nobody has accepted or rejected yet. */
    public List<Candidate> suggestedCandidates() {
        return data.suggestedCandidates();
    }

    /** The kinds companies already have, offered when a company is edited. */
    public List<String> companyKinds() {
        return data == null ? List.of() : data.companies().values().stream().map(Company::kind)
                .filter(k -> k != null && !k.isBlank()).distinct().sorted().toList();
    }

    public Optional<Company> company(String id) {
        return data == null ? Optional.empty() : Optional.ofNullable(data.companies().get(id));
    }

    public Optional<Theme> theme(String id) {
        return data == null ? Optional.empty() : data.themes().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Accepts a discovered company into the registry, or rejects it with its mentions, as one undoable decision. */
    public void decide(Company company, boolean accept) {
        DiscoveryDecisions decisions = new DiscoveryDecisions(workbench.library());
        workbench.execute(accept ? decisions.accept(company) : decisions.reject(company));
    }
}
