package app.dossier.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A library that grew is compacted as it closes, even while a background task still holds a connection. */
class CompactOnCloseTest {

    @TempDir
    Path dir;

    @Test
    void aGrownLibraryIsCompactedThoughATaskStillHoldsAConnection() throws Exception {
        Database database = Database.open(dir);
        database.read(c -> c.createStatement().execute("CREATE TABLE filler(x VARCHAR);"
                + "INSERT INTO filler SELECT REPEAT('figure ', 200) || X FROM SYSTEM_RANGE(1, 20000)"));
        long grown = Files.size(dir.resolve(Database.FILE_NAME));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread task = new Thread(() -> {
            try {
                database.read(c -> {
                    holding.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (RuntimeException expected) {
                // the task's connection is closed under it, as a background refresh after an import is
            }
        });
        task.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        database.close();
        release.countDown();
        task.join();
        long closed = Files.size(dir.resolve(Database.FILE_NAME));
        assertTrue(closed * 2 < grown, "compacted: " + grown + " bytes before closing, " + closed + " after");
        assertFalse(Files.exists(dir.resolve(Database.FILE_NAME + Database.COMPACT_SUFFIX)));
        try (Database reopened = Database.open(dir)) {
            int rows = reopened.read(c -> {
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM filler");
                rs.next();
                return rs.getInt(1);
            });
            assertTrue(rows == 20000, "every row is still there: " + rows);
        }
    }
}
