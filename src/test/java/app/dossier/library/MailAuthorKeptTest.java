package app.dossier.library;

import app.dossier.importing.ImportProgress;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A mail's author, named only in the signature the cleaning removes, is kept with the report: the author is listed
 * among the discovered companies, and re-running tagging and figures on the stored text still gives it its figures.
 */
class MailAuthorKeptTest {
    private static final String MAIL = """
            From: Ola Berg <ola@fjordlume.no>
            To: investors@fjordlume.no
            Date: Tue, 3 Feb 2026 09:10
            Subject: Investor update, January 2026

            Dear investors,

            here is our monthly update. Numbers are unaudited.

            ARR:            $3.1M
            Monthly burn — $240K
            Cash:           $6.0M
            Runway:         25 months

            Best,
            Ola

            --
            Ola Berg
            CEO
            Fjordlume Analytics AS
            Fjordlume Analytics Inc.
            """;

    @TempDir
    Path dir;

    private static String burnCompany(Library library) {
        return library.figures(null).stream().filter(f -> Metric.BURN.equals(f.metric())).map(Figure::companyId)
                .findFirst().orElseThrow(() -> new AssertionError("no burn among " + library.figures(null)));
    }

    @Test
    void theAuthorKeepsItsFiguresWhenTaggingIsRunAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("update.txt"), MAIL);
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false);
            Company author = library.discoveredCompanies().stream().filter(c -> c.name().equals("Fjordlume Analytics"))
                    .findFirst().orElseThrow(() -> new AssertionError("author not listed: " + library.discoveredCompanies()));
            assertEquals(author.id(), burnCompany(library));
            library.reanalyseAll((done, total, title) -> { }, () -> false);
            assertEquals(author.id(), burnCompany(library));
        }
    }
}
