package app.dossier.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside the target, moved over it only
 * once complete, so a failure or a kill leaves the old file (or nothing) and no half-written one.
 */
public final class SafeOutput {
    /** Writes the content to the stream it is given; the stream is closed afterwards. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeOutput() {
    }

    /**
     * Refuses a folder, and an existing file unless {@code replace}; call before long work so that a
     * refusal comes at once.
     */
    public static void check(Path target, boolean replace) throws OutputRefusedException {
        if (Files.isDirectory(target)) {
            throw new OutputRefusedException(target + " is a folder; give the name of a file to write");
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !replace) {
            throw new OutputRefusedException(target + " exists; it is replaced only when asked (--force on the command line)");
        }
    }

    /**
     * Writes the file, replacing one that exists (the caller has {@link #check checked} that the user
     * wants that); a folder is never replaced.
     */
    public static void write(Path target, Content content) throws IOException {
        check(target, true);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw failure(target, e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            move(tmp, absolute);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw failure(target, e);
        } catch (RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** "cannot write /x/y.png: permission denied", never a bare path or a stack trace. */
    private static IOException failure(Path target, IOException e) {
        if (e instanceof OutputRefusedException) {
            return e;
        }
        String reason;
        if (e instanceof AccessDeniedException a) {
            reason = "permission denied" + (a.getFile() != null && !Path.of(a.getFile()).equals(target) ? " (" + a.getFile() + ")" : "");
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder does not exist and cannot be created";
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            reason = ((FileSystemException) e).getFile() + " is a file, not a folder";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new IOException("cannot write " + target + ": " + reason, e);
    }
}
