package app.dossier.cli;

import app.dossier.library.DiscoveryDecisions;
import app.dossier.library.Library;
import app.dossier.library.LibraryExport;
import app.dossier.library.Sources;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.store.Json;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies the reports mention (with --discovered: only the new ones awaiting a decision), one JSON
 * object per line; --accept ID adds a discovered company to the registry, --reject ID removes it and its
 * attributions (each one decision, written to the journal like one taken in the window).
 */
final class CompaniesCommand {
    private final java.io.PrintStream out;
    private final java.io.PrintStream err;

    private final LibraryAccess access;

    CompaniesCommand(java.io.PrintStream out, java.io.PrintStream err, LibraryAccess access) {
        this.access = access;
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException, IOException {
        String accept = args.option("accept");
        String reject = args.option("reject");
        if (accept != null && reject != null) {
            throw new UsageException("give --accept or --reject, not both");
        }
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            if (accept != null || reject != null) {
                String id = accept != null ? accept : reject;
                if (!new DiscoveryDecisions(library).decide(id, accept != null)) {
                    err.println("no discovered company awaiting a decision has the id " + id
                            + " (see: companies --discovered)");
                    return Cli.PARTLY_FAILED;
                }
                out.println(Json.write(Map.of("company", id, "decision",
                        (accept != null ? CandidateStatus.ACCEPTED : CandidateStatus.REJECTED).code())));
                return Cli.OK;
            }
            list(library, args.flag("discovered"));
            return Cli.OK;
        }
    }

    private void list(Library library, boolean discoveredOnly) {
        List<Mention> mentions = library.mentions(null);
        Map<String, Company> companies = library.companiesById();
        Set<String> sources = Sources.of(library, mentions, companies);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> reports = new HashMap<>();
        for (Mention m : mentions) {
            counts.merge(m.companyId(), 1, Integer::sum);
            reports.computeIfAbsent(m.companyId(), k -> new HashSet<>()).add(m.reportId());
        }
        for (Company c : companies.values()) {
            if (!counts.containsKey(c.id()) || discoveredOnly && !c.discovered()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("name", c.name());
            row.put("aliases", c.aliases());
            row.put("kind", LibraryExport.kind(c, sources.contains(c.id())));
            row.put("origin", c.origin().code());
            row.put("mentions", counts.get(c.id()));
            row.put("reports", reports.get(c.id()).size());
            out.println(Json.write(row));
        }
    }
}
