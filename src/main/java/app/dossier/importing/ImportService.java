package app.dossier.importing;

import app.dossier.analysis.ReportAnalysis;
import app.dossier.analysis.Vocabulary;
import app.dossier.model.Ids;
import app.dossier.model.Report;
import app.dossier.store.Database;
import app.dossier.store.FigureRepository;
import app.dossier.store.NewReports;
import app.dossier.store.OriginalsStore;
import app.dossier.store.RegistryRepository;
import app.dossier.store.ReportAuthorRepository;
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
    private static final System.Logger LOG = System.getLogger(ImportService.class.getName());

    /** Endings picked up when a folder is imported; a file named explicitly is tried whatever its ending. */
    public static final Set<String> ENDINGS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "pdf");

    /** New reports committed in one transaction at most; each is still all or nothing (the batch is). */
    private static final int BATCH_REPORTS = 64;
    /** A batch waiting longer than this for more reports is committed, so progress keeps moving. */
    private static final long BATCH_WAIT_NANOS = 300_000_000L;

    private final Database database;
    private final OriginalsStore originals;
    private final Supplier<Vocabulary> vocabulary;
    private final ImportListener listener;
    private final Consumer<String> restoreDeleted;
    private final ThreadLocal<DocumentReader> reader = ThreadLocal.withInitial(DocumentReader::new);
    private final ThreadLocal<ReportAnalysis> analysis = ThreadLocal.withInitial(ReportAnalysis::new);

    /**
     * @param listener       told of reports stored or re-processed, and of each batch's end
     * @param restoreDeleted undeletes a report (a user decision, so it goes through the journal)
     */
    public ImportService(Database database, OriginalsStore originals, Supplier<Vocabulary> vocabulary,
                         ImportListener listener, Consumer<String> restoreDeleted) {
        this.database = database;
        this.originals = originals;
        this.vocabulary = vocabulary;
        this.listener = listener;
        this.restoreDeleted = restoreDeleted;
    }

    /**
     * Worker threads that decode, clean and analyse files while the calling thread writes: as many as
     * there are cores (see README, Performance: the writer mostly waits on the disk, so a core left to
     * it would idle), overridable with -Ddossier.importThreads=N.
     */
    static int workerThreads() {
        return Math.max(1, Integer.getInteger("dossier.importThreads", Runtime.getRuntime().availableProcessors()));
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
            new BatchWriter(outcomes, total, progress).run(files, cancelled);
        } finally {
            listener.batchDone();
        }
        return outcomes;
    }

    public ImportOutcome importFile(Path file) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        try {
            new BatchWriter(outcomes, 1, ImportProgress.NONE).run(List.of(file), () -> false);
        } finally {
            listener.batchDone();
        }
        return outcomes.get(0);
    }

    /** What a worker made of one file: a new report to store, or an outcome already settled. */
    private record Prepared(String name, AnalysedReport fresh, String knownId, ImportOutcome settled) {
        static Prepared settled(ImportOutcome outcome) {
            return new Prepared(outcome.file(), null, null, outcome);
        }
    }

    /**
     * The one writer: takes what the workers prepared, in input order, and stores new reports in batches
     * (one transaction each), telling progress about every file only once its report is committed.
     */
    private final class BatchWriter {
        private Instant lastStamp = Instant.EPOCH;
        private final List<ImportOutcome> outcomes;
        private final int total;
        private final ImportProgress progress;
        private final List<Prepared> waiting = new ArrayList<>();
        private final java.util.Map<String, String> storedShas = new java.util.HashMap<>();
        private int fresh;
        private long oldestWaiting;

        BatchWriter(List<ImportOutcome> outcomes, int total, ImportProgress progress) {
            this.outcomes = outcomes;
            this.total = total;
            this.progress = progress;
        }

        void run(List<Path> files, BooleanSupplier cancelled) {
            if (files.size() == 1) {
                if (!cancelled.getAsBoolean()) {
                    take(prepare(files.get(0), sha -> database.read(c -> ReportRepository.idBySha(c, sha, true))));
                }
                flush();
                return;
            }
            // read once, not per file: a read on a worker ends an H2 transaction, and with WRITE_DELAY=0 each
            // such end writes a chunk of whatever the writer has pending. Reports this import stores are in
            // storedShas, so the map stays enough for the rest of the run.
            java.util.Map<String, String> known = database.read(ReportRepository::idsBySha);
            try (OrderedWorkers<Path, Prepared> workers = new OrderedWorkers<>(workerThreads(), files.iterator(),
                    file -> prepare(file, sha -> java.util.Optional.ofNullable(known.get(sha))))) {
                try {
                    while (workers.hasNext() && !cancelled.getAsBoolean()) {
                        if (fresh > 0 && !workers.nextIsReady() && System.nanoTime() - oldestWaiting > BATCH_WAIT_NANOS) {
                            flush();
                        }
                        take(workers.next());
                    }
                } finally {
                    workers.stop();
                }
                flush();
            }
        }

        private void take(Prepared p) {
            if (p.fresh() != null) {
                // stamped here, in input order, so the library lists a batch in the order it was given; strictly
                // later than the one before, since the store keeps microseconds and a tie would sort by id instead
                Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plus(1, java.time.temporal.ChronoUnit.MICROS);
                p = new Prepared(p.name(), stamped(p.fresh(), lastStamp), null, null);
                String sha = p.fresh().report().sha256();
                String earlier = storedShas.putIfAbsent(sha, p.fresh().report().id());
                if (earlier != null) { // the same bytes twice in one batch: the first file is the report
                    p = Prepared.settled(new ImportOutcome(p.name(), ImportOutcome.DUPLICATE, earlier, null));
                } else {
                    if (fresh++ == 0) {
                        oldestWaiting = System.nanoTime();
                    }
                }
            } else if (p.knownId() != null) {
                flush(); // a restore is a journalled decision of its own; what came before is stored first
                p = Prepared.settled(restoreOrDuplicate(p.name(), p.knownId()));
            }
            waiting.add(p);
            if (fresh >= BATCH_REPORTS) {
                flush();
            }
        }

        private void flush() {
            List<AnalysedReport> batch = waiting.stream().map(Prepared::fresh).filter(java.util.Objects::nonNull).toList();
            java.util.Map<AnalysedReport, ImportOutcome> stored = store(batch);
            for (Prepared p : waiting) {
                ImportOutcome outcome = p.settled() != null ? p.settled() : stored.get(p.fresh());
                outcomes.add(outcome.file().equals(p.name()) ? outcome
                        : new ImportOutcome(p.name(), outcome.status(), outcome.reportId(), outcome.error()));
                progress.fileDone(outcomes.size(), total, outcomes.get(outcomes.size() - 1));
            }
            waiting.clear();
            fresh = 0;
        }

        /** Stores the batch in one transaction; when that fails, each report alone, so a bad one fails alone. */
        private java.util.Map<AnalysedReport, ImportOutcome> store(List<AnalysedReport> batch) {
            java.util.Map<AnalysedReport, ImportOutcome> result = new java.util.IdentityHashMap<>();
            if (batch.isEmpty()) {
                return result;
            }
            try {
                commit(batch);
                for (AnalysedReport r : batch) {
                    result.put(r, new ImportOutcome(r.report().file(), ImportOutcome.IMPORTED, r.report().id(), null));
                }
            } catch (StoreException e) {
                if (batch.size() == 1) {
                    AnalysedReport r = batch.get(0);
                    storedShas.remove(r.report().sha256());
                    result.put(r, failed(r.report().file(), e.getMessage()));
                } else {
                    for (AnalysedReport r : batch) {
                        result.putAll(store(List.of(r)));
                    }
                }
            }
            return result;
        }
    }

    private static AnalysedReport stamped(AnalysedReport r, Instant importedAt) {
        Report x = r.report();
        return new AnalysedReport(new Report(x.id(), x.file(), x.title(), x.language(), x.sha256(), importedAt,
                x.published(), x.source(), x.sizeBytes(), x.format(), x.text()), r.charset(), r.found(), r.signature());
    }

    private void commit(List<AnalysedReport> batch) {
        List<NewReports.Entry> entries = batch.stream().map(r -> new NewReports.Entry(r.report(), r.charset(),
                r.found().mentions(), r.found().themeTags(), r.found().figures(), r.found().discovered())).toList();
        database.write(c -> {
            NewReports.insert(c, entries);
            for (AnalysedReport r : batch) {
                if (r.found().author() != null) {
                    ReportAuthorRepository.put(c, r.report().id(), r.found().author());
                }
            }
            listener.storing(c, batch);
            return null;
        });
        listener.committed(batch);
    }

    private ImportOutcome restoreOrDuplicate(String name, String id) {
        try {
            if (database.read(c -> ReportRepository.isDeleted(c, id))) {
                // importing a deleted report's file again brings it back with the user's work on it,
                // as a journalled decision so that a rebuild from the journal agrees
                restoreDeleted.accept(id);
                listener.changed(id);
                return new ImportOutcome(name, ImportOutcome.IMPORTED, id, null);
            }
            return new ImportOutcome(name, ImportOutcome.DUPLICATE, id, null);
        } catch (StoreException e) {
            return failed(name, e.getMessage());
        }
    }

    /**
     * A worker's part: read, decode, clean and analyse one file, and keep its original (forced to disk).
     *
     * @param storedId the id of the report already stored with these bytes (by SHA-256), if any
     */
    private Prepared prepare(Path file, java.util.function.Function<String, java.util.Optional<String>> storedId) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return Prepared.settled(failed(name, Files.exists(file) ? "not a regular file" : "no such file"));
            }
            long size = Files.size(file);
            if (size > DocumentReader.MAX_BYTES) {
                return Prepared.settled(failed(name, String.format(Locale.ROOT, "the file is %.0f MB; Dossier imports files up to %d MB",
                        size / (1024.0 * 1024.0), DocumentReader.MAX_BYTES / (1024 * 1024))));
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = Ids.sha256(bytes);
            var existing = storedId.apply(sha);
            if (existing.isPresent()) {
                return new Prepared(name, null, existing.get(), null);
            }
            String fileName = file.getFileName().toString();
            ExtractedDocument doc = reader.get().read(fileName, bytes);
            if (doc.text().isBlank()) {
                return Prepared.settled(failed(name, "no readable text was found in it"));
            }
            Report report = new Report(Ids.report(sha), fileName, doc.title(), doc.language(), sha, Instant.now(),
                    doc.published(), doc.source(), bytes.length, doc.format(), doc.text());
            ReportAnalysis.Result found = analysis.get().analyse(vocabulary.get(), doc.text(), doc.language(), doc.author())
                    .forReport(report.id());
            originals.save(sha, fileName, bytes);
            return new Prepared(name, new AnalysedReport(report, doc.charset(), found,
                    NearDuplicates.signature(doc.text())), null, null);
        } catch (UnreadableFileException e) {
            return Prepared.settled(failed(name, e.getMessage()));
        } catch (IOException e) {
            return Prepared.settled(failed(name, "cannot read it: " + FolderWalk.reasonOf(e)));
        } catch (StoreException e) {
            return Prepared.settled(failed(name, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // a reader defect must not take the batch down; the file is reported, nothing is stored, and the
            // log keeps the stack so the defect can be found
            LOG.log(System.Logger.Level.WARNING, "import of " + name + " failed in the engine", e);
            return Prepared.settled(failed(name, "it could not be processed (" + e + ")"));
        } catch (OutOfMemoryError e) {
            // what filled the heap was this file's and is garbage once we are here: report it, go on
            return Prepared.settled(failed(name, "processing it needed more memory than Dossier has"));
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
        String author = database.read(c -> ReportAuthorRepository.find(c, reportId));
        ReportAnalysis.Result found = analysis.get().analyse(vocabulary.get(), report.text(), report.language(), author)
                .forReport(reportId);
        database.write(c -> {
            storeAnalysis(c, report, found);
            return null;
        });
        listener.changed(reportId);
        listener.batchDone();
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
        ExtractedDocument doc = reader.get().read(original.fileName(), original.read());
        Report updated = new Report(report.id(), report.file(), report.title(), doc.language(), report.sha256(),
                report.importedAt(), report.published(), report.source(), report.sizeBytes(), doc.format(), doc.text());
        ReportAnalysis.Result found = analysis.get().analyse(vocabulary.get(), doc.text(), doc.language(), doc.author())
                .forReport(reportId);
        database.write(c -> {
            ReportRepository.updateText(c, reportId, doc.text(), doc.language());
            storeAnalysis(c, updated, found);
            return null;
        });
        listener.changed(reportId);
        listener.batchDone();
        return report.text();
    }

    private static void storeAnalysis(Connection c, Report report, ReportAnalysis.Result found) throws SQLException {
        ReportAuthorRepository.put(c, report.id(), found.author());
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
