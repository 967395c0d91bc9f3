package app.dossier.cli;

import app.dossier.library.LibraryLocations;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The command line's side of {@link RequestFolder}: when a Dossier window holds the library, a command
 * is handed to it and its answer printed as if the command had run here.
 */
final class WindowClient {
    /** How long the window has to take a request before the command waits for the library instead. */
    static final Duration TAKE_WITHIN = Duration.ofSeconds(Long.getLong("dossier.windowTakeSeconds", 10));
    private static final Set<String> PATH_OPTIONS = Set.of("--library", "--out", "--from");
    /** Options whose value is not a path (copied as they are). */
    private static final Set<String> VALUE_OPTIONS = Set.of("--format", "--limit", "--type", "--width", "--height",
            "--currency", "--scale", "--companies", "--period", "--report", "--company", "--theme", "--accept", "--reject");

    private WindowClient() {
    }

    /**
     * Runs the command through the window holding its library, if one does: the exit code then, or
     * empty when the command is to run here (no window serves, or it did not take the request in time).
     */
    static Optional<Integer> askTheWindow(String command, List<String> rest, PrintStream err, PrintStream out)
            throws IOException {
        if (!RequestFolder.SERVED.contains(command) || rest.contains("--help")) {
            return Optional.empty();
        }
        Path library = libraryOf(rest);
        RequestFolder folder = new RequestFolder(library);
        if (!folder.isServed()) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("words", absolute(command, rest, library));
        request.put("pid", ProcessHandle.current().pid());
        RequestFolder.writeWhole(folder.request(id), Json.write(request));
        return awaitAnswer(folder, id, writes(command, rest), err, out);
    }

    private static Optional<Integer> awaitAnswer(RequestFolder folder, String id, boolean writes, PrintStream err,
                                                 PrintStream out) throws IOException {
        long start = System.nanoTime();
        boolean toldWaiting = false;
        while (true) {
            Path response = folder.response(id);
            if (Files.exists(response)) {
                int code = print(Files.readString(response, StandardCharsets.UTF_8), out, err);
                Files.deleteIfExists(response);
                err.println("(answered by the open Dossier window)");
                return Optional.of(code);
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            boolean taken = !Files.exists(folder.request(id));
            if (!taken && waited.compareTo(TAKE_WITHIN) > 0 && withdraw(folder, id)) {
                err.println("dossier: the Dossier window holding the library did not take the command within "
                        + TAKE_WITHIN.toSeconds() + " s");
                return Optional.empty();
            }
            if (taken && !folder.isServed() && !Files.exists(response)) {
                if (writes) {
                    err.println("dossier: the Dossier window closed before it answered; whether the command was"
                            + " done shows in `dossier export` or the window once reopened");
                    return Optional.of(Cli.PARTLY_FAILED);
                }
                return Optional.empty(); // a read is simply done here, once the library is free
            }
            if (!toldWaiting && waited.toMillis() > 1500) {
                err.println("dossier: handed to the open Dossier window; waiting for its answer"
                        + " (it finishes the work it is doing first)");
                toldWaiting = true;
            }
            LibraryAccess.pause(50, "the Dossier window");
        }
    }

    /** Takes a request back that the window has not taken; false when the window took it meanwhile. */
    private static boolean withdraw(RequestFolder folder, String id) throws IOException {
        try {
            Files.delete(folder.request(id));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static int print(String answer, PrintStream out, PrintStream err) throws IOException {
        int code = Cli.PARTLY_FAILED;
        for (String line : answer.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode part = Json.MAPPER.readTree(line);
            if (part.has("out")) {
                out.print(part.get("out").asText());
            } else if (part.has("err")) {
                err.print(part.get("err").asText());
            } else if (part.has("exit")) {
                code = part.get("exit").asInt();
            }
        }
        out.flush();
        return code;
    }

    static Path libraryOf(List<String> rest) {
        for (int i = 0; i < rest.size(); i++) {
            String w = rest.get(i);
            if (w.equals("--library") && i + 1 < rest.size()) {
                return Path.of(rest.get(i + 1));
            }
            if (w.startsWith("--library=")) {
                return Path.of(w.substring("--library=".length()));
            }
        }
        return LibraryLocations.defaultLibrary();
    }

    /** Whether the command changes the library (then it is never run twice when the window vanishes). */
    static boolean writes(String command, List<String> rest) {
        return switch (command) {
            case "import", "reanalyse", "reprocess", "reindex" -> true;
            case "companies" -> rest.stream().anyMatch(w -> w.startsWith("--accept") || w.startsWith("--reject"));
            case "notes" -> rest.contains("import");
            default -> false;
        };
    }

    /**
     * The command's words with every file and folder made absolute, since the window runs in another
     * working directory, and the library named explicitly.
     */
    static List<String> absolute(String command, List<String> rest, Path library) {
        List<String> words = new ArrayList<>();
        words.add(command);
        boolean pathsArePositional = command.equals("import");
        boolean afterNotesImport = false;
        for (int i = 0; i < rest.size(); i++) {
            String w = rest.get(i);
            if (PATH_OPTIONS.contains(w) && i + 1 < rest.size()) {
                words.add(w);
                words.add(abs(rest.get(++i)));
            } else if (VALUE_OPTIONS.contains(w) && i + 1 < rest.size()) {
                words.add(w);
                words.add(rest.get(++i));
            } else if (w.startsWith("--") && w.contains("=") && PATH_OPTIONS.contains(w.substring(0, w.indexOf('=')))) {
                words.add(w.substring(0, w.indexOf('=') + 1) + abs(w.substring(w.indexOf('=') + 1)));
            } else if (!w.startsWith("--") && (pathsArePositional || afterNotesImport)) {
                words.add(abs(w));
            } else {
                words.add(w);
                afterNotesImport |= command.equals("notes") && w.equals("import");
            }
        }
        if (!rest.contains("--library") && rest.stream().noneMatch(w -> w.startsWith("--library="))) {
            words.add("--library");
            words.add(abs(library.toString()));
        }
        return words;
    }

    private static String abs(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }
}
