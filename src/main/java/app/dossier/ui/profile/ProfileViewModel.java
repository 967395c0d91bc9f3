package app.dossier.ui.profile;

import app.dossier.library.CompanyProfiles;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.library.profile.CompanyProfile;
import app.dossier.money.ExchangeRates;
import app.dossier.ui.Workbench;

import java.util.function.Consumer;

/** What a company's profile shows: the profile in the chosen currency and the rates its chart converts with. */
public final class ProfileViewModel {
    /** What one read brings: the profile and the rates its chart converts with. */
    public record Loaded(CompanyProfile profile, ExchangeRates rates) {
    }

    private final Workbench workbench;

    public ProfileViewModel(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Reads the profile of a company with amounts in {@code currency}, off the FX thread. */
    public void read(String companyId, String currency, Consumer<Loaded> then, Consumer<Throwable> failed) {
        Library lib = workbench.library();
        if (lib == null || companyId == null) {
            return;
        }
        workbench.tasks().read(() -> new Loaded(new CompanyProfiles(lib).of(companyId, currency), LibraryCharts.rates(lib)),
                then, failed);
    }
}
