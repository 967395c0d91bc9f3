package app.dossier.cli;

import app.dossier.store.Json;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code faults}: the fault-injection run of issue 13 at full size (20 kills of a 500-file import,
 * every byte of a journal append, kills during notes import and rebuild, bit flips). One JSON object
 * per kind of fault and a last one with the totals; exit 0 only when every case survived.
 */
final class FaultsCommand {
    private final PrintStream out;
    private final PrintStream err;

    FaultsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws Exception {
        String sizeName = args.option("size") == null ? "full" : args.option("size");
        FaultInjection.Size size = switch (sizeName) {
            case "full" -> FaultInjection.FULL;
            case "small" -> FaultInjection.SMALL;
            default -> throw new UsageException("--size is small or full");
        };
        boolean keep = args.option("work") != null;
        Path work = keep ? Files.createDirectories(Path.of(args.option("work"))) : Files.createTempDirectory("dossier-faults");
        long seed = args.option("seed") == null ? System.currentTimeMillis() : Long.parseLong(args.option("seed"));
        err.println("fault injection (" + sizeName + ", seed " + seed + ") in " + work);
        long t0 = System.nanoTime();
        try {
            List<FaultInjection.Outcome> outcomes = new FaultInjection(work, seed, err::println).runAll(size);
            int survived = 0;
            int total = 0;
            for (FaultInjection.Outcome o : outcomes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("fault", o.fault());
                m.put("survived", o.survived());
                m.put("total", o.total());
                m.put("failures", o.failures());
                out.println(Json.write(m));
                survived += o.survived();
                total += o.total();
            }
            Map<String, Object> sum = new LinkedHashMap<>();
            sum.put("survived", survived);
            sum.put("total", total);
            sum.put("seconds", Math.round((System.nanoTime() - t0) / 1e9));
            out.println(Json.write(sum));
            err.println("survived " + survived + "/" + total);
            return survived == total ? Cli.OK : Cli.PARTLY_FAILED;
        } finally {
            if (!keep) {
                FaultInjection.deleteTree(work);
            }
        }
    }
}
