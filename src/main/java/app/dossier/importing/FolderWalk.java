package app.dossier.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The supported files below a chosen folder, in name order. A link that leads out of the folder is not
 * followed unless the user asked for it (a folder of downloads must not import /etc/passwd); a subfolder
 * or link that cannot be read is one failed line with its reason, and the walk goes on.
 */
public final class FolderWalk {
    /** What a walk found: files to import and entries that failed on the way. */
    public record Found(List<Path> files, List<ImportOutcome> failures) {
    }

    private FolderWalk() {
    }

    public static Found walk(Path folder, boolean followLinks) {
        List<Path> files = new ArrayList<>();
        List<ImportOutcome> failures = new ArrayList<>();
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            failures.add(failed(folder, "cannot read the folder: " + reasonOf(e)));
            return new Found(files, failures);
        }
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(folder, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        visitLink(file);
                    } else if (attributes.isRegularFile() && supported(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** Not following links: one inside the folder is kept, one leading out is reported. */
                private void visitLink(Path link) {
                    try {
                        Path target = link.toRealPath();
                        if (!target.startsWith(root)) {
                            failures.add(failed(link, "a link to " + target + ", outside the imported folder; not followed"
                                    + " (import with --follow-links, or tick \"Follow links out of folders\", to import it)"));
                        } else if (Files.isRegularFile(target) && supported(link)) {
                            files.add(link);
                        }
                    } catch (IOException e) {
                        failures.add(failed(link, "a link that cannot be followed: " + reasonOf(e)));
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(failed(file, e instanceof FileSystemLoopException
                            ? "a link back into a folder above it; not followed twice"
                            : "cannot read it: " + reasonOf(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        failures.add(failed(dir, "could not read the whole folder: " + reasonOf(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(failed(folder, "cannot read the folder: " + reasonOf(e)));
        }
        files.sort(null);
        return new Found(files, failures);
    }

    /** Why a file could not be read, in words: Java's messages are often the bare path. */
    public static String reasonOf(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static boolean supported(Path file) {
        return ImportService.ENDINGS.contains(ImportService.ending(file));
    }

    private static ImportOutcome failed(Path path, String reason) {
        return new ImportOutcome(path.toString(), ImportOutcome.FAILED, null, reason);
    }
}
