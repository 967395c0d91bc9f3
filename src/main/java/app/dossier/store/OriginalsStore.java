package app.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Each imported file's original bytes, kept as a file named by its sha256 outside the database:
 * a report can be re-processed when the engine improves, and a library whose database is lost
 * is rebuilt from these files plus the journal.
 */
public final class OriginalsStore {
    private final Path root;

    public record Original(String sha256, String fileName, Path path) {
    }

    public OriginalsStore(Path libraryDir) {
        this.root = libraryDir.resolve("originals");
    }

    /** Stores the bytes once; written to a temporary file first so a crash never leaves half a file. */
    public Path save(String sha256, String fileName, byte[] bytes) throws IOException {
        Path dir = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        Path target = dir.resolve(safeName(fileName));
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "import", ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    public Optional<Original> find(String sha256) throws IOException {
        Path dir = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".part")).findFirst()
                    .map(p -> new Original(sha256, p.getFileName().toString(), p));
        }
    }

    public List<Original> all() throws IOException {
        List<Original> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> prefixes = Files.list(root)) {
            for (Path prefix : prefixes.sorted().toList()) {
                try (Stream<Path> shas = Files.list(prefix)) {
                    for (Path sha : shas.sorted().toList()) {
                        find(sha.getFileName().toString()).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.isBlank() ? "report" : name;
    }
}
