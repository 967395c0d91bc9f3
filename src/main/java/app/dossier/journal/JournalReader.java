package app.dossier.journal;

import app.dossier.store.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Reads a journal file line by line and says what is wrong with it instead of stopping: each line
 * is checked against its checksum and its sequence number against the line before. Lines written
 * before checksums existed are accepted as they are.
 */
public final class JournalReader {
    private static final Pattern SUM = Pattern.compile(",\"sum\":\"([0-9a-f]{8})\"}\\s*$");
    private static final String ENTRY_START = "{\"seq\":";

    private JournalReader() {
    }

    /** A line that could not be read, 1-based as an editor shows it. */
    public record Problem(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    /**
     * @param completeBytes the length of the file up to the end of its last complete entry
     * @param tornTailBytes the bytes after it: a last line cut short by a crash (0 when there is none)
     * @param needsLineEnd  the last entry is complete but its line end was not written
     */
    public record Contents(List<Journal.Entry> entries, List<Problem> problems, long lastSeq,
                           long completeBytes, long tornTailBytes, boolean needsLineEnd) {
        public boolean damaged() {
            return !problems.isEmpty();
        }
    }

    /** The line an entry is written as: its JSON with a CRC-32C of that JSON as the last field, and a line end. */
    static String line(Journal.Entry entry) {
        String json = Journal.serialise(entry);
        return json.substring(0, json.length() - 1) + ",\"sum\":\"" + checksum(json) + "\"}\n";
    }

    public static Contents scan(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Contents(List.of(), List.of(), 0, 0, 0, false);
        }
        return scan(Files.readAllBytes(file));
    }

    static Contents scan(byte[] bytes) {
        List<Journal.Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long lastSeq = 0;
        int lineStart = 0;
        int lineNo = 0;
        long completeBytes = 0;
        long torn = 0;
        boolean needsLineEnd = false;
        while (lineStart < bytes.length) {
            lineNo++;
            int end = indexOf(bytes, (byte) '\n', lineStart);
            boolean terminated = end >= 0;
            int lineEnd = terminated ? end : bytes.length;
            String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
            if (!terminated) {
                Journal.Entry last = text.isBlank() ? null : parse(text);
                if (last == null) {
                    torn = lineEnd - lineStart;
                    break;
                }
                needsLineEnd = true;
                lastSeq = add(entries, problems, last, lastSeq, lineNo);
                completeBytes = lineEnd;
                break;
            }
            completeBytes = end + 1;
            lineStart = end + 1;
            if (text.isBlank()) {
                continue;
            }
            Journal.Entry entry = parse(text);
            if (entry == null) {
                entry = salvage(text);
                problems.add(new Problem(lineNo, entry == null
                        ? "damaged (" + describe(text) + "); its decision cannot be read"
                        : "begins with the torn start of an entry; the entry after it (" + entry.seq() + ") was read"));
                if (entry == null) {
                    continue;
                }
            }
            lastSeq = add(entries, problems, entry, lastSeq, lineNo);
        }
        return new Contents(List.copyOf(entries), List.copyOf(problems), lastSeq, completeBytes, torn, needsLineEnd);
    }

    private static long add(List<Journal.Entry> entries, List<Problem> problems, Journal.Entry entry, long lastSeq,
                            int lineNo) {
        if (entry.seq() <= lastSeq) {
            problems.add(new Problem(lineNo, "sequence number " + entry.seq() + " repeats or goes back (after "
                    + lastSeq + ")"));
        } else if (entry.seq() != lastSeq + 1 && (problems.isEmpty() || problems.get(problems.size() - 1).line() != lineNo - 1)) {
            problems.add(new Problem(lineNo, "entries " + (lastSeq + 1) + " to " + (entry.seq() - 1) + " are missing"));
        }
        entries.add(entry);
        return Math.max(lastSeq, entry.seq());
    }

    /** The entry a line holds when it is whole and its checksum (if it has one) matches; null otherwise. */
    static Journal.Entry parse(String line) {
        String json = line.strip();
        Matcher sum = SUM.matcher(json);
        if (sum.find()) {
            json = json.substring(0, sum.start()) + "}";
            if (!checksum(json).equals(sum.group(1))) {
                return null;
            }
        }
        try {
            Journal.Entry entry = Json.MAPPER.readValue(json, Journal.Entry.class);
            return entry.command() == null ? null : entry;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Journals written before torn tails were cut off have a torn entry with the next one glued to its end. */
    private static Journal.Entry salvage(String line) {
        int from = line.indexOf(ENTRY_START, 1);
        while (from > 0) {
            Journal.Entry entry = parse(line.substring(from));
            if (entry != null) {
                return entry;
            }
            from = line.indexOf(ENTRY_START, from + 1);
        }
        return null;
    }

    private static String describe(String line) {
        Matcher sum = SUM.matcher(line.strip());
        if (sum.find() && parseIgnoringSum(line.strip().substring(0, sum.start()) + "}")) {
            return "its checksum does not match: a bit of it changed";
        }
        return "not a readable journal entry";
    }

    private static boolean parseIgnoringSum(String json) {
        try {
            Json.MAPPER.readTree(json);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String checksum(String json) {
        CRC32C crc = new CRC32C();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
