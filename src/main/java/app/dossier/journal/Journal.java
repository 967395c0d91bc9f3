package app.dossier.journal;

import app.dossier.store.Json;
import app.dossier.store.StoreException;

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
 *
 * <p>Each line carries a checksum of itself and a sequence number one above the last. A line cut
 * short by a crash is cut off when the journal is opened, so nothing is ever appended onto it; a
 * damaged line anywhere else is reported with its line number (see {@link JournalReader}).
 */
public final class Journal implements AutoCloseable {
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final FileChannel channel;
    private final JournalReader.Contents opened;
    private long lastSeq;

    public record Entry(long seq, Instant at, UserCommand command) {
    }

    private Journal(Path file, FileChannel channel, JournalReader.Contents opened) {
        this.file = file;
        this.channel = channel;
        this.opened = opened;
        this.lastSeq = opened.lastSeq();
    }

    /**
     * Opens the journal for appending. A torn last line (a crash while it was written; its decision
     * never reached the database) is cut off; a complete last line lacking only its line end gets one.
     */
    public static Journal open(Path libraryDir) throws IOException {
        Path file = libraryDir.resolve(FILE_NAME);
        JournalReader.Contents contents = JournalReader.scan(file);
        logDamage(file, contents);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (contents.tornTailBytes() > 0) {
                channel.truncate(contents.completeBytes());
            }
            channel.position(contents.completeBytes());
            if (contents.needsLineEnd()) {
                write(channel, new byte[]{'\n'});
            }
            channel.force(true);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new Journal(file, channel, contents);
    }

    /**
     * Every readable entry of a journal file, in order. A damaged line anywhere is left out and the lines
     * after it are still read (see {@link JournalReader#scan}); each damaged line and a torn last line is
     * logged with its line number, never dropped silently. Callers that must show the damage use scan.
     */
    public static List<Entry> read(Path file) throws IOException {
        JournalReader.Contents contents = JournalReader.scan(file);
        logDamage(file, contents);
        return contents.entries();
    }

    private static void logDamage(Path file, JournalReader.Contents contents) {
        System.Logger log = System.getLogger(Journal.class.getName());
        contents.problems().forEach(p -> log.log(System.Logger.Level.WARNING, "Journal " + file + ", " + p));
        if (contents.tornTailBytes() > 0) {
            log.log(System.Logger.Level.WARNING, "Journal " + file + ": the last line was cut short ("
                    + contents.tornTailBytes() + " bytes, a crash while it was written); its decision never reached"
                    + " the database");
        }
    }

    /** What the journal held when it was opened: its entries and any damage found. */
    public JournalReader.Contents contentsAtOpen() {
        return opened;
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    public synchronized Entry append(UserCommand command) {
        Entry entry = new Entry(lastSeq + 1, Instant.now(), command);
        long size = -1;
        try {
            size = channel.position();
            write(channel, JournalReader.line(entry).getBytes(StandardCharsets.UTF_8));
            channel.force(true);
        } catch (IOException e) {
            undoPartialWrite(size);
            throw new StoreException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
        lastSeq = entry.seq();
        return entry;
    }

    /** A failed write (disk full) must not leave half a line for the next entry to be glued onto. */
    private void undoPartialWrite(long size) {
        if (size < 0) {
            return;
        }
        try {
            channel.truncate(size);
            channel.position(size);
        } catch (IOException ignored) {
            // the next open cuts the torn line off
        }
    }

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    public Path file() {
        return file;
    }

    static String serialise(Entry entry) {
        return Json.write(entry);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** Whether a journal file exists and holds anything. */
    public static boolean isEmpty(Path libraryDir) throws IOException {
        Path file = libraryDir.resolve(FILE_NAME);
        return !Files.exists(file) || Files.size(file) == 0;
    }
}
