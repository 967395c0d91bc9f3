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
    /** {@code forecast}: the column (or, where the years run down, the row) is headed as a forecast ("2025E", "Plan", "预测"). */
    /** {@code partOfYear}: the column counts six or nine months ("Six Months Ended", "止六个月"): its flows have no rate. */
    record CellContext(String companyId, String metric, String period, String per, boolean strangerRow, boolean forecast,
                       boolean partOfYear) {
    }

    record Unit(double scale, String currency) {
    }

    /** The unit of a row or column declared in percent. */
    private static final Unit PERCENT = new Unit(1, null);

    /** "（单位：%）", "毛利率（%）", "Marge (in %)", "Share, %": the numbers beneath or beside are percentages. */
    static final Pattern PERCENT_UNIT = Pattern.compile(
            "[（(]\\s*(?:(?:单位|單位|unit|in|Angaben in|Einheit)\\s*[:：]?\\s*)?[%％]\\s*[)）]|(?:单位|單位|unit)\\s*[:：]\\s*[%％]|(?<![\\p{L}])in\\s*[%％]|,\\s*[%％]\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBER = Pattern.compile("(?:[~≈]\\s*)?[(−-]?\\s*([0-9][0-9.,]*)\\)?");
    /** "$ 48,213", "$ (61,207)", "€ 2.840": a bare number with the currency sign financial tables set before it. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("([$€£¥])\\s*[(−-]?\\s*([0-9][0-9.,]*)\\)?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d.,]\\d)");
    /** "q3'25", "q3 2025", "q3/24": the quarter before a two- or four-digit year. */
    private static final Pattern QUARTER_FIRST = Pattern.compile("(?<![a-z])q([1-4])\\s*['’/-]?\\s*((?:19|20)?\\d{2})(?!\\d)");
    /** "2025年第三季", "2025 q3", "2025第3季度": the quarter after the year. */
    private static final Pattern QUARTER_AFTER_YEAR = Pattern.compile("\\s*年?\\s*(?:第|q)([1-4一二三四])");
    private static final int CAPTION_LINES = 3;
    /** "fy25", "cy24a", "fy'26e": a fiscal or calendar year of two digits, perhaps marked actual or estimate. */
    private static final Pattern SHORT_FISCAL_YEAR = Pattern.compile("(?<![a-z\\d])(?:fy|cy)\\s*['’]?(\\d{2})[aefp]?(?![a-z\\d])");

    private final String text;
    private final DocumentLayout layout;
    private final CueBook cues;
    private final NumberWords words;
    private final List<Mention> mentions;
    private final TableWords tableWords = TableWords.builtin();
    private final ShortRowNames shortNames;

    TableReading(String text, DocumentLayout layout, CueBook cues, NumberWords words, List<Mention> mentions) {
        this.text = text;
        this.layout = layout;
        this.cues = cues;
        this.words = words;
        this.mentions = mentions;
        this.shortNames = new ShortRowNames(text, layout, mentions);
    }

    /** Bare numbers in the cells of tables that declare a unit, as amounts in that unit. */
    List<Amount> declaredAmounts(String language) {
        List<Amount> out = new ArrayList<>();
        boolean germanText = "de".equals(language);
        for (DocumentLayout.Table t : layout.tables()) {
            boolean german = groupsWithDots(t, germanText);
            String caption = captionText(t);
            Unit tableUnit = PERCENT_UNIT.matcher(caption).find() ? PERCENT : declaredUnit(caption);
            if (tableUnit == null) {
                tableUnit = stubUnit(t); // "| Tsd. € | 2023 | 2024 |": the corner cell names the unit
            }
            String signCurrency = signCurrency(t);
            for (List<DocumentLayout.Cell> row : t.rows()) {
                DocumentLayout.Cell label = labelOf(row, null);
                if (label != null && words.perUnitRows.containsIn(text, label.start(), label.end())) {
                    continue; // "Net loss per share": prices, not amounts in the table's unit
                }
                boolean percentRow = label != null && PERCENT_UNIT.matcher(layout.text(label)).find();
                for (DocumentLayout.Cell cell : row) {
                    DocumentLayout.Cell header = DocumentLayout.column(t.header(), cell.column());
                    if (header != null && countsNoMoney(layout.text(header))) {
                        continue; // "Runway (months)": the table's money unit does not reach this column
                    }
                    Unit unit = header == null ? null : unitOfHeader(layout.text(header));
                    unit = percentRow ? PERCENT : unit != null ? unit : tableUnit; // "毛利率（%）" in a table of 千元
                    if (unit != null && unit != PERCENT && unit.currency() == null && signCurrency != null) {
                        unit = new Unit(unit.scale(), signCurrency); // "(in thousands)" over "$ 48,213": the rows without a sign are dollars too
                    }
                    Amount a = unit == null || cell.column() == 0 || cell == label ? null : bareAmount(cell, unit, german);
                    if (a != null) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** The currency of the signs set before a table's numbers ("$ 48,213", "€ (1.204)"), when they all agree; else null. */
    private String signCurrency(DocumentLayout.Table t) {
        String found = null;
        for (List<DocumentLayout.Cell> row : t.rows()) {
            for (DocumentLayout.Cell cell : row) {
                Matcher m = SIGNED_NUMBER.matcher(layout.text(cell));
                if (cell.column() == 0 || !m.matches()) {
                    continue;
                }
                String c = words.currencyOfSign(m.group(1));
                if (c == null || found != null && !found.equals(c)) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * Whether the table writes thousands as "2.840" (German) or "2,840": told by the table itself where its
     * numbers show it (both marks in one number, or every separated number in groups of three, as a table
     * of whole thousands is), else by the language of the text. A deck in German with English labels is
     * still German in its numbers.
     */
    private boolean groupsWithDots(DocumentLayout.Table t, boolean germanText) {
        int dotGroups = 0;
        int commaGroups = 0;
        boolean otherDecimals = false;
        for (List<DocumentLayout.Cell> row : t.rows()) {
            for (DocumentLayout.Cell cell : row) {
                Matcher m = BARE_NUMBER.matcher(layout.text(cell));
                if (cell.column() == 0 || !m.matches()) {
                    continue;
                }
                String n = m.group(1);
                int dot = n.lastIndexOf('.');
                int comma = n.lastIndexOf(',');
                if (dot >= 0 && comma >= 0) {
                    return dot < comma; // "1.234,5": the last mark is the decimal one
                }
                int sep = Math.max(dot, comma);
                if (sep < 0) {
                    continue;
                }
                if (n.substring(sep + 1).length() != 3) {
                    otherDecimals = true;
                } else if (dot >= 0) {
                    dotGroups++;
                } else {
                    commaGroups++;
                }
            }
        }
        if (!otherDecimals && dotGroups > 0 && commaGroups == 0) {
            return true;
        }
        if (!otherDecimals && commaGroups > 0 && dotGroups == 0) {
            return false;
        }
        return germanText;
    }

    private Amount bareAmount(DocumentLayout.Cell cell, Unit unit, boolean german) {
        String s = layout.text(cell);
        Matcher m = BARE_NUMBER.matcher(s);
        Matcher signed = SIGNED_NUMBER.matcher(s);
        String currency = unit.currency();
        int group = 1;
        if (!m.matches()) {
            if (unit == PERCENT || unit.scale() == 1 || !signed.matches()) {
                return null;
            }
            m = signed;
            group = 2;
            currency = currency != null ? currency : words.currencyOfSign(signed.group(1));
        }
        if (YEAR.matcher(s).matches()) {
            return null;
        }
        double v = NumberTokens.parseArabic(m.group(group), german);
        if (Double.isNaN(v)) {
            return null;
        }
        int start = cell.start() + m.start(group);
        int end = cell.start() + m.end(group);
        boolean approx = s.startsWith("~") || s.startsWith("≈"); // "~80" in a column of shares
        if (unit == PERCENT) {
            return new Amount(start, end, start, v, null, null, true, approx);
        }
        return new Amount(start, end, start, java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(unit.scale())).doubleValue(),
                null, currency, false, approx);
    }

    /**
     * The lines just above a table (a caption, a unit line; the rules drawn around it do not count), its header
     * row, and a unit note set just below it ("(in millions)").
     */
    private String captionText(DocumentLayout.Table t) {
        StringBuilder sb = new StringBuilder();
        int idx = layout.lines().indexOf(layout.lineAt(t.start()));
        int taken = 0;
        for (int i = idx - 1; i >= 0 && taken < CAPTION_LINES; i--) {
            DocumentLayout.Line l = layout.lines().get(i);
            if (l.kind() != DocumentLayout.Kind.BLANK && l.kind() != DocumentLayout.Kind.TABLE_RULE) {
                sb.append(layout.text(l)).append('\n');
                taken++;
            }
        }
        t.header().forEach(c -> sb.append(layout.text(c)).append(' '));
        for (List<DocumentLayout.Cell> note : t.headerNotes()) { // "(in thousands, except percentages)" as a row
            sb.append('\n');
            note.forEach(c -> sb.append(layout.text(c)).append(' '));
        }
        for (DocumentLayout.Line l : layout.lines()) {
            if (l.kind() == DocumentLayout.Kind.TABLE_RULE && l.start() >= t.start() && l.end() <= t.end()) {
                sb.append('\n').append(layout.text(l)); // "（人民幣千元）" set between the header and the rows
            }
        }
        // a note below counts only for a table whose caption declares none: "(in thousands of EUR)" under a table
        // in "USD m" is the caption of the next table
        String below = declaredUnit(sb.toString()) == null && !PERCENT_UNIT.matcher(sb).find() ? unitNoteBelow(t) : null;
        if (below != null) {
            sb.append('\n').append(below);
        }
        return sb.toString();
    }

    /** The first line under a table when it is a short note that declares a unit and holds no number. */
    private String unitNoteBelow(DocumentLayout.Table t) {
        int idx = layout.lines().indexOf(layout.lineAt(Math.max(t.start(), t.end() - 1)));
        for (int i = idx + 1; i < layout.lines().size(); i++) {
            DocumentLayout.Line l = layout.lines().get(i);
            if (l.kind() == DocumentLayout.Kind.BLANK || l.kind() == DocumentLayout.Kind.TABLE_RULE || l.end() <= t.end()) {
                continue;
            }
            String s = layout.text(l).strip();
            boolean note = s.length() <= 2 * MAX_NOTE && s.chars().noneMatch(Character::isDigit)
                    && (s.startsWith("(") || s.startsWith("（") || words.unitMarkers.containsIn(s, 0, s.length()));
            return note && declaredUnit(s) != null ? s : null;
        }
        return null;
    }

    private static final int MAX_NOTE = 40;

    /** The header's corner cell when it says nothing but a unit ("Tsd. €", "USD m", "百万元"). */
    private Unit stubUnit(DocumentLayout.Table t) {
        DocumentLayout.Cell corner = DocumentLayout.column(t.header(), 0);
        if (corner == null) {
            return null;
        }
        String s = layout.text(corner);
        String rest = s;
        for (NumberWords.Entry<Double> e : words.declaredScales) {
            rest = rest.replace(e.word(), " ");
        }
        for (NumberWords.Entry<String> e : words.currencyAfter) {
            rest = rest.replace(e.word(), " ");
        }
        if (!rest.replaceAll("[\\s.()（）:：,$€£¥]|in|单位|單位", "").isEmpty()) {
            return null;
        }
        return declaredUnit("(" + s + ")");
    }

    /**
     * A unit declaration that the sentence reader took for an amount ("（单位：人民币百万元）" read as one million
     * yuan): a scale word without a digit on a line that declares a unit.
     */
    boolean isUnitDeclaration(Amount a) {
        if (text.substring(a.start(), a.end()).chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String line = layout.text(layout.lineAt(a.numberStart()));
        return words.unitMarkers.containsIn(line, 0, line.length()) && declaredUnit(line) != null;
    }

    /** An amount in a column or row headed by a change ("YoY", "变动", "同比增长"): a change, not a figure. */
    boolean inChangeColumn(Amount a) {
        DocumentLayout.Table t = layout.tableAt(a.numberStart());
        List<DocumentLayout.Cell> row = t == null ? null : DocumentLayout.rowAt(t, a.numberStart());
        DocumentLayout.Cell cell = row == null ? null : DocumentLayout.cellAt(row, a.numberStart());
        if (cell == null || cell.column() == 0) {
            return false;
        }
        for (DocumentLayout.Cell h : columnHeaders(t, cell.column())) {
            if (tableWords.namesChange(layout.text(h))) {
                return true;
            }
        }
        DocumentLayout.Cell label = labelOf(row, cell);
        return label != null && tableWords.namesChange(layout.text(label)) && metricIn(label, null, a.percent()) == null;
    }

    /** The header cell of a column and the cells above it in the header band ("Ist" / "Plan" under the years). */
    private List<DocumentLayout.Cell> columnHeaders(DocumentLayout.Table t, int column) {
        List<DocumentLayout.Cell> out = new ArrayList<>();
        DocumentLayout.Cell h = DocumentLayout.column(t.header(), column);
        if (h != null) {
            out.add(h);
        }
        for (List<DocumentLayout.Cell> note : t.headerNotes()) {
            DocumentLayout.Cell n = DocumentLayout.column(note, column);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** The column (or, for years down the rows, the row label) is headed as a forecast. */
    private boolean forecastCell(DocumentLayout.Table t, DocumentLayout.Cell cell, DocumentLayout.Cell label) {
        for (DocumentLayout.Cell h : columnHeaders(t, cell.column())) {
            if (tableWords.namesForecast(layout.text(h))) {
                return true;
            }
        }
        return label != null && periodIn(label) != null && tableWords.namesForecast(layout.text(label));
    }

    private static final Pattern PARENTHESISED = Pattern.compile("[（(]\\s*([^()（）]{1,20}?)\\s*[)）]");

    /** A header that declares its column in months, years or heads ("Runway (months)", "员工（人）"). */
    private boolean countsNoMoney(String header) {
        Matcher m = PARENTHESISED.matcher(header);
        while (m.find()) {
            if (words.nonMoneyColumnUnits.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private Unit unitOfHeader(String s) {
        return PERCENT_UNIT.matcher(s).find() ? PERCENT : declaredUnit(s);
    }

    /** "单位：百万美元", "(in millions of USD)", "Umsatz (Mio. €)": a scale and perhaps a currency, or null. */
    Unit declaredUnit(String s) {
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
        DocumentLayout.Cell label = labelOf(row, cell);
        String labelCompany = label == null ? null : companyIn(label);
        if (labelCompany == null && label != null) {
            labelCompany = shortNames.companyOf(row, label); // "Zentrix Microsys.   4321 TT"
        }
        if (labelCompany == null && label != null) {
            labelCompany = companyBeside(row, label, cell); // "AVGO   Broadcom   63.2": a ticker, then the name
        }
        String company = labelCompany;
        if (company == null && header != null) {
            company = companyIn(header);
        }
        String metric = metricIn(cell, a, percent);
        if (metric == null && header != null) {
            metric = metricIn(header, null, percent);
        }
        if (metric == null && header != null) {
            metric = tableWords.metricOfHeader(layout.text(header), percent); // "Rev 2025", "GM 2025E", "Mkt cap"
        }
        if (metric == null && label != null) {
            metric = metricIn(label, null, percent);
        }
        String period = header == null ? null : periodIn(header);
        if (period == null && label != null) {
            period = periodIn(label);
        }
        String per = header == null ? null : perIn(header);
        if (per == null && label != null) {
            per = perIn(label);
        }
        metric = profitOrLoss(metric, cell, header, label, percent);
        String band = bandPer(t, cell);
        if ("quarter".equals(band) || "year".equals(band) && per == null) {
            per = band; // "Three Months Ended" over the columns: the quarter's revenue, not a year's
        }
        boolean stranger = label != null && labelCompany == null && periodIn(label) == null
                && metricIn(label, null, percent) == null && layout.text(label).chars().anyMatch(Character::isLetter)
                && !cues.hasFirstPerson(text, label.start(), label.end()) && !tableWords.namesRound(layout.text(label));
        return new CellContext(company, metric, period, per, stranger, forecastCell(t, cell, label), "part".equals(band));
    }

    /**
     * "Net income (loss)  (96.4)  22.5", "净利润  (1,234)", "Jahresergebnis  -2.240": a result row holds a net loss
     * where its value is negative (brackets or a minus), a profit where it is not; an operating or gross result
     * ("Operating income (loss)", "经营亏损") is no net loss either way.
     */
    private String profitOrLoss(String metric, DocumentLayout.Cell cell, DocumentLayout.Cell header, DocumentLayout.Cell label,
                                boolean percent) {
        if (percent || metric != null && !Metric.NET_LOSS.equals(metric) && !Metric.OTHER.equals(metric)) {
            return metric;
        }
        String names = (label == null ? "" : layout.text(label)) + " | " + (header == null ? "" : layout.text(header));
        if (tableWords.namesOperating(names)) {
            return Metric.NET_LOSS.equals(metric) ? Metric.OTHER : metric;
        }
        if (!tableWords.namesProfit(names)) {
            return metric;
        }
        return negative(layout.text(cell)) ? Metric.NET_LOSS : Metric.NET_LOSS.equals(metric) ? Metric.OTHER : metric;
    }

    private static final Pattern NEGATIVE = Pattern.compile("^\\s*(?:[$€£¥]\\s*)?(?:[(（]|[-−–]\\s*(?:[$€£¥]\\s*)?\\d)");

    private static boolean negative(String cell) {
        return NEGATIVE.matcher(cell).find();
    }

    /**
     * What a band above the header says of a column ("Three Months Ended", "截至6月30日止六个月"): "quarter", "year",
     * "part" (a stretch of six or nine months), or null. A band spans several columns. In a table drawn with bars
     * its cells are the columns'; in a table aligned with spaces the import may have lost the indentation that placed
     * the bands, so the columns are grouped where the header's periods start over ("2023 2024 | 2024 2025",
     * "Sep 2025 Sep 2024 | Sep 2025 Sep 2024"), one group for each band, or else split evenly among the bands.
     */
    private String bandPer(DocumentLayout.Table t, DocumentLayout.Cell cell) {
        boolean piped = layout.text(layout.lineAt(t.start())).indexOf('|') >= 0;
        for (List<DocumentLayout.Cell> band : t.headerNotes()) {
            DocumentLayout.Cell over = piped ? DocumentLayout.column(band, cell.column()) : spanning(band, t.header(), cell);
            String per = over == null ? null : tableWords.bandPer(layout.text(over));
            if (per != null) {
                return per;
            }
        }
        DocumentLayout.Cell own = DocumentLayout.column(t.header(), cell.column());
        return own == null ? null : tableWords.bandPer(layout.text(own));
    }

    private DocumentLayout.Cell spanning(List<DocumentLayout.Cell> band, List<DocumentLayout.Cell> header, DocumentLayout.Cell cell) {
        List<DocumentLayout.Cell> columns = header.stream().filter(h -> h.column() > 0).toList();
        int index = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).column() == cell.column()) {
                index = i;
            }
        }
        int k = band.size();
        if (index < 0 || k == 0) {
            return null;
        }
        if (k == 1) {
            return band.get(0);
        }
        List<Integer> groupOf = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int group = 0;
        for (DocumentLayout.Cell c : columns) {
            String period = periodIn(c);
            if (period != null && seen.contains(period)) {
                group++;
                seen.clear();
            }
            if (period != null) {
                seen.add(period);
            }
            groupOf.add(group);
        }
        if (group + 1 == k) {
            return band.get(groupOf.get(index));
        }
        return columns.size() % k == 0 ? band.get(index / (columns.size() / k)) : null;
    }

    /** A company named in a text cell after the label and before the cell (the label being a ticker or a rank). */
    private String companyBeside(List<DocumentLayout.Cell> row, DocumentLayout.Cell label, DocumentLayout.Cell cell) {
        for (DocumentLayout.Cell c : row) {
            if (c == cell || c.start() >= cell.start()) {
                return null;
            }
            if (c != label && c.start() > label.start()) {
                String company = companyIn(c);
                if (company != null) {
                    return company;
                }
            }
        }
        return null;
    }

    /** The row's label: its first cell with a letter in it ("公司A" after a rank "1"), unless that is the cell itself. */
    private DocumentLayout.Cell labelOf(List<DocumentLayout.Cell> row, DocumentLayout.Cell cell) {
        for (DocumentLayout.Cell c : row) {
            if (c == cell) {
                return null;
            }
            if (layout.text(c).chars().anyMatch(Character::isLetter)) {
                return c;
            }
        }
        return null;
    }

    /** A line of a table that is no row: a unit note ("（人民幣千元）") or a rule; its words are no amount. */
    boolean inNote(Amount a) {
        DocumentLayout.Line l = layout.lineAt(a.numberStart());
        return l.kind() == DocumentLayout.Kind.TABLE_RULE;
    }

    /** "Burn/Monat", "Monthly net burn", "月均消耗": the header says what time the column is counted over. */
    private String perIn(DocumentLayout.Cell c) {
        if (cues.perMonth.containsIn(text, c.start(), c.end())) {
            return "month";
        }
        if (cues.totalInHeader.containsIn(text, c.start(), c.end())) {
            return "total"; // "Raised to date", "Finanzierung gesamt": only funding takes it (FigureExtractor)
        }
        return cues.perYear.containsIn(text, c.start(), c.end()) ? "year" : null;
    }

    /**
     * A cell is quoted from its row label to its own end, so that two cells of one row never share a passage
     * ("Umsatz   18,4   21,0": the second quote reaches to 21,0); null outside a table body.
     */
    int[] quoteSpan(Amount a) {
        DocumentLayout.Table t = layout.tableAt(a.numberStart());
        List<DocumentLayout.Cell> row = t == null ? null : DocumentLayout.rowAt(t, a.numberStart());
        if (row == null) {
            return null;
        }
        DocumentLayout.Cell cell = DocumentLayout.cellAt(row, a.numberStart());
        int end = Math.max(a.end(), cell == null ? a.end() : cell.end());
        return new int[]{row.get(0).start(), end};
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
        for (PhraseSet.Hit h : MetricClassifier.outermost(cues.metrics.findIn(text, c.start(), c.end()))) {
            boolean outsideAmount = a == null || h.end() <= a.start() || h.start() >= a.end();
            if (outsideAmount && h.label() != null && !Metric.OTHER.equals(h.label()) && Metric.isPercent(h.label()) == percent) {
                return h.label();
            }
        }
        return null;
    }

    /** "2024", "FY2024", "2024年", a quarter ("Q3'25", "Q3 2025", "2025年第三季") as "2025Q3". */
    private String periodIn(DocumentLayout.Cell c) {
        String s = layout.text(c).toLowerCase(Locale.ROOT);
        Matcher q = QUARTER_FIRST.matcher(s);
        if (q.find()) {
            return fullYear(q.group(2)) + "Q" + q.group(1);
        }
        Matcher y = YEAR.matcher(s);
        if (!y.find()) {
            Matcher fiscal = SHORT_FISCAL_YEAR.matcher(s);
            return fiscal.find() ? fullYear(fiscal.group(1)) : null; // "FY25E", "CY24A"
        }
        Matcher after = QUARTER_AFTER_YEAR.matcher(s);
        if (after.region(y.end(1), s.length()).lookingAt()) {
            return y.group(1) + "Q" + quarterNumber(after.group(1));
        }
        return y.group(1);
    }

    private static String fullYear(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }

    private static int quarterNumber(String s) {
        int arabic = "1234".indexOf(s);
        return arabic >= 0 ? arabic + 1 : "一二三四".indexOf(s) + 1;
    }
}
