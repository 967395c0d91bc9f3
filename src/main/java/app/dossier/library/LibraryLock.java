package app.dossier.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one lock every writer of a library folder takes (the window, each command, a rebuild, a
 * restore), held by the operating system on a file in the folder: it is released when the process
 * ends, however it ends, so a killed command never leaves the library locked.
 */
public final class LibraryLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails at once saying the library is in use. */
    public static LibraryLock acquire(Path libraryDir) throws IOException {
        FileChannel channel = FileChannel.open(libraryDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new LibraryInUseException(libraryDir);
        }
        return new LibraryLock(channel, lock);
    }

    /** Whether some process (this one included) holds the lock now. */
    public static boolean isHeld(Path libraryDir) throws IOException {
        try (LibraryLock ignored = acquire(libraryDir)) {
            return false;
        } catch (LibraryInUseException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** The library is open in another window or command. */
    public static final class LibraryInUseException extends IOException {
        public LibraryInUseException(Path dir) {
            super("cannot open the library in " + dir + ": it is open in another Dossier window or command");
        }
    }
}
