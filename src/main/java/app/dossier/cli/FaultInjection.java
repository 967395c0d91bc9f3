package app.dossier.cli;

import app.dossier.annotations.AnnotationImport;
import app.dossier.annotations.NotesCorpus;
import app.dossier.annotations.NotesExport;
import app.dossier.journal.Commands;
import app.dossier.journal.Journal;
import app.dossier.journal.JournalReader;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.library.LibraryCheck;
import app.dossier.library.LibraryDamagedException;
import app.dossier.library.LibraryExport;
import app.dossier.library.LibraryRebuild;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.store.Database;
import app.dossier.store.Json;
import app.dossier.store.StoreException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Fault injection against real libraries: commands killed with SIGKILL at random moments (import,
 * notes import, rebuild), a journal append cut at every byte, bits flipped in the stored text. A case
 * survives when nothing acknowledged is lost, nothing is silently changed and the library opens (or says
 * clearly that it must be rebuilt, and the rebuild brings everything back).
 */
final class FaultInjection {
    /** How big each probe is: {@link #FULL} is the issue's; {@link #SMALL} runs in the test suite. */
    record Size(int importKills, int importFiles, int notesKills, int notes, int rebuildKills, int rebuildReports,
                int journalStride, int bitFlips) {
    }

    static final Size FULL = new Size(20, 500, 10, 2000, 10, 30, 1, 50);
    static final Size SMALL = new Size(2, 10, 1, 40, 1, 4, 199, 4);

    /** The outcome of one kind of fault: how many cases survived, and what went wrong in the others. */
    record Outcome(String fault, int survived, int total, List<String> failures) {
    }

    private final Path work;
    private final Random random;
    private final Consumer<String> log;

    FaultInjection(Path work, long seed, Consumer<String> log) {
        this.work = work;
        this.random = new Random(seed);
        this.log = log;
    }

    List<Outcome> runAll(Size size) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(journalAppendCuts(size.journalStride()));
        outcomes.add(importKills(size.importKills(), size.importFiles()));
        outcomes.add(notesImportKills(size.notesKills(), size.notes()));
        outcomes.add(rebuildKills(size.rebuildKills(), size.rebuildReports()));
        outcomes.add(bitFlips(size.bitFlips()));
        return outcomes;
    }

    // ---- kills during import ----

    /**
     * One import of the folder killed again and again at random moments: each run goes on where the
     * last was cut (what is stored comes back as duplicate), and after each kill every report printed
     * as imported must be stored, with no original left without its report and the index in step.
     */
    Outcome importKills(int kills, int files) throws Exception {
        Path folder = reportsFolder("import-input", files);
        Path lib = work.resolve("import-kills");
        List<String> failures = new ArrayList<>();
        int survived = 0;
        Set<String> acknowledged = new HashSet<>();
        for (int run = 1; run <= kills; run++) {
            int killAfter = 1 + random.nextInt(Math.max(1, files / kills));
            List<String> printed = killAfterLines(killAfter, "import", "--library", lib.toString(), folder.toString());
            acknowledged.addAll(printed);
            List<String> problems = new ArrayList<>();
            try (Library library = Library.open(lib)) {
                Set<String> stored = reportIds(library);
                long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
                if (lost > 0) {
                    problems.add(lost + " of " + acknowledged.size() + " acknowledged imports are not in the library");
                }
                library.search().rebuildIfStale();
                LibraryCheck.run(library).forEach(f -> problems.add("after the kill: " + f));
                if (run == kills) {
                    library.importer().importPaths(List.of(folder), (d, t, o) -> { }, () -> false);
                    if (library.reports().size() != files) {
                        problems.add("re-import left " + library.reports().size() + " of " + files + " reports");
                    }
                    LibraryCheck.run(library).forEach(f -> problems.add("after re-import: " + f));
                }
            } catch (IOException | RuntimeException e) {
                problems.add("the library does not open: " + e.getMessage());
            }
            survived += record("import kill " + run + " (" + printed.size() + " imported before it, "
                    + acknowledged.size() + " in all)", problems, failures);
        }
        deleteTree(lib);
        return new Outcome("kill -9 during import of " + files + " files", survived, kills, failures);
    }

    /** Runs a command in a new JVM, kills it once it printed this many lines; returns the reports it acknowledged. */
    private List<String> killAfterLines(int lines, String... args) throws Exception {
        Process process = start(args);
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = out.readLine()) != null) {
                if (line.contains("\"imported\"")) {
                    acknowledged.add(Json.MAPPER.readTree(line).path("report").asText());
                }
                if (!killed && acknowledged.size() >= lines) {
                    Thread.sleep(random.nextInt(40));
                    // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still to be read
                    process.toHandle().destroyForcibly();
                    killed = true;
                }
            }
        }
        process.waitFor(60, TimeUnit.SECONDS);
        return acknowledged;
    }

    // ---- kills during notes import ----

    Outcome notesImportKills(int kills, int notes) throws Exception {
        Path base = work.resolve("notes-base");
        Path w3c = work.resolve("notes.jsonld");
        buildNotesBase(base, w3c, notes);
        long fullRun = timed(() -> runToEnd("notes", "import", "--library", copyOf(base, "notes-timing").toString(),
                w3c.toString()));
        List<String> failures = new ArrayList<>();
        int survived = 0;
        for (int run = 1; run <= kills; run++) {
            Path lib = copyOf(base, "notes-kill-" + run);
            killAfterMillis((long) (fullRun * random.nextDouble()), "notes", "import", "--library", lib.toString(),
                    w3c.toString());
            List<String> problems = new ArrayList<>();
            try (Library library = Library.open(lib)) {
                int found = library.annotations(null).size();
                if (found != 0 && found != notes) {
                    problems.add("a notes import is one decision, yet " + found + " of " + notes + " notes are stored");
                }
                LibraryCheck.run(library).forEach(f -> problems.add("after the kill: " + f));
                try (InputStream in = Files.newInputStream(w3c)) {
                    AnnotationImport.plan(library, in).command().ifPresent(library::execute);
                }
                if (library.annotations(null).size() != notes) {
                    problems.add("importing again left " + library.annotations(null).size() + " of " + notes + " notes");
                }
                LibraryCheck.run(library).forEach(f -> problems.add("after importing again: " + f));
            } catch (IOException | RuntimeException e) {
                problems.add("the library does not open: " + e.getMessage());
            }
            survived += record("notes import kill " + run, problems, failures);
            deleteTree(lib);
        }
        return new Outcome("kill -9 during notes import of " + notes + " notes", survived, kills, failures);
    }

    private void buildNotesBase(Path base, Path w3c, int notes) throws Exception {
        Path withNotes = work.resolve("notes-source");
        Path folder = reportsFolder("notes-input", 5);
        for (Path lib : List.of(base, withNotes)) {
            try (Library library = Library.open(lib)) {
                library.importer().importPaths(List.of(folder), (d, t, o) -> { }, () -> false);
            }
        }
        try (Library library = Library.open(withNotes)) {
            library.execute(new Commands.Batch("Add notes", notesOn(library.reportsWithText(), notes)));
            NotesExport.write(NotesCorpus.load(library), NotesExport.Format.fromId("w3c").orElseThrow(), "faults", w3c);
        }
        deleteTree(withNotes);
    }

    private static List<UserCommand> notesOn(List<Report> reports, int count) {
        List<UserCommand> steps = new ArrayList<>();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Report r = reports.get(i % reports.size());
            int start = (i * 7) % Math.max(1, r.text().length() - 30);
            steps.add(new Commands.PutAnnotation(null, new Annotation("fault-note-" + i, r.id(), start, start + 20,
                    r.text().substring(start, start + 20), "", "", "note " + i + " 輪 OpenAI", List.of("faults"), null, t, t,
                    false)));
        }
        return steps;
    }

    // ---- kills during rebuild ----

    Outcome rebuildKills(int kills, int reports) throws Exception {
        Path base = work.resolve("rebuild-base");
        int notes = reports * 10;
        try (Library library = Library.open(base)) {
            library.importer().importPaths(List.of(reportsFolder("rebuild-input", reports)), (d, t, o) -> { }, () -> false);
            library.execute(new Commands.Batch("Add notes", notesOn(library.reportsWithText(), notes)));
        }
        long fullRun = timed(() -> runToEnd("rebuild", "--library", copyOf(base, "rebuild-timing").toString()));
        List<String> failures = new ArrayList<>();
        int survived = 0;
        for (int run = 1; run <= kills; run++) {
            Path lib = copyOf(base, "rebuild-kill-" + run);
            boolean databaseLost = run % 2 == 0;
            if (databaseLost) {
                Files.delete(lib.resolve(Database.FILE_NAME));
            }
            killAfterMillis((long) (fullRun * random.nextDouble()), "rebuild", "--library", lib.toString());
            List<String> problems = new ArrayList<>();
            try {
                if (!databaseLost) {
                    expectWhole(lib, reports, notes, "after the kill", problems);
                }
                LibraryRebuild.Result again = LibraryRebuild.rebuild(lib, lib, (d, t, c) -> { });
                if (!again.complete()) {
                    problems.add("rebuilding again is not complete: " + again.journalProblems());
                }
                expectWhole(lib, reports, notes, "after rebuilding again", problems);
            } catch (IOException | RuntimeException e) {
                problems.add("failed: " + e.getMessage());
            }
            survived += record("rebuild kill " + run + (databaseLost ? " (database lost)" : ""), problems, failures);
            deleteTree(lib);
        }
        return new Outcome("kill -9 during rebuild of " + reports + " reports and " + notes + " notes", survived, kills,
                failures);
    }

    private static void expectWhole(Path lib, int reports, int notes, String when, List<String> problems)
            throws IOException {
        try (Library library = Library.open(lib)) {
            if (library.reports().size() != reports || library.annotations(null).size() != notes) {
                problems.add(when + ": " + library.reports().size() + " of " + reports + " reports, "
                        + library.annotations(null).size() + " of " + notes + " notes");
            }
            library.search().rebuildIfStale();
            LibraryCheck.run(library).forEach(f -> problems.add(when + ": " + f));
        }
    }

    // ---- a journal append cut at every byte ----

    Outcome journalAppendCuts(int stride) throws Exception {
        Path before = work.resolve("journal-before");
        Report report;
        try (Library library = Library.open(before)) {
            report = library.report(library.importer().importPaths(List.of(reportsFolder("journal-input", 1)),
                    (d, t, o) -> { }, () -> false).get(0).reportId()).orElseThrow();
            library.execute(notesOn(List.of(report), 1).get(0));
        }
        Path after = copyOf(before, "journal-after");
        try (Library library = Library.open(after)) {
            library.execute(new Commands.PutAnnotation(null, new Annotation("cut-note", report.id(), 0, 12,
                    report.text().substring(0, 12), "", "", "the decision being written 智谱", List.of(), null,
                    Instant.now(), Instant.now(), false)));
        }
        byte[] journalBefore = Files.readAllBytes(before.resolve(Journal.FILE_NAME));
        byte[] journalAfter = Files.readAllBytes(after.resolve(Journal.FILE_NAME));
        List<String> failures = new ArrayList<>();
        int survived = 0;
        int total = 0;
        for (int cut = journalBefore.length; cut <= journalAfter.length; cut++) {
            boolean last = cut >= journalAfter.length - 1;
            if ((cut - journalBefore.length) % stride != 0 && !last) {
                continue;
            }
            total++;
            Path lib = copyOf(before, "journal-cut");
            Files.write(lib.resolve(Journal.FILE_NAME), java.util.Arrays.copyOf(journalAfter, cut));
            List<String> problems = new ArrayList<>();
            try {
                try (Library library = Library.open(lib)) {
                    boolean applied = library.annotations(report.id()).stream().anyMatch(a -> a.id().equals("cut-note"));
                    if (applied != last) {
                        problems.add(last ? "the complete entry was not applied" : "a torn entry was applied");
                    }
                    library.execute(new Commands.EditReportMetadata(report.id(),
                            new Commands.ReportMetadata(report.title(), null, null),
                            new Commands.ReportMetadata("after the cut", null, null)));
                }
                JournalReader.Contents contents = JournalReader.scan(lib.resolve(Journal.FILE_NAME));
                contents.problems().forEach(p -> problems.add("journal " + p));
                List<Journal.Entry> entries = contents.entries();
                if (entries.isEmpty() || !(entries.get(entries.size() - 1).command() instanceof Commands.EditReportMetadata)
                        || entries.size() != (last ? 3 : 2)) {
                    problems.add("the journal does not end with the decision taken after the cut: " + entries.size());
                }
            } catch (IOException | RuntimeException e) {
                problems.add("failed: " + e.getMessage());
            }
            survived += record("journal cut at byte " + cut, problems, failures);
            deleteTree(lib);
        }
        return new Outcome("journal append cut at every " + (stride == 1 ? "" : stride + "th ") + "byte of a "
                + (journalAfter.length - journalBefore.length) + "-byte entry", survived, total, failures);
    }

    // ---- bit flips in the stored text ----

    Outcome bitFlips(int flips) throws Exception {
        Path base = work.resolve("flip-base");
        try (Library library = Library.open(base)) {
            library.importer().importPaths(List.of(reportsFolder("flip-input", 4)), (d, t, o) -> { }, () -> false);
            library.execute(new Commands.Batch("Add notes", notesOn(library.reportsWithText(), 20)));
        }
        // the import's compaction left Deflate-compressed pages, in which no word can be found to flip; the words
        // are flipped in the pages as H2 writes them between compactions (plain), copied out of those
        rewritePlain(base.resolve(Database.FILE_NAME));
        String reference = exportOf(base);
        byte[] db = Files.readAllBytes(base.resolve(Database.FILE_NAME));
        // words a user reads back: report text and titles, company names of mentions, notes, figure quotes
        List<Integer> targets = occurrences(db, List.of("OpenAI", "Anthropic", "Funding", "note 1", "raised",
                "orchestration layer", "screenshots"));
        List<String> failures = new ArrayList<>();
        int survived = 0;
        for (int run = 1; run <= flips && !targets.isEmpty(); run++) {
            Path lib = copyOf(base, "flip-" + run);
            int at = targets.get(random.nextInt(targets.size())) + random.nextInt(3);
            byte[] damaged = db.clone();
            damaged[at] ^= (byte) (1 << random.nextInt(7));
            Files.write(lib.resolve(Database.FILE_NAME), damaged);
            List<String> problems = new ArrayList<>();
            String effect = "export unchanged (the flip hit an old copy of a page)";
            try {
                if (!exportOf(lib).equals(reference)) {
                    problems.add("export succeeded with changed content: silent corruption");
                }
            } catch (LibraryDamagedException | StoreException e) {
                effect = "refused: " + e.getMessage().lines().findFirst().orElse("");
            } catch (IOException | RuntimeException e) {
                problems.add("failed without a clear message: " + e);
            }
            survived += record("bit flip at byte " + at + " (" + effect + ")", problems, failures);
            deleteTree(lib);
        }
        return new Outcome("single-bit flips in stored words (texts, titles, mentions, notes, quotes)", survived, Math.min(flips, Math.max(1, targets.size())),
                failures);
    }

    /** The database rewritten with plain pages, as H2 writes them between compactions: a flipped word can be found in it. */
    static void rewritePlain(Path file) throws IOException {
        Path plain = file.resolveSibling(file.getFileName() + ".plain");
        Files.deleteIfExists(plain);
        try (org.h2.mvstore.MVStore source = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).readOnly().open();
             org.h2.mvstore.MVStore target = new org.h2.mvstore.MVStore.Builder().fileName(plain.toString()).open()) {
            org.h2.mvstore.MVStoreTool.compact(source, target);
        }
        Files.move(plain, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String exportOf(Path lib) throws IOException {
        try (Library library = Library.open(lib)) {
            return Json.write(LibraryExport.document(library, true));
        }
    }

    private static List<Integer> occurrences(byte[] haystack, List<String> needles) {
        List<Integer> at = new ArrayList<>();
        for (String needle : needles) {
            byte[] n = needle.getBytes(StandardCharsets.UTF_8);
            outer:
            for (int i = 0; i + n.length <= haystack.length; i++) {
                for (int j = 0; j < n.length; j++) {
                    if (haystack[i + j] != n[j]) {
                        continue outer;
                    }
                }
                at.add(i);
            }
        }
        return at;
    }

    // ---- helpers ----

    private int record(String what, List<String> problems, List<String> failures) {
        if (problems.isEmpty()) {
            log.accept(what + ": survived");
            return 1;
        }
        String failure = what + ": " + String.join("; ", problems.subList(0, Math.min(3, problems.size())));
        log.accept(failure);
        failures.add(failure);
        return 0;
    }

    private Path reportsFolder(String name, int count) throws IOException {
        Path folder = work.resolve(name);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder);
        Random texts = new Random(count);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("report-%04d.txt", i)), SyntheticReports.report(texts, i));
        }
        return folder;
    }

    private static Set<String> reportIds(Library library) {
        Set<String> ids = new HashSet<>();
        library.reports().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Cli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void runToEnd(String... args) throws Exception {
        Process p = start(args);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
    }

    private void killAfterMillis(long millis, String... args) throws Exception {
        Process p = start(args);
        Thread drain = new Thread(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        drain.start();
        p.waitFor(millis, TimeUnit.MILLISECONDS);
        p.destroyForcibly().waitFor();
        drain.join();
    }

    private static long timed(ThrowingRunnable r) throws Exception {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Path copyOf(Path library, String name) throws IOException {
        Path target = work.resolve(name);
        deleteTree(target);
        try (Stream<Path> walk = Files.walk(library)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(library.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals(".lock")) {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    static void deleteTree(Path root) throws IOException {
        LibraryRebuild.deleteTree(root);
    }
}
