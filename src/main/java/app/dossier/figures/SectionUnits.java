package app.dossier.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit declared once for a section: a heading or caption line that declares a unit ("Kennzahlen 2024
 * (in Mio. €)", "Key figures (USD m)", "单位：人民币万元") scales the bare numbers of the label–value lines
 * right beneath it ("Umsatz: 185", "Revenue        18.4"), which without it would be counts.
 */
final class SectionUnits {
    /** "Umsatz: 185", "- ARR — 46", "营业收入：12,400": a short label, a separator, a bare number. */
    private static final Pattern KEY_BARE_VALUE = Pattern.compile(
            "^\\s*(?:[-*•·▪]\\s+)?(?=[^:：]*\\p{L})[^:：]{1,40}?\\s*(?:[:：]|\\s[—–]\\s|\\s{2,})\\s*[(−-]?\\s*([0-9][0-9.,]*)\\)?\\s*$");
    private static final int MAX_HEADING = 90;

    private final String text;
    private final DocumentLayout layout;
    private final TableReading tables;
    private final NumberWords words;

    SectionUnits(String text, DocumentLayout layout, TableReading tables, NumberWords words) {
        this.text = text;
        this.layout = layout;
        this.tables = tables;
        this.words = words;
    }

    /** The bare numbers of label–value lines under a line that declares their unit, as amounts in that unit. */
    List<Amount> declaredAmounts(String language) {
        List<Amount> out = new ArrayList<>();
        List<DocumentLayout.Line> lines = layout.lines();
        TableReading.Unit unit = null;
        for (int i = 0; i < lines.size(); i++) {
            DocumentLayout.Line l = lines.get(i);
            String s = layout.text(l);
            Matcher m = KEY_BARE_VALUE.matcher(s);
            boolean row = l.kind() != DocumentLayout.Kind.TABLE_ROW && l.kind() != DocumentLayout.Kind.TABLE_RULE && m.matches();
            if (row && unit != null && !words.counters.containsIn(text, l.start(), l.start() + m.start(1))) {
                double v = NumberTokens.parseArabic(m.group(1), "de".equals(language));
                if (!Double.isNaN(v) && !yearLike(m.group(1))) {
                    int start = l.start() + m.start(1);
                    out.add(new Amount(start, l.start() + m.end(1), start,
                            BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(unit.scale())).doubleValue(), null, unit.currency(), false, false));
                }
            }
            if (row) {
                continue; // a head count under a money unit ("Mitarbeiter: 650") stays a count
            }
            if (l.kind() == DocumentLayout.Kind.BLANK && unit != null) {
                continue; // importers leave blank lines between the lines of one list
            }
            unit = unitOf(s);
        }
        return out;
    }

    /** "Umsatz: 185": a label and a bare number, nothing else. */
    static boolean labelledBareValue(String line) {
        return KEY_BARE_VALUE.matcher(line).matches();
    }

    /** The unit a short line declares (not in percent), or null. */
    private TableReading.Unit unitOf(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING || TableReading.PERCENT_UNIT.matcher(s).find()) {
            return null;
        }
        TableReading.Unit u = tables.declaredUnit(s);
        return u == null || u.scale() == 1 ? null : u;
    }

    private static boolean yearLike(String n) {
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
    }
}
