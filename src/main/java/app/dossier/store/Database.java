package app.dossier.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The library's embedded H2 database, its schema kept current by Flyway migrations
 * (src/main/resources/db/migration), so a library made today opens in every later version.
 */
public final class Database implements AutoCloseable {
    /** The database file in a library folder. */
    public static final String FILE_NAME = "dossier.mv.db";

    /**
     * Growth of the file since opening past which closing compacts it. Pages filled by many small
     * inserts at random keys stay half empty (an import leaves the file about 2.5 times its compacted
     * size); rewriting it whenever it grew by a quarter keeps it near its live size, and the cost of the
     * rewrites stays proportional to what was written (README, Performance).
     */
    private static final double COMPACT_AFTER_GROWTH = 1.25;
    /** The least growth worth a compaction: more than the few chunks a session that only read writes. */
    private static final long MIN_COMPACT_GROWTH_BYTES = 1L << 20;
    /** The compacted copy of the database file while it is written, beside it ({@link #compactDeflated}). */
    static final String COMPACT_SUFFIX = ".compact";

    private final JdbcConnectionPool pool;
    private final Path file;
    private final long sizeAtOpen;
    private final boolean migratedOnOpen;
    private volatile Runnable beforeWrite = () -> { };
    /** Raised after every write transaction ends: what was read at one count holds until the count moves. */
    private final java.util.concurrent.atomic.AtomicLong writesDone = new java.util.concurrent.atomic.AtomicLong();

    private Database(JdbcConnectionPool pool, Path file, long sizeAtOpen, boolean migratedOnOpen) {
        this.pool = pool;
        this.file = file;
        this.sizeAtOpen = sizeAtOpen;
        this.migratedOnOpen = migratedOnOpen;
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * Opens the database (see {@link #close} for MAX_COMPACT_TIME); WRITE_DELAY=0 writes each commit to the file before the commit returns, so
     * an import reported as done survives the process being killed right after.
     */
    public static Database open(Path libraryDir) {
        try {
            // a compacted copy a kill left half written; the file it was made from is whole
            java.nio.file.Files.deleteIfExists(libraryDir.resolve(FILE_NAME + COMPACT_SUFFIX));
        } catch (java.io.IOException ignored) {
            // removed at the next compaction
        }
        // measured before migrating: a migration's rewrites (V30 at 10,000 reports) count as growth to compact
        long sizeAtOpen = sizeOf(libraryDir.resolve(FILE_NAME));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(libraryDir), "dossier", "");
        pool.setMaxConnections(8);
        boolean migrated;
        try {
            migrated = !SchemaVersions.upToDate(pool);
            if (migrated) {
                flyway(pool).migrate();
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, libraryDir.resolve(FILE_NAME), sizeAtOpen, migrated);
    }

    /** True when opening created or upgraded the schema (columns added since may need filling). */
    public boolean migratedOnOpen() {
        return migratedOnOpen;
    }

    /** Whether this library's database has a schema older than this version's (opening it migrates it). */
    public static boolean needsMigration(Path libraryDir) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(libraryDir), "dossier", "");
        try {
            return !SchemaVersions.upToDate(pool) && flyway(pool).info().pending().length > 0;
        } finally {
            pool.dispose();
        }
    }

    private static String url(Path libraryDir) {
        return "jdbc:h2:file:" + libraryDir.resolve("dossier").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
    }

    public <T> T read(SqlFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("reading the library failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs before every write transaction: the search index raises the library's generation there before
     * the first change it has not yet committed, so a change cut short by a crash is never missed.
     */
    public void beforeEachWrite(Runnable hook) {
        this.beforeWrite = hook;
    }

    /** Runs work in one transaction: all of it is stored, or none. */
    public <T> T write(SqlFunction<T> work) {
        beforeWrite.run();
        return transaction(work);
    }

    /**
     * A write the search index has nothing to follow in (the overview's last-visit marker): it does not raise
     * the index generation, so it never makes the index look stale.
     */
    public <T> T writeOutsideIndex(SqlFunction<T> work) {
        return transaction(work);
    }

    private final java.util.concurrent.locks.ReentrantLock tallyLock = new java.util.concurrent.locks.ReentrantLock();

    private <T> T transaction(SqlFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            java.util.Set<String> outer = KeptCounts.begin();
            try {
                T result = work.apply(c);
                // the overview's counts move with the rows they count, in the same commit; one writer at a time
                // settles them, so two transactions never both insert the first sum of a new company or theme
                tallyLock.lock();
                try {
                    KeptCounts.settle(c);
                    c.commit();
                } finally {
                    tallyLock.unlock();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                KeptCounts.end(outer);
                c.setAutoCommit(true);
                writesDone.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new StoreException("writing to the library failed: " + e.getMessage(), e);
        }
    }

    /**
     * How many write transactions this process ended so far. It moves after a commit, so a value read
     * before a read began, and still current after it, says nothing was written in between: results
     * derived from the whole library can be kept under it ({@code library/PerWrite}).
     */
    public long writesDone() {
        return writesDone.get();
    }

    /**
     * Closes the database by closing its last connection, not by SHUTDOWN (a pooled connection closed after
     * it logs an error into dossier.trace.db at every close). MAX_COMPACT_TIME=0 (in the URL) keeps H2 from
     * compacting, i.e. rewriting, the file as it closes: a library opened only to read stays as it was, but
     * for the one small chunk H2 writes per session. Only a file that grew by a quarter since it was opened
     * (an import) is compacted, by {@link #compactDeflated}.
     */
    @Override
    public void close() {
        long size = sizeOf(file);
        // both: a quarter of a small compacted library is no more than the chunk H2 writes for any session, and a
        // library opened only to read stays as it was
        boolean grew = size > sizeAtOpen * COMPACT_AFTER_GROWTH && size - sizeAtOpen > MIN_COMPACT_GROWTH_BYTES;
        if (grew) {
            // a connection a background task still holds (the window refreshing after an import) keeps the database
            // open past dispose(), and the compaction could not read a file still open: a window's import of
            // 10,000 reports left 2.8 GB instead of 0.1 GB. SHUTDOWN closes it whoever holds a connection.
            shutDown();
        }
        pool.dispose();
        if (grew) {
            compactDeflated(file);
        }
    }

    private void shutDown() {
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException | IllegalStateException e) {
            // closed already
        }
    }

    /**
     * Rewrites a closed database file into a compact copy whose pages are Deflate-compressed, then moves the copy
     * over it. This is what H2's SHUTDOWN COMPACT does (MVStoreTool.compact into a new file, then an atomic move),
     * but SHUTDOWN COMPACT compresses with LZF and offers no other choice; Deflate made a bench library's database
     * 17 % smaller, for reads of pages not yet cached that cost about a tenth to a third more CPU (README,
     * Performance). The copy is forced to disk before the
     * move, so a kill leaves the old file or the new one, never half of one; a copy left by a kill is removed
     * at the next compaction. Pages H2 writes later (the next import) are LZF or plain, as before, and H2
     * reads both kinds.
     */
    static void compactDeflated(Path file) {
        Path copy = file.resolveSibling(file.getFileName() + COMPACT_SUFFIX);
        try {
            java.nio.file.Files.deleteIfExists(copy);
            try (org.h2.mvstore.MVStore source = new org.h2.mvstore.MVStore.Builder().fileName(file.toString())
                    .readOnly().open();
                 org.h2.mvstore.MVStore target = new org.h2.mvstore.MVStore.Builder().fileName(copy.toString())
                         .compressHigh().open()) {
                org.h2.mvstore.MVStoreTool.compact(source, target);
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(copy,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            java.nio.file.Files.move(copy, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException | RuntimeException e) {
            // the library stays as it was, only larger
            try {
                java.nio.file.Files.deleteIfExists(copy);
            } catch (java.io.IOException ignored) {
                // removed at the next compaction
            }
        }
    }

    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
