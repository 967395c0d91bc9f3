package app.dossier.figures;

import app.dossier.model.Metric;
import app.dossier.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables read as rows and columns: a cell's metric and period come from its column header (or its row
 * label when the years run across), its company from the row label (or the column header when the
 * companies run across). A declared unit ("单位：百万美元", "in Mio. €", "Revenue ($M)") scales the bare
 * numbers beneath it; without one a bare number is a count, not an amount.
 */
final class TableReading {
    /** What a table says about one cell; any part may be null. */
    /** {@code strangerRow}: the row label names something (not a company we know, a year or a metric): not ours to guess. */
    record CellContext(String companyId, String metric, String period, boolean strangerRow) {
    }

    private record Unit(double scale, String currency) {
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("[(−-]?\\s*([0-9][0-9.,]*)\\)?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d.,]\\d)");
    private static final int CAPTION_LINES = 3;

    private final String text;
    private final DocumentLayout layout;
    private final CueBook cues;
    private final NumberWords words;
    private final List<Mention> mentions;

    TableReading(String text, DocumentLayout layout, CueBook cues, NumberWords words, List<Mention> mentions) {
        this.text = text;
        this.layout = layout;
        this.cues = cues;
        this.words = words;
        this.mentions = mentions;
    }

    /** Bare numbers in the cells of tables that declare a unit, as amounts in that unit. */
    List<Amount> declaredAmounts(String language) {
        List<Amount> out = new ArrayList<>();
        boolean german = "de".equals(language);
        for (DocumentLayout.Table t : layout.tables()) {
            Unit tableUnit = declaredUnit(captionText(t));
            for (List<DocumentLayout.Cell> row : t.rows()) {
                for (DocumentLayout.Cell cell : row) {
                    DocumentLayout.Cell header = DocumentLayout.column(t.header(), cell.column());
                    Unit unit = header == null ? null : declaredUnit(layout.text(header));
                    unit = unit != null ? unit : tableUnit;
                    Amount a = unit == null || cell.column() == 0 ? null : bareAmount(cell, unit, german);
                    if (a != null) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    private Amount bareAmount(DocumentLayout.Cell cell, Unit unit, boolean german) {
        String s = layout.text(cell);
        Matcher m = BARE_NUMBER.matcher(s);
        if (!m.matches() || YEAR.matcher(s).matches()) {
            return null;
        }
        double v = NumberTokens.parseArabic(m.group(1), german);
        if (Double.isNaN(v)) {
            return null;
        }
        int start = cell.start() + m.start(1);
        int end = cell.start() + m.end(1);
        return new Amount(start, end, start, java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(unit.scale())).doubleValue(),
                null, unit.currency(), false, false);
    }

    /** The lines just above a table (a caption, a unit line) and its header row. */
    private String captionText(DocumentLayout.Table t) {
        StringBuilder sb = new StringBuilder();
        int idx = layout.lines().indexOf(layout.lineAt(t.start()));
        int taken = 0;
        for (int i = idx - 1; i >= 0 && taken < CAPTION_LINES; i--) {
            DocumentLayout.Line l = layout.lines().get(i);
            if (l.kind() != DocumentLayout.Kind.BLANK) {
                sb.append(layout.text(l)).append('\n');
                taken++;
            }
        }
        t.header().forEach(c -> sb.append(layout.text(c)).append(' '));
        return sb.toString();
    }

    /** "单位：百万美元", "(in millions of USD)", "Umsatz (Mio. €)": a scale and perhaps a currency, or null. */
    private Unit declaredUnit(String s) {
        boolean marked = words.unitMarkers.containsIn(s, 0, s.length()) || s.contains("(") || s.contains("（");
        if (!marked) {
            return null;
        }
        Double scale = null;
        for (NumberWords.Entry<Double> e : words.declaredScales) {
            if (containsWord(s, e.word())) {
                scale = e.meaning();
                break;
            }
        }
        String currency = null;
        for (NumberWords.Entry<String> e : words.currencyAfter) {
            if (containsWord(s, e.word())) {
                currency = e.meaning();
                break;
            }
        }
        if (scale == null && currency == null) {
            return null;
        }
        return new Unit(scale == null ? 1 : scale, currency);
    }

    /** Latin words stand alone ("m" in "USD m", not in "Umsatz"); Han words may sit inside others. */
    private static boolean containsWord(String s, String w) {
        int from = 0;
        while (true) {
            int i = s.indexOf(w, from);
            if (i < 0) {
                return false;
            }
            char first = w.charAt(0);
            char last = w.charAt(w.length() - 1);
            boolean latinStart = Character.isLetter(first) && first < 0x2E80;
            boolean latinEnd = Character.isLetter(last) && last < 0x2E80;
            boolean okBefore = !latinStart || i == 0 || !Character.isLetter(s.charAt(i - 1));
            boolean okAfter = !latinEnd || i + w.length() >= s.length() || !Character.isLetter(s.charAt(i + w.length()));
            if (okBefore && okAfter) {
                return true;
            }
            from = i + 1;
        }
    }

    /** The table context of an amount, or null when it stands outside every table. */
    CellContext contextOf(Amount a, boolean percent) {
        DocumentLayout.Table t = layout.tableAt(a.numberStart());
        if (t == null) {
            return null;
        }
        List<DocumentLayout.Cell> row = DocumentLayout.rowAt(t, a.numberStart());
        if (row == null) {
            return null; // the header row itself
        }
        DocumentLayout.Cell cell = DocumentLayout.cellAt(row, a.numberStart());
        if (cell == null) {
            return null;
        }
        DocumentLayout.Cell header = DocumentLayout.column(t.header(), cell.column());
        DocumentLayout.Cell label = row.get(0) == cell ? null : row.get(0);
        String company = label == null ? null : companyIn(label);
        if (company == null && header != null) {
            company = companyIn(header);
        }
        String metric = metricIn(cell, a, percent);
        if (metric == null && header != null) {
            metric = metricIn(header, null, percent);
        }
        if (metric == null && label != null) {
            metric = metricIn(label, null, percent);
        }
        String period = header == null ? null : yearIn(header);
        if (period == null && label != null) {
            period = yearIn(label);
        }
        boolean stranger = label != null && companyIn(label) == null && yearIn(label) == null
                && metricIn(label, null, percent) == null && layout.text(label).chars().anyMatch(Character::isLetter);
        return new CellContext(company, metric, period, stranger);
    }

    private String companyIn(DocumentLayout.Cell c) {
        for (Mention m : mentions) {
            if (m.start() >= c.start() && m.end() <= c.end()) {
                return m.companyId();
            }
        }
        return null;
    }

    private String metricIn(DocumentLayout.Cell c, Amount a, boolean percent) {
        for (PhraseSet.Hit h : cues.metrics.findIn(text, c.start(), c.end())) {
            boolean outsideAmount = a == null || h.end() <= a.start() || h.start() >= a.end();
            if (outsideAmount && h.label() != null && !Metric.OTHER.equals(h.label()) && Metric.isPercent(h.label()) == percent) {
                return h.label();
            }
        }
        return null;
    }

    private String yearIn(DocumentLayout.Cell c) {
        Matcher m = YEAR.matcher(layout.text(c).toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }
}
