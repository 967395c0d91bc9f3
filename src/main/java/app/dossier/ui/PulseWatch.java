package app.dossier.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: while it runs, JavaFX asks for a frame every
 * 1/60 s, so a longer gap between two frames is time the window could not answer the user.
 */
public final class PulseWatch extends AnimationTimer {
    private long last;
    private long maxGapNanos;

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (last != 0) {
            maxGapNanos = Math.max(maxGapNanos, t - last);
        }
        last = t;
    }

    /** The longest gap since the last reset, in milliseconds (call on the FX thread). */
    public double maxGapMs() {
        return maxGapNanos / 1e6;
    }

    /** Starts a new measurement (call on the FX thread). */
    public void reset() {
        last = 0;
        maxGapNanos = 0;
    }
}
