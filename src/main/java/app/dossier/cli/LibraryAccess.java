package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.library.LibraryLock;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a command gets its library: opened here under the library's lock (waiting, and saying so, while
 * another command holds it), or lent by the Dossier window that holds it and runs the command for us.
 */
abstract class LibraryAccess {
    /** How long a command waits for the lock of a library another command holds. */
    static Duration lockWait() {
        return Duration.ofSeconds(Long.getLong("dossier.lockWaitSeconds", 600));
    }

    abstract LibraryUse open(Path dir) throws IOException;

    /** A library for the length of one command; closing it closes it only when the command opened it. */
    record LibraryUse(Library library, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) {
                library.close();
            }
        }
    }

    /** Opens the library in this process, waiting while another process holds it. */
    static LibraryAccess ownLock(PrintStream err) {
        return new LibraryAccess() {
            @Override
            LibraryUse open(Path dir) throws IOException {
                return whenFree(dir, err, () -> new LibraryUse(Library.open(dir), true));
            }
        };
    }

    /** Work that takes the library's lock itself. */
    @FunctionalInterface
    interface LockedWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs work that takes the library's lock, waiting (and saying so, once) while another process holds
     * it: a second writer never runs beside the first, and never fails merely for coming second.
     */
    static <T> T whenFree(Path dir, PrintStream err, LockedWork<T> work) throws IOException {
        Duration wait = lockWait();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean said = false;
        while (true) {
            try {
                return work.run();
            } catch (LibraryLock.LibraryInUseException inUse) {
                if (System.nanoTime() > deadline) {
                    throw new IOException(inUse.getMessage() + " (waited " + wait.toSeconds() + " s)");
                }
                if (!said) {
                    err.println("dossier: the library in " + dir + " is open in another Dossier command or window;"
                            + " waiting for it (at most " + wait.toSeconds() + " s, Ctrl+C to stop)");
                    said = true;
                }
                pause(250, "the library");
            }
        }
    }

    /** The library the window holds, lent for one command it runs on our behalf. */
    static LibraryAccess lentBy(Library library) {
        return new LibraryAccess() {
            @Override
            LibraryUse open(Path dir) throws IOException {
                if (!sameFolder(dir, library.directory())) {
                    throw new IOException("the Dossier window holds " + library.directory() + ", not " + dir);
                }
                return new LibraryUse(library, false);
            }
        };
    }

    static boolean sameFolder(Path a, Path b) throws IOException {
        return Files.isDirectory(a) && Files.isSameFile(a, b);
    }

    /** Waits a moment before looking again; Ctrl+C (an interrupt) ends the wait with a message. */
    static void pause(long millis, String waitingFor) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + waitingFor);
        }
    }
}
