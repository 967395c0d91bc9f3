package app.dossier.library;

import app.dossier.journal.Commands;
import app.dossier.journal.Decisions;
import app.dossier.journal.Journal;
import app.dossier.journal.JournalReader;
import app.dossier.journal.UserCommand;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.store.AnnotationRepository;
import app.dossier.store.Checksums;
import app.dossier.store.JournalStateRepository;
import app.dossier.store.OrphanRepository;
import app.dossier.store.ReportRepository;
import app.dossier.store.StoreException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a whole library and says what differs: the database against its checksums, the search
 * index against the database, the journal against the database, the originals against the reports.
 */
public final class LibraryCheck {
    private LibraryCheck() {
    }

    /** One difference found; {@code area} is database, index, journal or originals. */
    public record Finding(String area, String problem) {
        @Override
        public String toString() {
            return area + ": " + problem;
        }
    }

    public static List<Finding> run(Library library) throws IOException {
        List<Finding> findings = new ArrayList<>();
        library.database().read(Checksums::mismatches).forEach(m -> findings.add(new Finding("database", m + " does not "
                + "match its checksum")));
        checkIndex(library, findings);
        checkJournal(library, findings);
        checkOriginals(library, findings);
        return findings;
    }

    private static void checkIndex(Library library, List<Finding> findings) {
        Set<String> stored = new HashSet<>(library.database().read(c -> ReportRepository.all(c)).stream()
                .map(Report::id).toList());
        Set<String> indexed = library.search().indexedIds();
        for (String id : stored) {
            if (!indexed.contains(id)) {
                findings.add(new Finding("index", "report " + id + " is not in the search index (Rebuild search index)"));
            }
        }
        for (String id : indexed) {
            if (!stored.contains(id)) {
                findings.add(new Finding("index", "the search index holds report " + id + ", which the library does not"));
            }
        }
    }

    private static void checkJournal(Library library, List<Finding> findings) throws IOException {
        JournalReader.Contents contents = JournalReader.scan(library.directory().resolve(Journal.FILE_NAME));
        contents.problems().forEach(p -> findings.add(new Finding("journal", p.toString())));
        long applied = library.database().read(JournalStateRepository::appliedSeq);
        if (applied < contents.lastSeq()) {
            findings.add(new Finding("journal", "the database holds decisions up to " + applied + " of "
                    + contents.lastSeq()));
        }
        library.decisions().unapplied().forEach(u -> findings.add(new Finding("journal", u)));
        List<OrphanRepository.Orphan> orphans = library.orphanedDecisions();
        if (!orphans.isEmpty()) {
            findings.add(new Finding("journal", orphans.size() + " decisions are on reports whose original file is "
                    + "missing (listed by `dossier orphans`)"));
        }
        Set<String> orphanReports = new HashSet<>();
        orphans.forEach(o -> orphanReports.add(o.reportId()));
        compareNotes(library, notesAsJournalled(contents.entries()), orphanReports, findings);
    }

    /** Every note as the journal leaves it: its last state, or null when it was removed. */
    private static Map<String, Annotation> notesAsJournalled(List<Journal.Entry> entries) {
        Map<String, Annotation> notes = new LinkedHashMap<>();
        for (Journal.Entry entry : entries) {
            for (UserCommand step : Decisions.steps(entry.command())) {
                if (step instanceof Commands.PutAnnotation put) {
                    Annotation last = put.after() != null ? put.after() : put.before();
                    notes.put(last.id(), put.after());
                }
            }
        }
        return notes;
    }

    private static void compareNotes(Library library, Map<String, Annotation> journalled, Set<String> orphanReports,
                                     List<Finding> findings) {
        for (Map.Entry<String, Annotation> e : journalled.entrySet()) {
            Annotation expected = e.getValue();
            Annotation stored;
            try {
                stored = library.database().read(c -> AnnotationRepository.find(c, e.getKey()));
            } catch (StoreException damaged) {
                continue; // reported with the checksums
            }
            if (expected == null && stored != null) {
                findings.add(new Finding("journal", "note " + e.getKey() + " was removed in the journal but is in the database"));
            } else if (expected != null && stored == null && !orphanReports.contains(expected.reportId())) {
                findings.add(new Finding("journal", "note " + e.getKey() + " on report " + expected.reportId()
                        + " is in the journal but not in the database"));
            } else if (expected != null && stored != null && !expected.note().equals(stored.note())) {
                findings.add(new Finding("journal", "note " + e.getKey() + " reads differently in the database"));
            }
        }
    }

    private static void checkOriginals(Library library, List<Finding> findings) throws IOException {
        Set<String> kept = new HashSet<>(library.originals().shas());
        Set<String> stored = library.database().read(ReportRepository::allSha256);
        for (String sha : stored) {
            if (!kept.contains(sha)) {
                findings.add(new Finding("originals", "the original file of report sha256 " + sha + " is missing"));
            }
        }
        for (String sha : kept) {
            if (!stored.contains(sha)) {
                findings.add(new Finding("originals", "originals/" + sha.substring(0, 2) + "/" + sha
                        + " belongs to no report (import it again, or remove it)"));
            }
        }
    }
}
