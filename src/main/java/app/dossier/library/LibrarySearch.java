package app.dossier.library;

import app.dossier.model.ReviewStatus;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ThemeTag;
import app.dossier.search.IndexedReport;
import app.dossier.search.CompanyNames;
import app.dossier.search.SearchHit;
import app.dossier.search.SearchResult;
import app.dossier.search.SearchIndex;
import app.dossier.store.AnnotationRepository;
import app.dossier.store.Database;
import app.dossier.store.GenerationRepository;
import app.dossier.store.ReportRepository;
import app.dossier.store.TagRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The search index kept in step with the database. The database is the source of truth: the index
 * is rebuilt from it whenever it is missing or stale, and can be rebuilt on request.
 */
public final class LibrarySearch implements AutoCloseable {
    private final Database database;
    private final SearchIndex index;
    private final Supplier<Map<String, Company>> companies;
    /** True once the generation was raised for changes the index has not committed yet. */
    private final java.util.concurrent.atomic.AtomicBoolean uncommittedChanges =
            new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean checkedOnce;
    private volatile boolean forcedStale;
    private volatile NamesOf names;

    LibrarySearch(Path libraryDir, Database database, Supplier<Map<String, Company>> companies) throws IOException {
        this.database = database;
        this.companies = companies;
        // the database keeps each report's text: the index does not keep a second copy
        this.index = SearchIndex.open(libraryDir.resolve("index"),
                ids -> database.read(c -> app.dossier.store.ReportRepository.bodies(c, ids)));
        database.beforeEachWrite(this::beforeWrite);
    }

    /**
     * Before the first database change after an index commit, the library's generation is raised (in
     * its own transaction, so it is on disk before the change): an index that recorded an older
     * generation is then known to be stale, whether or not the process lived to update it.
     */
    private void beforeWrite() {
        if (uncommittedChanges.compareAndSet(false, true)) {
            database.write(GenerationRepository::raise);
        }
    }

    /**
     * True when the index was built with another analyser or does not reflect the library's latest
     * generation (a change was cut short before the index followed it). Reads one row, counts nothing.
     */
    public boolean isStale() {
        return forcedStale || index.needsRebuild()
                || (!uncommittedChanges.get() && index.committedGeneration() != database.read(GenerationRepository::current));
    }

    /** The ids of the reports in the index. */
    public java.util.Set<String> indexedIds() {
        try {
            return index.ids();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed: " + e.getMessage(), e);
        }
    }

    /** The index is to be rebuilt at the next check (changes were applied that it never saw). */
    void markStale() {
        forcedStale = true;
    }

    public void rebuildIfStale() {
        checkedOnce = true;
        if (isStale()) {
            rebuild();
        }
    }

    public void rebuild() {
        try {
            forcedStale = false;
            index.clear();
            for (Report r : database.read(ReportRepository::allWithText)) {
                index.put(describe(r));
            }
            commitWithGeneration();
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the search index failed: " + e.getMessage(), e);
        }
    }

    /** Puts the report's current state into the index, or takes it out when it was deleted, and commits. */
    public void reindex(String reportId) {
        stage(reportId);
        commit();
    }

    /**
     * Puts the report's current state into the index without committing: a batch of imports commits
     * once at its end, since a Lucene commit forces files to disk and would dominate import time.
     */
    public void stage(String reportId) {
        try {
            Optional<Report> report = database.read(c -> ReportRepository.find(c, reportId));
            if (report.isPresent()) {
                index.put(describe(report.get()));
            } else {
                index.delete(reportId);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index failed: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a report just imported into the index from what analysis found in it, without reading it back:
     * a new report has no notes and no decisions yet.
     */
    public void stage(Report report, app.dossier.analysis.ReportAnalysis.Result found) {
        Map<String, Company> known = companies.get();
        Map<String, Company> discovered = new java.util.HashMap<>();
        found.discovered().forEach(co -> discovered.put(co.id(), co));
        try {
            index.put(describe(report, id -> known.getOrDefault(id, discovered.get(id)), found.mentions(),
                    found.themeTags(), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index failed: " + e.getMessage(), e);
        }
    }

    public void commit() {
        try {
            commitWithGeneration();
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index failed: " + e.getMessage(), e);
        }
    }

    /** Everything staged is in the index once the generation it records is read (a write after that raises it again). */
    private void commitWithGeneration() throws IOException {
        uncommittedChanges.set(false);
        index.commit(database.read(GenerationRepository::current));
    }

    /**
     * Searches; the first search of a session checks once whether the index is stale (the library keeps it
     * in step after that), so no query pays for a check.
     */
    public List<SearchHit> search(String query, int limit) {
        if (!checkedOnce) {
            rebuildIfStale();
        }
        try {
            return index.search(query, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    /** Search while the user is still typing: the last word also matches as a prefix. */
    public List<SearchHit> searchAsYouType(String query, int limit) {
        try {
            return index.searchAsYouType(query, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    /**
     * A search as the window and the command line show it: the hits, the other names of a company the query
     * also searched, and a did-you-mean when nothing matched. asYouType: the last word may be unfinished.
     */
    public SearchResult find(String query, int limit, boolean asYouType) {
        if (!asYouType && !checkedOnce) {
            rebuildIfStale();
        }
        try {
            return index.find(query, limit, asYouType, companyNames());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    /** The library's companies as search uses them, made again only when the companies changed. */
    private CompanyNames companyNames() {
        Map<String, Company> now = companies.get();
        NamesOf cached = names;
        if (cached == null || cached.companies() != now) {
            List<CompanyNames.Entry> entries = now.values().stream().map(co -> {
                List<String> forms = new java.util.ArrayList<>();
                forms.add(co.name());
                forms.addAll(co.aliases());
                return new CompanyNames.Entry(co.id(), co.name(), forms);
            }).toList();
            cached = new NamesOf(now, new CompanyNames(entries));
            names = cached;
        }
        return cached.names();
    }

    private record NamesOf(Map<String, Company> companies, CompanyNames names) {
    }

    /** Every occurrence of the query in one report's text, as {start, end}: the reader's next/previous. */
    public List<int[]> highlights(String reportId, String text, String query) {
        try {
            return index.highlights(reportId, text, query, companyNames());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    private IndexedReport describe(Report r) {
        return describe(r, companies.get()::get, database.read(c -> TagRepository.mentions(c, r.id())),
                database.read(c -> TagRepository.themeTags(c, r.id())),
                database.read(c -> AnnotationRepository.list(c, r.id())));
    }

    private static IndexedReport describe(Report r, java.util.function.Function<String, Company> byId, List<Mention> mentions,
                                          List<ThemeTag> themeTags, List<Annotation> notes) {
        Set<String> companyKeys = new LinkedHashSet<>();
        for (Mention m : mentions) {
            companyKeys.add(m.companyId());
            Company co = byId.apply(m.companyId());
            if (co != null) {
                companyKeys.add(co.name());
            }
        }
        Set<String> themes = new LinkedHashSet<>();
        for (ThemeTag t : themeTags) {
            if (t.status() != ReviewStatus.REJECTED) {
                themes.add(t.themeId());
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (Annotation a : notes) {
            tags.addAll(a.tags());
        }
        return new IndexedReport(r.id(), r.title(), r.language(), r.text(), List.copyOf(companyKeys),
                List.copyOf(themes), List.copyOf(tags));
    }

    /** Commits what was staged since the last commit, so a clean close never leaves the index looking stale. */
    @Override
    public void close() throws IOException {
        if (uncommittedChanges.get()) {
            commitWithGeneration();
        }
        index.close();
    }
}
