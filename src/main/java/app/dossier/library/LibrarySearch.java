package app.dossier.library;

import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.ThemeTag;
import app.dossier.search.IndexedReport;
import app.dossier.search.SearchHit;
import app.dossier.search.SearchIndex;
import app.dossier.store.AnnotationRepository;
import app.dossier.store.Database;
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

    LibrarySearch(Path libraryDir, Database database, Supplier<Map<String, Company>> companies) throws IOException {
        this.database = database;
        this.companies = companies;
        this.index = SearchIndex.open(libraryDir.resolve("index"));
    }

    /** True when the index does not hold exactly the library's reports. */
    public boolean isStale() {
        int reports = database.read(ReportRepository::count);
        return index.needsRebuild() || index.size() != reports;
    }

    /** The ids of the reports in the index. */
    public java.util.Set<String> indexedIds() {
        try {
            return index.ids();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed: " + e.getMessage(), e);
        }
    }

    public void rebuildIfStale() {
        if (isStale()) {
            rebuild();
        }
    }

    public void rebuild() {
        try {
            index.clear();
            for (Report r : database.read(ReportRepository::allWithText)) {
                index.put(describe(r));
            }
            index.commit();
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
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index failed: " + e.getMessage(), e);
        }
    }

    public List<SearchHit> search(String query, int limit) {
        rebuildIfStale();
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

    /** Every occurrence of the query in one report's text, as {start, end}: the reader's next/previous. */
    public List<int[]> highlights(String reportId, String text, String query) {
        try {
            return index.highlights(reportId, text, query);
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
            if (!"rejected".equals(t.status())) {
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

    @Override
    public void close() throws IOException {
        index.close();
    }
}
