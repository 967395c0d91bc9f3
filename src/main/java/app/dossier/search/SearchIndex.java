package app.dossier.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Full-text index of a library, kept beside the database and rebuilt from it. (stub) */
public final class SearchIndex implements AutoCloseable {
    public static SearchIndex open(Path directory) throws IOException {
        return new SearchIndex();
    }

    /** Adds or replaces a report. */
    public void put(IndexedReport report) throws IOException {
    }

    public void delete(String reportId) throws IOException {
    }

    /** Drops everything (before a rebuild). */
    public void clear() throws IOException {
    }

    public void commit() throws IOException {
    }

    /** Number of reports indexed. */
    public int size() {
        return 0;
    }

    public List<SearchHit> search(String query, int limit) throws IOException {
        return List.of();
    }

    @Override
    public void close() throws IOException {
    }
}
