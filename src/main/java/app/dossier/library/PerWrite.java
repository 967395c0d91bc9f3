package app.dossier.library;

import app.dossier.store.Database;

import java.util.function.Supplier;

/**
 * A value derived from the whole library (the cited sources, the companies the table's filter offers),
 * computed once and kept until the database is written again: refreshing the window after a page read,
 * a search or an opened report reads nothing again.
 */
final class PerWrite<T> {
    private record Kept<T>(long writes, T value) {
    }

    private final Database database;
    private final Supplier<T> compute;
    private volatile Kept<T> kept;

    PerWrite(Database database, Supplier<T> compute) {
        this.database = database;
        this.compute = compute;
    }

    /** Synchronized: a second thread asking while the value is read waits for it instead of reading it too. */
    synchronized T get() {
        // the count is read before the library: a write that ends meanwhile moves it, and the value is read again next time
        long writes = database.writesDone();
        Kept<T> k = kept;
        if (k != null && k.writes() == writes) {
            return k.value();
        }
        T value = compute.get();
        kept = new Kept<>(writes, value);
        return value;
    }
}
