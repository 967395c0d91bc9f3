package app.dossier.cli;

import app.dossier.library.CompanyProfiles;
import app.dossier.library.Library;
import app.dossier.library.profile.CompanyProfile;
import app.dossier.library.profile.ProfileJson;
import app.dossier.library.profile.ProfileText;
import app.dossier.model.Company;
import app.dossier.money.ExchangeRates;
import app.dossier.library.LibraryCharts;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One company's profile: as text to read, or with --json as one JSON object (README: Company profile). */
final class ProfileCommand {
    private final PrintStream out;
    private final LibraryAccess access;

    ProfileCommand(PrintStream out, LibraryAccess access) {
        this.out = out;
        this.access = access;
    }

    int run(Arguments args) throws UsageException, IOException {
        String name = args.option("company");
        if (name == null || name.isBlank()) {
            throw new UsageException("profile needs --company NAME (a name, an alias in any script, or an id)");
        }
        String currency = args.option("currency") == null ? "USD" : args.option("currency").toUpperCase(Locale.ROOT);
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            ExchangeRates rates = LibraryCharts.rates(library);
            if (!rates.supports(currency)) {
                throw new UsageException("no exchange rate for --currency " + currency);
            }
            CompanyProfiles profiles = new CompanyProfiles(library);
            List<Company> found = profiles.find(name);
            if (found.isEmpty()) {
                throw new UsageException("no company named '" + name + "' in the library (see `dossier companies`)");
            }
            if (found.size() > 1) {
                throw new UsageException("'" + name + "' names several companies: " + found.stream()
                        .map(c -> c.name() + " (" + c.id() + ")").collect(Collectors.joining(", ")) + "; give the id");
            }
            CompanyProfile profile = profiles.of(found.get(0).id(), currency);
            if (args.flag("json")) {
                out.println(Json.write(ProfileJson.of(profile)));
            } else {
                out.print(ProfileText.of(profile, rates));
            }
            return Cli.OK;
        }
    }
}
