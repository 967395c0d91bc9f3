package app.dossier.figures.ledger;

import app.dossier.files.CsvTable;
import app.dossier.money.Money;
import app.dossier.model.Figure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The ledger as CSV, in Dossier's one dialect ({@link CsvTable}). With a target currency, a column gives
 * money in that currency.
 */
public final class LedgerCsv {
    private static final List<String> HEADER = List.of("figure_id", "report_id", "report_title", "company_id", "company",
            "metric", "value", "value_max", "currency", "per", "period", "approx", "written", "normalised", "origin",
            "status", "needs_review", "conflict", "basis", "product", "as_of", "start", "end", "quote");

    private final Money money;
    private final String currency;

    /** @param currency the currency of the extra "value_in_XXX" column, or null for none */
    public LedgerCsv(Money money, String currency) {
        this.money = money;
        this.currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }

    public void write(List<LedgerEntry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(entries, w);
        w.flush();
    }

    public void write(List<LedgerEntry> entries, Writer w) throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        if (currency != null) {
            header.add(header.indexOf("written"), "value_in_" + currency);
        }
        CsvTable.write(header, entries.stream().map(this::fields).toList(), w);
    }

    private List<String> fields(LedgerEntry e) {
        Figure f = e.figure();
        List<String> out = new ArrayList<>(List.of(f.id(), f.reportId(), e.reportTitle(), nz(f.companyId()),
                e.companyName(), f.metric(), number(f.value()), f.valueMax() == null ? "" : number(f.valueMax()),
                nz(f.currency()), nz(f.per()), nz(f.period()), Boolean.toString(f.approx()), e.written(), e.normalised(),
                f.origin().code(), f.status().code(), Boolean.toString(e.needsReview()), Boolean.toString(e.conflict()),
                nz(f.basis()), nz(f.product()), nz(f.asOf()), Integer.toString(f.start()), Integer.toString(f.end()),
                nz(f.quote())));
        if (currency != null) {
            OptionalDouble v = money.convert(f, currency);
            out.add(HEADER.indexOf("written"), v.isPresent() ? number(v.getAsDouble()) : "");
        }
        return out;
    }

    /** Plain digits, no exponent, no grouping: spreadsheets read "2500000000" in any locale. */
    static String number(double v) {
        return app.dossier.money.Amounts.plain(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
