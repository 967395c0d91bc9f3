package app.dossier.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A long job that was started: its progress and status line for a bar to bind to, and Cancel. Running
 * turns false before the job's own ending runs, so whatever was bound to it is free again by then.
 */
public final class RunningJob {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private final Runnable canceller;

    RunningJob(Runnable canceller) {
        this.canceller = canceller;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void cancel() {
        canceller.run();
    }

    /** Calls action once the job has ended (at once when it already has). */
    public void whenFinished(Runnable action) {
        if (!running.get()) {
            action.run();
            return;
        }
        running.addListener((o, was, now) -> {
            if (!now) {
                action.run();
            }
        });
    }

    void bindTo(ReadOnlyDoubleProperty progressSource, ReadOnlyStringProperty messageSource) {
        progress.bind(progressSource);
        message.bind(messageSource);
    }

    void show(double fraction, String line) {
        progress.set(fraction);
        if (line != null) {
            message.set(line);
        }
    }

    void finished() {
        progress.unbind();
        message.unbind();
        running.set(false);
    }
}
