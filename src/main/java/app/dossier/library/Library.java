package app.dossier.library;

import app.dossier.analysis.Vocabulary;
import app.dossier.importing.AnalysedReport;
import app.dossier.importing.ImportListener;
import app.dossier.importing.ImportService;
import app.dossier.journal.Commands;
import app.dossier.journal.Decisions;
import app.dossier.journal.Journal;
import app.dossier.journal.UserCommand;
import app.dossier.model.Annotation;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.store.AnnotationRepository;
import app.dossier.store.Checksums;
import app.dossier.store.Database;
import app.dossier.store.FigureRepository;
import app.dossier.store.OriginalsStore;
import app.dossier.store.OrphanRepository;
import app.dossier.store.RegistryRepository;
import app.dossier.store.ReportListing;
import app.dossier.store.ReportRepository;
import app.dossier.store.StoreException;
import app.dossier.store.TagRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One library folder opened: the database, the journal of decisions, the original files and the
 * search index. The facade the command line and the window both work through.
 */
public final class Library implements AutoCloseable {
    private final Path directory;
    private final LibraryLock lock;
    private final Database database;
    private final Journal journal;
    private final Decisions decisions;
    private final OriginalsStore originals;
    private final LibrarySearch search;
    /** Made at first import: its readers and analysers take seconds to load, which opening to read never needs. */
    private ImportService importer;
    private volatile Vocabulary vocabulary;
    private boolean closed;
    /** Registry plus undecided discovered companies; null when imports or decisions may have changed them. */
    private volatile Map<String, Company> allCompanies;
    private final PerWrite<Set<String>> citedSources;
    private final PerWrite<List<String>> mentionedCompanyIds;
    private final PerWrite<Map<String, Integer>> reportsPerCompany;
    private final PerWrite<Map<String, Integer>> reportsPerTheme;
    private final PerWrite<Integer> liveReportCount;

    private Library(Path directory, LibraryLock lock, Database database, Journal journal) throws IOException {
        this.directory = directory;
        this.lock = lock;
        this.database = database;
        this.journal = journal;
        this.decisions = new Decisions(database, journal);
        this.originals = new OriginalsStore(directory);
        if (database.migratedOnOpen()) {
            database.write(Checksums::fillMissing); // columns a migration added are filled once, not scanned at every open
            ReportVersions.fillMissingBands(database);
        }
        int recovered = decisions.recover();
        originals.removeUncommitted(() -> database.read(ReportRepository::allSha256));
        this.vocabulary = loadVocabulary();
        this.search = new LibrarySearch(directory, database, this::companiesById);
        this.citedSources = new PerWrite<>(database, this::readCitedSources);
        this.mentionedCompanyIds = new PerWrite<>(database, () -> database.read(ReportListing::mentionedCompanyIds));
        this.reportsPerCompany = new PerWrite<>(database, java.util.concurrent.ConcurrentHashMap::new);
        this.reportsPerTheme = new PerWrite<>(database, () -> database.read(ReportListing::reportsPerTheme));
        this.liveReportCount = new PerWrite<>(database, () -> database.read(c -> ReportListing.count(c, ReportListing.Filter.NONE)));
        if (recovered > 0) {
            search.markStale(); // decisions the index never saw were applied from the journal
        }
        decisions.addListener(this::afterDecision);
    }

    /**
     * Opens (creating when missing) the library in this folder, taking its lock. Journal entries the
     * database lacks are applied and the originals of imports cut short removed. A library whose
     * database is lost or unreadable fails with {@link LibraryDamagedException}: it is to be rebuilt,
     * never silently replaced by an empty one.
     */
    public static Library open(Path directory) throws IOException {
        Files.createDirectories(directory);
        LibraryLock lock = LibraryLock.acquire(directory);
        Database database = null;
        Journal journal = null;
        try {
            LibraryRebuild.finishPendingSwap(directory);
            if (!Files.exists(directory.resolve(Database.FILE_NAME)) && holdsWork(directory)) {
                throw new LibraryDamagedException(directory, "its database " + Database.FILE_NAME
                        + " is missing, though its original files and journal are there", null);
            }
            database = openDatabase(directory);
            journal = Journal.open(directory);
            return new Library(directory, lock, database, journal);
        } catch (IOException | RuntimeException e) {
            if (journal != null) {
                journal.close();
            }
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    private static Database openDatabase(Path directory) throws IOException {
        try {
            return Database.open(directory);
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            if (reason.startsWith("it is open")) {
                throw new IOException("cannot open the library in " + directory + ": " + reason, e);
            }
            throw new LibraryDamagedException(directory, "its database is unreadable (" + reason + ")", e);
        }
    }

    /** Whether the folder holds what a library is rebuilt from. */
    static boolean holdsWork(Path directory) throws IOException {
        return !Journal.isEmpty(directory) || !new OriginalsStore(directory).shas().isEmpty();
    }

    private void afterImport(String reportId) {
        try {
            Optional<String> sha = database.read(c -> ReportRepository.sha256(c, reportId));
            if (sha.isPresent()) {
                originals.committed(sha.get());
            }
        } catch (IOException e) {
            throw new StoreException("cannot mark the original of " + reportId + " as stored: " + e.getMessage(), e);
        }
        ReportVersions.linkNew(database, reportId);
        decisions.reattachAll();
        search.stage(reportId);
    }

    /**
     * New reports are stored: their originals are no longer pending, decisions kept for them while they
     * were missing are applied, and the index is fed from the analysis in memory (read back only for a
     * report such a decision just changed).
     */
    private void afterCommit(List<AnalysedReport> reports) {
        try {
            for (AnalysedReport r : reports) {
                originals.committed(r.report().sha256());
            }
        } catch (IOException e) {
            throw new StoreException("cannot mark an original as stored: " + e.getMessage(), e);
        }
        java.util.Set<String> reattached = new java.util.HashSet<>();
        if (database.read(OrphanRepository::any)) {
            database.read(OrphanRepository::attachable).forEach(o -> reattached.add(o.reportId()));
            decisions.reattachAll();
        }
        for (AnalysedReport r : reports) {
            if (reattached.contains(r.report().id())) {
                search.stage(r.report().id());
            } else {
                search.stage(r.report(), r.found());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.contains("already in use") || m.contains("locked")
                ? "it is open in another Dossier window or command" : m.lines().findFirst().orElse(m);
    }

    public Path directory() {
        return directory;
    }

    public Decisions decisions() {
        return decisions;
    }

    public synchronized ImportService importer() {
        if (importer == null) {
            // built at the first import: its tagging automata are not needed to open and read a library
            importer = new ImportService(database, originals, () -> vocabulary, new ImportListener() {
                @Override
                public void changed(String reportId) {
                    afterImport(reportId);
                }

                @Override
                public void storing(java.sql.Connection c, List<AnalysedReport> reports) throws java.sql.SQLException {
                    // in input order, so a later format in the same batch finds the earlier one's signature
                    Map<String, byte[]> signatures = new java.util.LinkedHashMap<>();
                    reports.stream().filter(r -> r.signature() != null)
                            .forEach(r -> signatures.put(r.report().id(), r.signature()));
                    ReportVersions.linkNew(c, signatures);
                }

                @Override
                public void committed(List<AnalysedReport> reports) {
                    afterCommit(reports);
                }

                @Override
                public void batchDone() {
                    allCompanies = null;
                    search.commit();
                }
            }, id -> decisions.execute(new Commands.SetReportDeleted(id, false)));
        }
        return importer;
    }

    public LibrarySearch search() {
        return search;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public OriginalsStore originals() {
        return originals;
    }

    /** What the journal held when the library was opened, damaged lines included. */
    public app.dossier.journal.JournalReader.Contents journalAtOpen() {
        return journal.contentsAtOpen();
    }

    /** Journalled decisions on reports the library does not hold, waiting for their files to be imported again. */
    public List<app.dossier.store.OrphanRepository.Orphan> orphanedDecisions() {
        return decisions.orphans();
    }

    Database database() {
        return database;
    }

    public void execute(UserCommand command) {
        decisions.execute(command);
    }

    // ---- queries ----

    public List<Report> reports() {
        return database.read(ReportRepository::all);
    }

    /** One page of the library table, filtered and sorted by the database. */
    public List<Report> reportPage(ReportListing.Filter filter, ReportListing.Order order, boolean ascending,
                                   int offset, int limit) {
        return database.read(c -> ReportListing.page(c, filter, order, ascending, offset, limit));
    }

    /** The page after {@code last} in import order (ascending or not): read from that report on, not counted off from the start. */
    public List<Report> reportPageAfter(ReportListing.Filter filter, boolean ascending, Report last, int limit) {
        return database.read(c -> ReportListing.pageAfter(c, filter, ascending, last, limit));
    }

    /**
     * How many reports the filter lets through: the whole library, a company alone and a theme alone from
     * counts kept until the next write (each read once, from an index or one pass), others counted in the database.
     */
    public int reportCount(ReportListing.Filter filter) {
        boolean noWords = filter.words() == null || filter.words().isBlank();
        if (filter.isNone()) {
            return liveReportCount.get();
        } else if (noWords && filter.themeId() == null) {
            return reportsPerCompany.get().computeIfAbsent(filter.companyId(),
                    id -> database.read(c -> ReportListing.reportsMentioning(c, id)));
        } else if (noWords && filter.companyId() == null) {
            return reportsPerTheme.get().getOrDefault(filter.themeId(), 0);
        }
        return database.read(c -> ReportListing.count(c, filter));
    }

    /** The companies live reports mention (the library table's company filter offers these). */
    public List<String> mentionedCompanyIds() {
        return mentionedCompanyIds.get();
    }

    /**
     * Publishers the library only ever cites as sources: shown and searchable, not among a report's companies.
     * Reads only the mentions of companies of a publisher kind, not the whole library's, and that only
     * after a write: it reads the texts around those mentions, too much to do at every refresh.
     */
    public Set<String> citedSources() {
        return citedSources.get();
    }

    private Set<String> readCitedSources() {
        Map<String, Company> companies = companiesById();
        List<String> publishers = companies.values().stream().filter(c -> Sources.isPublisherKind(c.kind())).map(Company::id).toList();
        List<Mention> mentions = counted(null, database.read(c -> TagRepository.mentionsOf(c, publishers)), Mention::reportId);
        return Sources.of(this, mentions, companies);
    }

    /** The companies one report mentions. */
    public List<String> companiesOf(String reportId) {
        return database.read(c -> ReportListing.companiesOf(c, reportId));
    }

    public List<Report> reportsWithText() {
        return database.read(ReportRepository::allWithText);
    }

    public Optional<Report> report(String id) {
        return database.read(c -> ReportRepository.find(c, id));
    }

    /** Mentions of one report, or of the whole library when reportId is null (versions of a report not counted again). */
    public List<Mention> mentions(String reportId) {
        return counted(reportId, database.read(c -> TagRepository.mentions(c, reportId)), Mention::reportId);
    }

    public List<ThemeTag> themeTags(String reportId) {
        return counted(reportId, database.read(c -> TagRepository.themeTags(c, reportId)), ThemeTag::reportId);
    }

    public List<Figure> figures(String reportId) {
        return counted(reportId, database.read(c -> FigureRepository.list(c, reportId)), Figure::reportId);
    }

    /** Library-wide lists leave out what versions of a report hold: the report itself counts it once. */
    private <T> List<T> counted(String reportId, List<T> all, java.util.function.Function<T, String> report) {
        if (reportId != null) {
            return all;
        }
        Set<String> versions = versions().keySet();
        return versions.isEmpty() ? all : all.stream().filter(t -> !versions.contains(report.apply(t))).toList();
    }

    /** Every report that is a version (another format) of another, with the report kept. */
    public Map<String, String> versions() {
        return database.read(app.dossier.store.VersionRepository::versions);
    }

    /** How a report is linked to the one it is a version of, if it is or the user decided it is not. */
    public Optional<app.dossier.store.VersionRepository.Link> versionLink(String reportId) {
        return database.read(c -> app.dossier.store.VersionRepository.link(c, reportId));
    }

    public List<String> figuresNeedingReview() {
        return database.read(FigureRepository::needingReview);
    }

    public List<Annotation> annotations(String reportId) {
        return database.read(c -> AnnotationRepository.list(c, reportId));
    }

    public List<RegistryRepository.Candidate> candidates() {
        return database.read(RegistryRepository::candidates);
    }

    /**
     * The registry in force (shipped entries, overridden and extended by the user's), then the
     * discovered companies the user has not decided on (origin "discovered").
     */
    public List<Company> companies() {
        return List.copyOf(companiesById().values());
    }

    public Map<String, Company> companiesById() {
        Map<String, Company> all = allCompanies;
        if (all == null) {
            Map<String, Company> merged = new java.util.LinkedHashMap<>(vocabulary.companiesById());
            for (Company c : database.read(RegistryRepository::discoveredCompanies)) {
                merged.putIfAbsent(c.id(), c);
            }
            all = java.util.Collections.unmodifiableMap(merged);
            allCompanies = all;
        }
        return all;
    }

    /** Undecided discovered companies that live reports mention. */
    public List<Company> discoveredCompanies() {
        return companies().stream().filter(Company::discovered).toList();
    }

    public List<Theme> themes() {
        return vocabulary.codebook().themes();
    }

    /** Re-runs tagging and figure extraction over every report, keeping the user's decisions. */
    public int reanalyseAll(ProgressListener progress, BooleanSupplier cancelled) {
        List<Report> all = reports();
        int done = 0;
        for (Report r : all) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            importer().reanalyse(r.id());
            progress.progress(++done, all.size(), r.title());
        }
        return done;
    }

    /**
     * Re-reads every report from its original file with the current engine (an improved cleaner),
     * then re-runs tagging and figures; decisions are kept, decided figures whose passage changed are
     * flagged for review. Returns the number of reports re-processed.
     */
    public int reprocessAll(ProgressListener progress, BooleanSupplier cancelled) {
        List<Report> all = reports();
        int done = 0;
        for (Report r : all) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            try {
                importer().reprocess(r.id());
            } catch (IOException | app.dossier.importing.UnreadableFileException e) {
                progress.problem(r.file() + ": " + e.getMessage());
            }
            progress.progress(++done, all.size(), r.title());
        }
        return done;
    }

    @FunctionalInterface
    public interface ProgressListener {
        /** A report that could not be processed; the rest go on. */
        default void problem(String message) {
        }

        void progress(int done, int total, String current);
    }

    private Vocabulary loadVocabulary() {
        return database.read(c -> new Vocabulary(RegistryRepository.companies(c), RegistryRepository.themes(c),
                RegistryRepository.candidates(c).stream().filter(k -> k.status() == CandidateStatus.REJECTED)
                        .map(RegistryRepository.Candidate::name).collect(java.util.stream.Collectors.toSet())));
    }

    private void afterDecision(UserCommand command) {
        if (touchesVocabulary(command)) {
            vocabulary = loadVocabulary();
        }
        allCompanies = null;
        String reportId = command.reportId();
        if (reportId != null) {
            search.reindex(reportId);
        }
    }

    private static boolean touchesVocabulary(UserCommand command) {
        if (command instanceof Commands.Batch batch) {
            return batch.steps().stream().anyMatch(Library::touchesVocabulary);
        }
        return command instanceof Commands.PutCompany || command instanceof Commands.PutTheme
                || command instanceof Commands.SetCandidateStatus;
    }

    /**
     * Whether opening this library will upgrade its database to a newer schema (the window offers a
     * backup first). False for a new library.
     */
    public static boolean needsUpgrade(Path directory) {
        return Files.exists(directory.resolve(Database.FILE_NAME)) && Database.needsMigration(directory);
    }

    /** False once closed (a rebuild from the window closes the library it replaces). */
    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Closes the library and releases its lock; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Exception> problems = new ArrayList<>();
        try {
            search.close();
        } catch (IOException e) {
            problems.add(e);
        }
        try {
            journal.close();
        } catch (IOException e) {
            problems.add(e);
        }
        database.close();
        try {
            lock.close();
        } catch (IOException e) {
            problems.add(e);
        }
        if (!problems.isEmpty()) {
            throw new StoreException("closing the library: " + problems.get(0).getMessage(), problems.get(0));
        }
    }
}
