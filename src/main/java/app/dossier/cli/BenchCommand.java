package app.dossier.cli;

import java.io.PrintStream;

/** The benchmark harness. */
final class BenchCommand {
    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException {
        throw new UsageException("bench: not available in this build yet");
    }
}
