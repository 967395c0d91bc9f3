package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The window's side of {@link RequestFolder}: while the window holds a library, commands dropped into
 * the library's {@code .requests} folder are run on the window's one writer, with the window's library,
 * by the same code the command line runs, so their output is what the command would print and their
 * decisions are journalled and undoable in the window. Watched with a WatchService, and scanned every
 * half second as well where the file system sends no events (network shares).
 */
public final class WindowRequests implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WindowRequests.class.getName());
    /** A request no one took for this long was given up by its command. */
    static final Duration STALE_REQUEST = Duration.ofSeconds(60);
    static final Duration STALE_ANSWER = Duration.ofMinutes(10);

    private final Library library;
    private final RequestFolder folder;
    private final Executor writer;
    private final Runnable afterWrite;
    private final Thread thread;
    private volatile boolean running = true;

    private WindowRequests(Library library, Executor writer, Runnable afterWrite) {
        this.library = library;
        this.folder = new RequestFolder(library.directory());
        this.writer = writer;
        this.afterWrite = afterWrite;
        this.thread = new Thread(this::serve, "dossier-requests");
        thread.setDaemon(true);
    }

    /**
     * Starts answering commands for this library. {@code writer} is the window's one worker (reads run
     * there too, so they see the library as the window shows it); {@code afterWrite} runs after a
     * command that changed the library, for the window to show the change.
     */
    public static WindowRequests serve(Library library, Executor writer, Runnable afterWrite) throws IOException {
        WindowRequests served = new WindowRequests(library, writer, afterWrite);
        served.folder.create();
        served.removeLeftovers(true);
        served.folder.heartbeat();
        served.thread.start();
        return served;
    }

    private void serve() {
        try (WatchService watch = folder.requests().getFileSystem().newWatchService()) {
            folder.requests().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Instant nextBeat = Instant.now();
            while (running && library.isOpen()) {
                if (Instant.now().isAfter(nextBeat)) {
                    folder.heartbeat();
                    removeLeftovers(false);
                    nextBeat = Instant.now().plus(RequestFolder.HEARTBEAT);
                }
                takeRequests();
                var key = watch.poll(500, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the window stopped answering commands for " + library.directory(), e);
        } finally {
            stopServing();
        }
    }

    private void takeRequests() throws IOException {
        List<Path> waiting = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.requests())) {
            for (Path p : files) {
                if (RequestFolder.REQUEST_NAME.matcher(p.getFileName().toString()).matches()) {
                    waiting.add(p);
                }
            }
        }
        for (Path request : waiting) {
            String id = request.getFileName().toString().replace(".json", "");
            if (!fromThisUser(request) || RequestFolder.olderThan(request, STALE_REQUEST)) {
                Files.deleteIfExists(request);
                continue;
            }
            try {
                Files.move(request, folder.taken(id), StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException withdrawn) {
                continue;
            }
            writer.execute(() -> answer(id));
        }
    }

    /** Only the user who runs the window may hand it commands (the folder is theirs alone where POSIX allows). */
    private boolean fromThisUser(Path request) {
        try {
            return Files.getOwner(request).equals(Files.getOwner(folder.requests()));
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private void answer(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        boolean wrote = false;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            List<String> words = words(Files.readString(folder.taken(id), StandardCharsets.UTF_8));
            if (words.isEmpty() || !RequestFolder.SERVED.contains(words.get(0))) {
                e.println("dossier: the Dossier window does not run '" + (words.isEmpty() ? "" : words.get(0)) + "'");
                code = Cli.USAGE;
            } else if (!library.isOpen()) {
                e.println("dossier: the Dossier window closed the library before it could answer");
                code = Cli.PARTLY_FAILED;
            } else {
                code = new Cli(o, e, library).run(words);
                wrote = WindowClient.writes(words.get(0), words.subList(1, words.size()));
            }
        } catch (IOException | RuntimeException e) {
            err.writeBytes(("dossier: the Dossier window could not run the command: " + e.getMessage() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            code = Cli.PARTLY_FAILED;
        }
        try {
            RequestFolder.writeWhole(folder.response(id), Json.write(Map.of("out", out.toString(StandardCharsets.UTF_8)))
                    + "\n" + Json.write(Map.of("err", err.toString(StandardCharsets.UTF_8)))
                    + "\n" + Json.write(Map.of("exit", code)) + "\n");
            Files.deleteIfExists(folder.taken(id));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot answer command " + id, e);
        }
        if (wrote) {
            afterWrite.run();
        }
    }

    private static List<String> words(String request) throws IOException {
        JsonNode words = Json.MAPPER.readTree(request).path("words");
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.add(w.asText()));
        return out;
    }

    /**
     * Answers nobody collected, half-written files and, when the window starts, claims an earlier window
     * took and never answered (their commands gave up when that window went away).
     */
    private void removeLeftovers(boolean atStart) throws IOException {
        for (Path dir : new Path[] {folder.requests(), folder.responses()}) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path p : files) {
                    String name = p.getFileName().toString();
                    if ((atStart && name.endsWith(".taken"))
                            || (name.endsWith(".part") && RequestFolder.olderThan(p, STALE_REQUEST))
                            || (name.endsWith(".jsonl") && RequestFolder.olderThan(p, STALE_ANSWER))) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private void stopServing() {
        try {
            Files.deleteIfExists(folder.servingMark());
        } catch (IOException e) {
            // the mark goes stale by itself
        }
    }

    /** Stops answering; requests still waiting are left for their commands to take back. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopServing();
    }
}
