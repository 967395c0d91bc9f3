package app.dossier.library;

import app.dossier.model.Ids;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.store.ReportRepository;
import app.dossier.store.TagRepository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Fills a library with many small reports straight through the store (importing hundreds of files would
 * take minutes): every third report mentions Anthropic, the others OpenAI; titles count up.
 */
public final class GeneratedLibrary {
    public static final String OFTEN = Ids.slug("OpenAI");
    public static final String SELDOM = Ids.slug("Anthropic");

    private GeneratedLibrary() {
    }

    public static void fill(Library library, int reports) {
        fill(library, reports, 1);
    }

    /** Like {@link #fill(Library, int)}, reports imported {@code perInstant} at a time in the same instant (a batch). */
    public static void fill(Library library, int reports, int perInstant) {
        Instant start = Instant.parse("2026-01-01T00:00:00.123456Z");
        library.database().write(c -> {
            for (int i = 0; i < reports; i++) {
                boolean seldom = i % 3 == 0;
                String company = seldom ? "Anthropic" : "OpenAI";
                String text = String.format("Report %04d. %s raised money this quarter.", i, company);
                String sha = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
                String id = Ids.report(sha);
                ReportRepository.insert(c, new Report(id, String.format("report-%04d.txt", i),
                        String.format("Quarterly note %04d on %s", i, company), "en", sha, start.plusSeconds(i / perInstant), null,
                        "Generated", text.length(), "txt", text), "UTF-8");
                int at = text.indexOf(company);
                TagRepository.insertMentions(c, id, List.of(new Mention(id, seldom ? SELDOM : OFTEN, at,
                        at + company.length(), company, false, false)));
            }
            return null;
        });
        library.search().rebuild();
    }
}
