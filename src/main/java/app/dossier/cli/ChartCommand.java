package app.dossier.cli;

import java.io.PrintStream;

/** Renders a chart from the library's figures. */
final class ChartCommand {
    private final PrintStream out;
    private final PrintStream err;

    ChartCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException {
        throw new UsageException("chart: not available in this build yet");
    }
}
