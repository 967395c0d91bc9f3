package app.dossier.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Set;
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
    /** Marks an original whose report is not stored yet; the name cannot clash with an imported file's (safeName). */
    private static final String PENDING = ".pending";
    /**
     * Ending of an original kept deflated (gzip) on disk; fileName is the name without it. Text and HTML reports
     * shrink to a third or less; what does not shrink by a tenth (PDF, already compressed) is kept as it came.
     * Libraries made before hold every original as it came, and read as before.
     */
    static final String DEFLATED = ".dossier-gz";
    private static final double WORTH_DEFLATING = 0.9;
    private final Path root;

    /** An original's name and where it is kept; {@link #read()} gives its bytes as imported (sha256 is theirs). */
    public record Original(String sha256, String fileName, Path path) {
        public boolean deflated() {
            return path.getFileName().toString().endsWith(DEFLATED);
        }

        /** The bytes as they were imported, inflated if they are kept deflated. */
        public byte[] read() throws IOException {
            byte[] stored = Files.readAllBytes(path);
            if (!deflated()) {
                return stored;
            }
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(stored))) {
                return in.readAllBytes();
            }
        }
    }

    public OriginalsStore(Path libraryDir) {
        this.root = libraryDir.resolve("originals");
    }

    /**
     * Stores the bytes once, forced to disk; written to a temporary file first so a crash never leaves
     * half a file. The folder is marked pending until {@link #committed} says its report is stored, so
     * an import killed in between leaves an original that {@link #removeUncommitted} knows to remove.
     */
    public Path save(String sha256, String fileName, byte[] bytes) throws IOException {
        Path dir = folder(sha256);
        String name = safeName(fileName);
        byte[] deflated = deflate(bytes);
        boolean keepDeflated = deflated.length < bytes.length * WORTH_DEFLATING;
        Path target = dir.resolve(keepDeflated ? name + DEFLATED : name);
        Files.createDirectories(dir);
        Path pending = dir.resolve(PENDING);
        if (!Files.exists(pending)) {
            try {
                Files.createFile(pending);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another worker of the same import is saving the same bytes: marked either way
            }
        }
        for (Path kept : List.of(dir.resolve(name), dir.resolve(name + DEFLATED))) {
            if (Files.exists(kept)) {
                return kept; // the same bytes, kept before in either form
            }
        }
        Path tmp = Files.createTempFile(dir, "import", ".part");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(keepDeflated ? deflated : bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** The report of this original is stored in the database: the original is no longer pending. */
    public void committed(String sha256) throws IOException {
        Files.deleteIfExists(folder(sha256).resolve(PENDING));
    }

    /**
     * Removes the originals of imports that were cut short (still pending, and no report holds them),
     * and the temporary files of copies cut short. Returns how many originals were removed.
     */
    public int removeUncommitted(java.util.function.Supplier<Set<String>> storedShas) throws IOException {
        // which originals the database holds is read only if an import was cut short: every open of a library
        // comes here, and the list grows with the library
        Set<String> stored = null;
        int removed = 0;
        for (Path dir : folders()) {
            String sha = dir.getFileName().toString();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(part);
                }
            }
            if (!Files.exists(dir.resolve(PENDING))) {
                continue;
            }
            if (stored == null) {
                stored = storedShas.get();
            }
            if (stored.contains(sha)) {
                committed(sha);
            } else {
                deleteFolder(dir);
                removed++;
            }
        }
        return removed;
    }

    /** The sha256 of every original kept, pending ones included. */
    public List<String> shas() throws IOException {
        return folders().stream().map(p -> p.getFileName().toString()).toList();
    }

    private List<Path> folders() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> prefixes = Files.list(root)) {
            for (Path prefix : prefixes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> shas = Files.list(prefix)) {
                    out.addAll(shas.filter(Files::isDirectory).sorted().toList());
                }
            }
        }
        return out;
    }

    private static void deleteFolder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    private Path folder(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public Optional<Original> find(String sha256) throws IOException {
        Path dir = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".part"))
                    .filter(p -> !p.getFileName().toString().equals(PENDING)).findFirst()
                    .map(p -> new Original(sha256, originalName(p), p));
        }
    }

    public List<Original> all() throws IOException {
        List<Original> out = new ArrayList<>();
        for (Path dir : folders()) {
            find(dir.getFileName().toString()).ifPresent(out::add);
        }
        return out;
    }

    private static String originalName(Path kept) {
        String name = kept.getFileName().toString();
        return name.endsWith(DEFLATED) ? name.substring(0, name.length() - DEFLATED.length()) : name;
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream(bytes.length / 3 + 64);
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        // an imported name never takes the ending of a deflated original, so every kept name reads one way
        if (name.endsWith(DEFLATED)) {
            name = name + "_";
        }
        return name.isBlank() ? "report" : name.equals(PENDING) ? "_pending" : name;
    }
}
