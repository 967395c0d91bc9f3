package app.dossier.journal;

import app.dossier.store.Database;
import app.dossier.store.JournalStateRepository;

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

    public Decisions(Database database, Journal journal) {
        this.database = database;
        this.journal = journal;
    }

    /**
     * Applies the journal entries the database does not hold yet: those written just before a crash,
     * or all of them when the library is being rebuilt. Returns how many were applied.
     */
    public int recover() throws java.io.IOException {
        long applied = database.read(JournalStateRepository::appliedSeq);
        int count = 0;
        for (Journal.Entry entry : Journal.read(journal.file())) {
            if (entry.seq() > applied) {
                database.write(c -> {
                    entry.command().apply(c);
                    JournalStateRepository.setAppliedSeq(c, entry.seq());
                    return null;
                });
                count++;
            }
        }
        return count;
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
