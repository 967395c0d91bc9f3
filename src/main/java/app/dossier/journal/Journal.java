package app.dossier.journal;

import app.dossier.store.Json;
import app.dossier.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only journal of user decisions, one JSON object per line, kept beside the database
 * and forced to disk on every entry. H2 files can be damaged by a crash; this file is what the
 * decisions are recovered and a library rebuilt from.
 */
public final class Journal implements AutoCloseable {
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final FileChannel channel;
    private long lastSeq;

    public record Entry(long seq, Instant at, UserCommand command) {
    }

    private Journal(Path file, FileChannel channel, long lastSeq) {
        this.file = file;
        this.channel = channel;
        this.lastSeq = lastSeq;
    }

    public static Journal open(Path libraryDir) throws IOException {
        Path file = libraryDir.resolve(FILE_NAME);
        List<Entry> existing = read(file);
        long last = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).seq();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new Journal(file, channel, last);
    }

    /**
     * Every complete entry of a journal file. A line cut short by a crash while it was written
     * is the last one and carries a decision that never reached the database: it is skipped.
     */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(Json.MAPPER.readValue(line, Entry.class));
            } catch (JsonProcessingException e) {
                // a torn last line; nothing after it was ever acknowledged
                break;
            }
        }
        return entries;
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    public synchronized Entry append(UserCommand command) {
        Entry entry = new Entry(lastSeq + 1, Instant.now(), command);
        try {
            byte[] line = (Json.MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
        lastSeq = entry.seq();
        return entry;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
