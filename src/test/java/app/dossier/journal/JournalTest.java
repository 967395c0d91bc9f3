package app.dossier.journal;

import app.dossier.model.CandidateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {
    @TempDir
    Path dir;

    private static UserCommand decision(String name) {
        return new Commands.SetCandidateStatus(name, CandidateStatus.SUGGESTED, CandidateStatus.ACCEPTED);
    }

    private static List<String> names(List<Journal.Entry> entries) {
        return entries.stream().map(e -> ((Commands.SetCandidateStatus) e.command()).name()).toList();
    }

    private byte[] journalOf(String... names) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("written"));
        try (Journal journal = Journal.open(lib)) {
            for (String n : names) {
                journal.append(decision(n));
            }
        }
        return Files.readAllBytes(lib.resolve(Journal.FILE_NAME));
    }

    @Test
    void aKillAtEveryByteOfAnAppendLosesOnlyThatEntryAndNeverCorruptsTheNext() throws Exception {
        byte[] whole = journalOf("Alpha", "Beta", "智谱 Gamma");
        int lastLineStart = lastLineStart(whole);
        for (int cut = lastLineStart; cut <= whole.length; cut++) {
            Path lib = Files.createDirectories(dir.resolve("cut" + cut));
            Files.write(lib.resolve(Journal.FILE_NAME), Arrays.copyOf(whole, cut));
            try (Journal journal = Journal.open(lib)) {
                journal.append(decision("After"));
            }
            JournalReader.Contents read = JournalReader.scan(lib.resolve(Journal.FILE_NAME));
            boolean lastSurvived = cut >= whole.length - 1;
            List<String> expected = lastSurvived ? List.of("Alpha", "Beta", "智谱 Gamma", "After")
                    : List.of("Alpha", "Beta", "After");
            assertEquals(expected, names(read.entries()), "cut at byte " + cut);
            assertTrue(read.problems().isEmpty(), "cut at byte " + cut + ": " + read.problems());
            assertEquals(List.of(1L, 2L, 3L, 4L).subList(0, expected.size()),
                    read.entries().stream().map(Journal.Entry::seq).toList(), "sequence numbers stay unique at " + cut);
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsReportedWithItsLineNumberAndTheRestIsRead() throws Exception {
        byte[] bytes = journalOf("Alpha", "OpenAI", "Gamma");
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("OpenAI") + 5;
        bytes[at] ^= 0x01; // OpenAI -> OpenAH
        JournalReader.Contents read = JournalReader.scan(bytes);
        assertEquals(List.of("Alpha", "Gamma"), names(read.entries()));
        assertEquals(1, read.problems().size());
        assertEquals(2, read.problems().get(0).line());
        assertTrue(read.problems().get(0).reason().contains("checksum"), read.problems().get(0).reason());
    }

    @Test
    void aRepeatedSequenceNumberIsReported() throws Exception {
        String[] lines = new String(journalOf("Alpha", "Beta"), StandardCharsets.UTF_8).split("\n");
        byte[] twice = (lines[0] + "\n" + lines[1] + "\n" + lines[1] + "\n").getBytes(StandardCharsets.UTF_8);
        JournalReader.Contents read = JournalReader.scan(twice);
        assertEquals(3, read.problems().get(0).line());
        assertTrue(read.problems().get(0).reason().contains("repeats"));
    }

    @Test
    void linesWrittenBeforeChecksumsAndTornStartsGluedOnByOlderVersionsAreRead() throws Exception {
        String legacy1 = app.dossier.store.Json.write(new Journal.Entry(1, java.time.Instant.EPOCH, decision("Alpha")));
        String legacy2 = app.dossier.store.Json.write(new Journal.Entry(2, java.time.Instant.EPOCH, decision("Beta")));
        String glued = "{\"seq\":2,\"at\":\"1970-01-01T00:00:00Z\",\"comm" + legacy2;
        JournalReader.Contents read = JournalReader.scan((legacy1 + "\n" + glued + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Alpha", "Beta"), names(read.entries()));
        assertEquals(2, read.problems().get(0).line(), "the torn start is still reported");
    }

    private static int lastLineStart(byte[] bytes) {
        for (int i = bytes.length - 2; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void readingAJournalFileGoesOnPastADamagedLineAndLogsItAndATornLastLine(@TempDir Path logs) throws Exception {
        byte[] bytes = journalOf("Alpha", "OpenAI", "Gamma", "Delta");
        String text = new String(bytes, StandardCharsets.UTF_8);
        bytes[text.indexOf("OpenAI") + 5] ^= 0x01;
        byte[] torn = Arrays.copyOf(bytes, bytes.length - 10);
        Path file = Files.write(logs.resolve(Journal.FILE_NAME), torn);
        app.dossier.logging.AppLog.install(logs.resolve("log"));
        try {
            assertEquals(List.of("Alpha", "Gamma"), names(Journal.read(file)), "every later decision is read");
            for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
                h.flush();
            }
            String log = Files.readString(app.dossier.logging.AppLog.file());
            assertTrue(log.contains("Journal " + file + ", line 2: "), log);
            assertTrue(log.contains("the last line was cut short"), log);
        } finally {
            app.dossier.logging.AppLog.uninstall();
        }
    }
}
