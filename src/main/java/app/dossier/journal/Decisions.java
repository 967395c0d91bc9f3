package app.dossier.journal;

import app.dossier.store.Database;
import app.dossier.store.JournalStateRepository;
import app.dossier.store.Json;
import app.dossier.store.OrphanRepository;
import app.dossier.store.ReportRepository;
import app.dossier.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one way a user decision reaches the library: applied to the database and journalled in one
 * step (the journal entry is forced to disk before the transaction commits, and the database
 * records which entry it holds), kept on the undo stack, and announced to listeners.
 */
public final class Decisions {
    private final Database database;
    private final Journal journal;
    private final Deque<UserCommand> undo = new ArrayDeque<>();
    private final Deque<UserCommand> redo = new ArrayDeque<>();
    private final List<Consumer<UserCommand>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> unapplied = new ArrayList<>();

    public Decisions(Database database, Journal journal) {
        this.database = database;
        this.journal = journal;
    }

    /**
     * Applies the journal entries the database does not hold yet: those written just before a crash,
     * or all of them when the library is being rebuilt. A step on a report the library does not hold
     * is kept as orphaned (applied when the report's file is imported again), so one lost original never
     * makes the library unopenable. Returns how many entries were applied.
     */
    public synchronized int recover() {
        long applied = database.read(JournalStateRepository::appliedSeq);
        int count = 0;
        for (Journal.Entry entry : journal.contentsAtOpen().entries()) {
            if (entry.seq() <= applied) {
                continue;
            }
            try {
                database.write(c -> {
                    applyKeepingOrphans(c, entry);
                    JournalStateRepository.setAppliedSeq(c, entry.seq());
                    return null;
                });
                count++;
            } catch (StoreException e) {
                unapplied.add("entry " + entry.seq() + " (" + entry.command().describe() + ") could not be applied: "
                        + e.getMessage());
                database.write(c -> {
                    JournalStateRepository.setAppliedSeq(c, entry.seq());
                    return null;
                });
            }
            applied = entry.seq();
        }
        reattachAll();
        return count;
    }

    /** Entries recovery could not apply in this session (each said why). */
    public synchronized List<String> unapplied() {
        return List.copyOf(unapplied);
    }

    /** Decisions kept for reports the library does not hold, oldest first. */
    public List<OrphanRepository.Orphan> orphans() {
        return database.read(OrphanRepository::all);
    }

    /** Applies the orphaned decisions of reports that are in the library now. Returns how many steps. */
    public synchronized int reattachAll() {
        return database.write(c -> {
            List<OrphanRepository.Orphan> ready = OrphanRepository.attachable(c);
            int attached = 0;
            for (OrphanRepository.Orphan orphan : ready) {
                try {
                    readCommand(orphan.command()).apply(c);
                    OrphanRepository.delete(c, orphan);
                    attached++;
                } catch (SQLException | StoreException e) {
                    // H2 undoes the failed statement only; the decision stays listed and in the journal
                    unapplied.add("entry " + orphan.seq() + " (" + orphan.description() + ") could not be re-attached: "
                            + e.getMessage());
                }
            }
            return attached;
        });
    }

    private static void applyKeepingOrphans(Connection c, Journal.Entry entry) throws SQLException {
        List<UserCommand> steps = steps(entry.command());
        for (int i = 0; i < steps.size(); i++) {
            UserCommand step = steps.get(i);
            String report = step.reportId();
            if (report != null && !ReportRepository.exists(c, report)) {
                OrphanRepository.insert(c, new OrphanRepository.Orphan(entry.seq(), i, report, step.describe(),
                        writeCommand(step)));
            } else {
                step.apply(c);
            }
        }
    }

    /** A command as the single decisions it is made of (a batch of notes imported touches many reports). */
    public static List<UserCommand> steps(UserCommand command) {
        if (command instanceof Commands.Batch batch) {
            List<UserCommand> out = new ArrayList<>();
            batch.steps().forEach(s -> out.addAll(steps(s)));
            return out;
        }
        return List.of(command);
    }

    private static String writeCommand(UserCommand command) {
        try {
            return Json.MAPPER.writerFor(UserCommand.class).writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write a decision: " + e.getMessage(), e);
        }
    }

    private static UserCommand readCommand(String json) {
        try {
            return Json.MAPPER.readValue(json, UserCommand.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read an orphaned decision: " + e.getMessage(), e);
        }
    }

    public synchronized void execute(UserCommand command) {
        perform(command);
        undo.push(command);
        redo.clear();
    }

    public synchronized Optional<UserCommand> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        UserCommand command = undo.pop();
        perform(command.inverse());
        redo.push(command);
        return Optional.of(command);
    }

    public synchronized Optional<UserCommand> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        UserCommand command = redo.pop();
        perform(command);
        undo.push(command);
        return Optional.of(command);
    }

    /** The decision Undo would take back, to name it in the menu. */
    public synchronized Optional<UserCommand> nextUndoCommand() {
        return Optional.ofNullable(undo.peek());
    }

    public synchronized Optional<UserCommand> nextRedoCommand() {
        return Optional.ofNullable(redo.peek());
    }

    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(UserCommand::describe);
    }

    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(UserCommand::describe);
    }

    public void addListener(Consumer<UserCommand> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<UserCommand> listener) {
        listeners.remove(listener);
    }

    private void perform(UserCommand command) {
        database.write(c -> {
            command.apply(c);
            Journal.Entry entry = journal.append(command);
            JournalStateRepository.setAppliedSeq(c, entry.seq());
            return null;
        });
        listeners.forEach(l -> l.accept(command));
    }
}
