package app.dossier.importing;

import app.dossier.analysis.ReportAnalysis;
import app.dossier.analysis.Vocabulary;
import app.dossier.model.Ids;
import app.dossier.model.Report;
import app.dossier.store.Database;
import app.dossier.store.FigureRepository;
import app.dossier.store.OriginalsStore;
import app.dossier.store.RegistryRepository;
import app.dossier.store.ReportRepository;
import app.dossier.store.StoreException;
import app.dossier.store.TagRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Imports files into a library: reads and cleans each, finds its companies, themes and figures,
 * and stores all of it in one transaction. A bad file fails alone with a reason; the batch goes on.
 */
public final class ImportService {
    /** Endings picked up when a folder is imported; a file named explicitly is tried whatever its ending. */
    public static final Set<String> ENDINGS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "pdf");

    private final Database database;
    private final OriginalsStore originals;
    private final Supplier<Vocabulary> vocabulary;
    private final Consumer<String> afterStore;
    private final Runnable afterBatch;
    private final Consumer<String> restoreDeleted;
    private final DocumentReader reader = new DocumentReader();
    private final ReportAnalysis analysis = new ReportAnalysis();

    /**
     * @param afterStore     told the id of each report stored or re-processed (to keep the search index in step)
     * @param afterBatch     told when a batch (or a single file) is done, to publish what afterStore staged
     * @param restoreDeleted undeletes a report (a user decision, so it goes through the journal)
     */
    public ImportService(Database database, OriginalsStore originals, Supplier<Vocabulary> vocabulary,
                         Consumer<String> afterStore, Runnable afterBatch, Consumer<String> restoreDeleted) {
        this.afterBatch = afterBatch;
        this.restoreDeleted = restoreDeleted;
        this.database = database;
        this.originals = originals;
        this.vocabulary = vocabulary;
        this.afterStore = afterStore;
    }

    /** Imports files and folders (recursively, not following links out of a folder); cancelling stops before the next file. */
    public List<ImportOutcome> importPaths(List<Path> paths, ImportProgress progress, BooleanSupplier cancelled) {
        return importPaths(paths, false, progress, cancelled);
    }

    /** @param followLinks follow links inside a folder wherever they lead (the user asked for it) */
    public List<ImportOutcome> importPaths(List<Path> paths, boolean followLinks, ImportProgress progress,
                                           BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                FolderWalk.Found found = FolderWalk.walk(p, followLinks);
                files.addAll(found.files());
                outcomes.addAll(found.failures());
            } else {
                files.add(p);
            }
        }
        int total = files.size() + outcomes.size();
        for (int i = 0; i < outcomes.size(); i++) {
            progress.fileDone(i + 1, total, outcomes.get(i));
        }
        try {
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                ImportOutcome outcome = importOne(file);
                outcomes.add(outcome);
                progress.fileDone(outcomes.size(), total, outcome);
            }
        } finally {
            afterBatch.run();
        }
        return outcomes;
    }

    public ImportOutcome importFile(Path file) {
        try {
            return importOne(file);
        } finally {
            afterBatch.run();
        }
    }

    private ImportOutcome importOne(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return failed(name, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > DocumentReader.MAX_BYTES) {
                return failed(name, String.format(Locale.ROOT, "the file is %.0f MB; Dossier imports files up to %d MB",
                        size / (1024.0 * 1024.0), DocumentReader.MAX_BYTES / (1024 * 1024)));
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = Ids.sha256(bytes);
            var existing = database.read(c -> ReportRepository.idBySha(c, sha, true));
            if (existing.isPresent()) {
                String id = existing.get();
                if (database.read(c -> ReportRepository.isDeleted(c, id))) {
                    // importing a deleted report's file again brings it back with the user's work on it,
                    // as a journalled decision so that a rebuild from the journal agrees
                    restoreDeleted.accept(id);
                    afterStore.accept(id);
                    return new ImportOutcome(name, ImportOutcome.IMPORTED, id, null);
                }
                return new ImportOutcome(name, ImportOutcome.DUPLICATE, id, null);
            }
            String fileName = file.getFileName().toString();
            ExtractedDocument doc = reader.read(fileName, bytes);
            if (doc.text().isBlank()) {
                return failed(name, "no readable text was found in it");
            }
            Report report = new Report(Ids.report(sha), fileName, doc.title(), doc.language(), sha, Instant.now(),
                    doc.published(), doc.source(), bytes.length, doc.format(), doc.text());
            ReportAnalysis.Result found = analysis.analyse(vocabulary.get(), doc.text(), doc.language())
                    .forReport(report.id());
            originals.save(sha, fileName, bytes);
            database.write(c -> {
                ReportRepository.insert(c, report, doc.charset());
                storeAnalysis(c, report, found);
                return null;
            });
            afterStore.accept(report.id());
            return new ImportOutcome(name, ImportOutcome.IMPORTED, report.id(), null);
        } catch (UnreadableFileException e) {
            return failed(name, e.getMessage());
        } catch (IOException e) {
            return failed(name, "cannot read it: " + FolderWalk.reasonOf(e));
        } catch (StoreException e) {
            return failed(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a reader defect must not take the batch down; the file is reported, nothing is stored
            return failed(name, "it could not be processed (" + e + ")");
        } catch (OutOfMemoryError e) {
            // what filled the heap was this file's and is garbage once we are here: report it, go on
            return failed(name, "processing it needed more memory than Dossier has");
        }
    }

    /**
     * Runs tagging and figure extraction again over a stored report (after the registry or codebook
     * changed), keeping every decision the user made.
     */
    public void reanalyse(String reportId) {
        Report report = database.read(c -> ReportRepository.find(c, reportId)).orElse(null);
        if (report == null) {
            return;
        }
        ReportAnalysis.Result found = analysis.analyse(vocabulary.get(), report.text(), report.language())
                .forReport(reportId);
        database.write(c -> {
            storeAnalysis(c, report, found);
            return null;
        });
        afterStore.accept(reportId);
        afterBatch.run();
    }

    /**
     * Reads a report's original file again with the current engine (cleaning, language, tagging, figures),
     * keeping the user's decisions. Returns the text the report had before, so callers can re-anchor
     * what hangs on positions in it (notes); null when the report or its original is gone.
     */
    public String reprocess(String reportId) throws IOException, UnreadableFileException {
        Report report = database.read(c -> ReportRepository.find(c, reportId)).orElse(null);
        if (report == null) {
            return null;
        }
        var original = originals.find(report.sha256()).orElse(null);
        if (original == null) {
            return null;
        }
        ExtractedDocument doc = reader.read(original.fileName(), Files.readAllBytes(original.path()));
        Report updated = new Report(report.id(), report.file(), report.title(), doc.language(), report.sha256(),
                report.importedAt(), report.published(), report.source(), report.sizeBytes(), doc.format(), doc.text());
        ReportAnalysis.Result found = analysis.analyse(vocabulary.get(), doc.text(), doc.language()).forReport(reportId);
        database.write(c -> {
            ReportRepository.updateText(c, reportId, doc.text(), doc.language());
            storeAnalysis(c, updated, found);
            return null;
        });
        afterStore.accept(reportId);
        afterBatch.run();
        return report.text();
    }

    private static void storeAnalysis(Connection c, Report report, ReportAnalysis.Result found) throws SQLException {
        TagRepository.replaceMentions(c, report.id(), found.mentions());
        TagRepository.replaceSuggestions(c, report.id(), found.themeTags());
        FigureRepository.replaceSuggestions(c, report.id(), found.figures(), report.text());
        for (app.dossier.model.Company company : found.discovered()) {
            RegistryRepository.offerDiscovered(c, company, report.id());
        }
    }

    private static ImportOutcome failed(String file, String reason) {
        return new ImportOutcome(file, ImportOutcome.FAILED, null, reason);
    }

    static String ending(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
