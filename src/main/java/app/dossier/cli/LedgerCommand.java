package app.dossier.cli;

import app.dossier.files.SafeOutput;
import app.dossier.figures.ledger.Ledger;
import app.dossier.figures.ledger.LedgerCsv;
import app.dossier.money.Money;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The figures ledger as CSV: every figure with company, report title, quote, status, review and
 * conflict marks; with --currency an extra column in that currency (the library's exchange rates).
 */
final class LedgerCommand {
    private final PrintStream out;
    private final PrintStream err;

    private final LibraryAccess access;

    LedgerCommand(PrintStream out, PrintStream err, LibraryAccess access) {
        this.access = access;
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException, IOException {
        String currency = args.option("currency");
        if (args.option("out") != null) {
            SafeOutput.check(Path.of(args.option("out")), args.flag("force"));
        }
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            Money money = new Money(LibraryCharts.rates(library));
            if (currency != null && !money.rates().supports(currency)) {
                throw new UsageException("no exchange rate for --currency " + currency + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(money.rates().table().keySet())));
            }
            Ledger ledger = Ledger.of(library.figures(null), library.companiesById(), library.reports(),
                    library.figuresNeedingReview(), money);
            LedgerCsv csv = new LedgerCsv(money, currency);
            if (args.option("out") == null) {
                csv.write(ledger.entries(), (OutputStream) out);
                out.flush();
            } else {
                Path file = Path.of(args.option("out"));
                SafeOutput.write(file, stream -> csv.write(ledger.entries(), stream));
                err.println(ledger.entries().size() + " figures written to " + file);
            }
            return Cli.OK;
        }
    }
}
