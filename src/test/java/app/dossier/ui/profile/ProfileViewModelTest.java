package app.dossier.ui.profile;

import app.dossier.library.profile.CompanyProfile;
import app.dossier.model.Company;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company's profile as its view model reads it, without a window. */
class ProfileViewModelTest {
    @Test
    void theProfileStatesItsAmountsInTheCurrencyChosen(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt",
                "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n")) {
            String zhipu = fx.library.companies().stream().filter(c -> c.name().equals("Zhipu AI")).map(Company::id)
                    .findFirst().orElseThrow();
            ProfileViewModel model = new ProfileViewModel(fx.workbench);
            AtomicReference<ProfileViewModel.Loaded> read = new AtomicReference<>();
            model.read(zhipu, "EUR", read::set, e -> { throw new AssertionError(e); });
            CompanyProfile profile = read.get().profile();
            assertEquals("Zhipu AI", profile.name());
            assertEquals("EUR", profile.currency());
            double cashInEur = profile.timeline().stream().filter(t -> t.metric().equals("cash"))
                    .mapToDouble(CompanyProfile.TimelinePoint::inCurrency).findFirst().orElseThrow();
            assertEquals(2.5e9 * 0.14 / 1.16, cashInEur, 1e7, "yuan to euros through the dollar table");
            assertTrue(read.get().rates().currencies().contains("EUR"));
        }
    }
}
