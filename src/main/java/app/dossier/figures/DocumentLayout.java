package app.dossier.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document read as blocks before its sentences: the title, headings, list items, key–value lines
 * ("ARR: $9M", "毛利率 48%") and tables (Markdown pipes or columns aligned with spaces), each line with
 * its kind. Later steps ask the layout what a position belongs to: its section heading, its table cell.
 */
final class DocumentLayout {
    enum Kind { BLANK, TITLE, HEADING, PARAGRAPH, LIST_ITEM, KEY_VALUE, TABLE_ROW, TABLE_RULE }

    record Line(int start, int end, Kind kind) {
        boolean structural() {
            return kind != Kind.PARAGRAPH && kind != Kind.BLANK;
        }
    }

    /** One cell of a table row, [start, end) trimmed; column counted from 0. */
    record Cell(int start, int end, int column) {
    }

    /**
     * A table: its header cells, its body rows, and the other rows of its header band (a "Year ended" line
     * over the years, a "(in thousands)" unit row) that are neither header nor body.
     */
    record Table(int start, int end, List<Cell> header, List<List<Cell>> rows, List<List<Cell>> headerNotes) {
    }

    // compiled once: every line of every report is classified (String.matches compiled them per line)
    private static final java.util.regex.Pattern RULE_CHARS = java.util.regex.Pattern.compile("[|:\\-\\s+=\u2500-\u257F]");
    /** The vertical bars a table's cells are set between: ASCII and box-drawing ("│ 营业收入 │ 4,820 │"). */
    private static final String BARS = "|│┃║┆┇┊┋╎╏";
    /** A line opening with a bold run ("**X**", "__X__", "【X】"), perhaps followed by a short remark. */
    private static final java.util.regex.Pattern BOLD_LEAD_IN = java.util.regex.Pattern.compile("^(?:\\*\\*[^*]{1,60}\\*\\*|__[^_]{1,60}__|【[^】]{1,40}】)[^.!?。！？:：]{0,70}$");
    private final java.util.Set<Integer> leadIns = new java.util.HashSet<>();
    private static final java.util.regex.Pattern TWO_DIGITS = java.util.regex.Pattern.compile(".*\\d.*\\d.*");
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("^(?:[-*•·▪◦–]|\\d{1,2}[.)])\\s+");
    private static final java.util.regex.Pattern LIST_ITEM_LINE = java.util.regex.Pattern.compile("^(?:[-*•·▪◦–]|\\d{1,2}[.)])\\s+.*");
    private static final java.util.regex.Pattern HAN_LABEL_VALUE =
            java.util.regex.Pattern.compile("^[\\p{IsHan}A-Za-z（）()]{2,12}\\s+[^\\s]*\\d[^\\s]*$");

    /** A cell that holds a value: a digit, few letters (a unit, a currency), no year or quarter. */
    private static final java.util.regex.Pattern PERIOD_IN_CELL = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,]\\d)|(?<![\\p{L}])(?:q[1-4]|h[12]|fy)(?![\\p{L}])");
    private static final int MAX_VALUE_LETTERS = 4;
    /** Rows a header band may hold above the first row of values. */
    private static final int MAX_HEADER_BAND = 4;

    /** "MERIDIAN VECTOR LTD.", "… TECHNOLOGY CO., LTD.": a name ending in a legal form's dot is no sentence. */
    private static final java.util.regex.Pattern LEGAL_FORM_END = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(ltd|inc|co|corp|plc|s\\.a|n\\.v|b\\.v)\\.$");
    private static final int MAX_HEADING = 90;
    private static final int MAX_KEY = 40;
    /** Unit notes ("（人民幣千元）") that may stand between a table's header and its first row. */
    private static final int MAX_NOTES = 2;

    private final String text;
    private final List<Line> lines = new ArrayList<>();
    private final int[] lineStarts;
    private final List<Table> tables = new ArrayList<>();

    DocumentLayout(String text) {
        this.text = text;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new Line(pos, end, Kind.PARAGRAPH));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        lineStarts = lines.stream().mapToInt(Line::start).toArray();
        classify();
    }

    int length() {
        return text.length();
    }

    List<Line> lines() {
        return lines;
    }

    List<Table> tables() {
        return tables;
    }

    Line lineAt(int pos) {
        int idx = Arrays.binarySearch(lineStarts, pos);
        return lines.get(idx >= 0 ? idx : Math.max(0, -idx - 2));
    }

    /** The nearest heading (or the title) above pos, or null. */
    Line headingAbove(int pos) {
        int idx = lines.indexOf(lineAt(pos));
        boolean listOnly = true;
        for (int i = idx - 1; i >= 0; i--) {
            Kind k = lines.get(i).kind();
            if ((k == Kind.HEADING || k == Kind.TITLE) && (!leadIns.contains(i) || listOnly)) {
                return lines.get(i);
            }
            listOnly &= k == Kind.LIST_ITEM || k == Kind.KEY_VALUE;
        }
        return null;
    }

    /**
     * "**Tessellate AI Inc.** (support agents)" right above a list: a bold lead-in heads the list beneath it, and
     * only that list; the prose after the list is no longer under it.
     */
    private void markBoldLeadIns() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            String s = text(l).strip();
            Kind next = lines.get(i + 1).kind();
            boolean blankBefore = i == 0 || lines.get(i - 1).kind() == Kind.BLANK;
            if (l.kind() == Kind.PARAGRAPH && blankBefore && (next == Kind.LIST_ITEM || next == Kind.KEY_VALUE)
                    && s.length() <= MAX_HEADING && BOLD_LEAD_IN.matcher(s).matches() && !endsLikeSentence(s)) {
                lines.set(i, new Line(l.start(), l.end(), Kind.HEADING));
                leadIns.add(i);
            }
        }
    }

    Line title() {
        for (Line l : lines) {
            if (l.kind() == Kind.TITLE) {
                return l;
            }
        }
        return null;
    }

    /** The table holding pos, or null. */
    Table tableAt(int pos) {
        for (Table t : tables) {
            if (pos >= t.start() && pos < t.end()) {
                return t;
            }
        }
        return null;
    }

    static Cell cellAt(List<Cell> row, int pos) {
        for (Cell c : row) {
            if (pos >= c.start() && pos <= c.end()) {
                return c;
            }
        }
        return null;
    }

    static List<Cell> rowAt(Table t, int pos) {
        for (List<Cell> row : t.rows()) {
            if (!row.isEmpty() && pos >= row.get(0).start() && pos <= row.get(row.size() - 1).end()) {
                return row;
            }
        }
        return null;
    }

    static Cell column(List<Cell> row, int column) {
        for (Cell c : row) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    String text(Cell c) {
        return text.substring(c.start(), c.end());
    }

    String text(Line l) {
        return text.substring(l.start(), l.end());
    }

    // ---- classification ----

    private void classify() {
        boolean titleSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String s = text.substring(l.start(), l.end()).strip();
            Kind k;
            if (s.isEmpty()) {
                k = Kind.BLANK;
            } else if (isPipeRow(s)) {
                k = RULE_CHARS.matcher(s).replaceAll("").isEmpty() ? Kind.TABLE_RULE : Kind.TABLE_ROW;
            } else if (!titleSeen && !endsLikeSentence(s)) {
                k = Kind.TITLE; // a first line ending like a sentence is the lead, not a title
            } else if (s.startsWith("#") || isStandaloneHeading(i, s)) {
                k = Kind.HEADING;
            } else if (isListItem(s)) {
                k = isKeyValue(stripListMarker(s)) ? Kind.KEY_VALUE : Kind.LIST_ITEM;
            } else if (isKeyValue(s)) {
                k = Kind.KEY_VALUE;
            } else {
                k = Kind.PARAGRAPH;
            }
            titleSeen |= k != Kind.BLANK;
            lines.set(i, new Line(l.start(), l.end(), k));
        }
        markBoldLeadIns();
        markBarePipeTables();
        markRulesAroundPipeRows();
        markAlignedTables();
        collectTables();
    }

    private static boolean endsLikeSentence(String s) {
        return ".。!！?？".indexOf(s.charAt(s.length() - 1)) >= 0 && !LEGAL_FORM_END.matcher(s).find();
    }

    private static boolean isPipeRow(String s) {
        return !s.isEmpty() && isBar(s.charAt(0)) && bars(s) >= 2;
    }

    static boolean isBar(char c) {
        return BARS.indexOf(c) >= 0;
    }

    private static long bars(String s) {
        return s.chars().filter(c -> isBar((char) c)).count();
    }

    /** "+-----+-----+", "├────┼────┤", "=====": a line of rule characters only, drawn around a table's rows. */
    private static boolean isRuleLine(String s) {
        return s.length() >= 3 && RULE_CHARS.matcher(s).replaceAll("").isEmpty()
                && s.chars().anyMatch(c -> c == '-' || c == '=' || c == '+' || (c >= 0x2500 && c <= 0x257F));
    }

    /** A short line standing alone between blank lines, not ending like a sentence: "Bewertungen", "Market share". */
    private boolean isStandaloneHeading(int i, String s) {
        boolean blankBefore = i == 0 || text.substring(lines.get(i - 1).start(), lines.get(i - 1).end()).isBlank();
        boolean blankAfter = i + 1 >= lines.size() || text.substring(lines.get(i + 1).start(), lines.get(i + 1).end()).isBlank();
        char last = s.charAt(s.length() - 1);
        return blankBefore && blankAfter && s.length() <= MAX_HEADING && ".。!！?？;；,，".indexOf(last) < 0
                && !TWO_DIGITS.matcher(s).matches();
    }

    static boolean isListItem(String s) {
        return LIST_ITEM_LINE.matcher(s).matches();
    }

    static String stripListMarker(String s) {
        return LIST_MARKER.matcher(s).replaceFirst("");
    }

    /** "ARR: $9M", "Monthly burn — $0.8M", "Runway: 20 months", "毛利率 48%": a label, a separator, a value with a digit. */
    static boolean isKeyValue(String s) {
        if (s.length() > 120) {
            return false;
        }
        int sep = separatorIndex(s);
        if (sep > 0 && sep <= MAX_KEY) {
            String value = s.substring(sep + 1);
            return value.chars().anyMatch(Character::isDigit) && value.strip().length() <= 60;
        }
        // "毛利率 48%": a short Han label, a space, a number
        return HAN_LABEL_VALUE.matcher(s).matches();
    }

    private static int separatorIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '：' || ((c == '—' || c == '–') && i > 0 && s.charAt(i - 1) == ' ')) {
                return i;
            }
            if (Character.isDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Jahr | Umsatz | Verlust" over "2023 | 2,9 | 11,7": two or more lines in a row with the same number of
     * bars inside them and short cells, one with a number beside its label, form a table without outer bars.
     * A single line with bars (a forum's "hide | past | favorite") stays text.
     */
    private void markBarePipeTables() {
        int i = 0;
        while (i < lines.size()) {
            long width = bareBars(i);
            if (width == 0) {
                i++;
                continue;
            }
            int j = i;
            boolean values = false;
            List<Integer> run = new ArrayList<>();
            while (j < lines.size() && (bareBars(j) == width || lines.get(j).kind() == Kind.BLANK && j + 1 < lines.size() && bareBars(j + 1) == width)) {
                if (lines.get(j).kind() != Kind.BLANK) {
                    run.add(j);
                    values |= holdsValueBesideLabel(pipeCells(lines.get(j)));
                }
                j++;
            }
            if (run.size() >= 2 && values) {
                for (int k : run) {
                    Line r = lines.get(k);
                    String s = text(r).strip();
                    lines.set(k, new Line(r.start(), r.end(), RULE_CHARS.matcher(s).replaceAll("").isEmpty() ? Kind.TABLE_RULE : Kind.TABLE_ROW));
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** The bars inside a line that does not open with one and holds only short cells; 0 when it is no such row. */
    private long bareBars(int i) {
        Line l = lines.get(i);
        if (l.kind() == Kind.BLANK || l.kind() == Kind.TABLE_ROW || l.kind() == Kind.TABLE_RULE) {
            return 0;
        }
        String s = text(l).strip();
        long n = bars(s);
        if (n == 0 || isBar(s.charAt(0)) || isBar(s.charAt(s.length() - 1)) && n == 1) {
            return 0;
        }
        for (Cell c : pipeCells(l)) {
            if (c.end() - c.start() > MAX_KEY) {
                return 0;
            }
        }
        return n;
    }

    private boolean holdsValueBesideLabel(List<Cell> row) {
        return row.stream().anyMatch(c -> c.column() > 0 && holdsValue(text.substring(c.start(), c.end())));
    }

    /** "+----+----+", "┌────┬────┐": rules drawn above, between and below pipe rows belong to their table. */
    private void markRulesAroundPipeRows() {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (inTable(l.kind()) || !isRuleLine(text(l).strip())) {
                continue;
            }
            if (pipeRowNear(i, -1) || pipeRowNear(i, 1)) {
                lines.set(i, new Line(l.start(), l.end(), Kind.TABLE_RULE));
            }
        }
    }

    private boolean pipeRowNear(int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            Line l = lines.get(j);
            if (l.kind() == Kind.BLANK) {
                continue;
            }
            return l.kind() == Kind.TABLE_ROW && bars(text(l)) > 0 || l.kind() == Kind.TABLE_RULE && isRuleLine(text(l).strip());
        }
        return false;
    }

    /**
     * Two or more lines in a row (blank lines between allowed, as importers leave them) of three or more
     * cells separated by runs of two spaces (or tabs) form a table.
     */
    private void markAlignedTables() {
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            Line l = i < lines.size() ? lines.get(i) : null;
            if (l != null && l.kind() == Kind.BLANK) {
                continue;
            }
            boolean aligned = l != null && l.kind() != Kind.TABLE_ROW && l.kind() != Kind.TABLE_RULE
                    && alignedCells(l).size() >= 3;
            if (aligned) {
                run.add(i);
                continue;
            }
            if (l != null && !run.isEmpty() && isTableNote(l) && nextAligned(i + 1)) {
                lines.set(i, new Line(l.start(), l.end(), Kind.TABLE_RULE)); // "（人民幣千元）" between header and body
                continue;
            }
            if (run.size() >= 2) {
                markHeaderAbove(run.get(0));
                for (int k : run) {
                    Line r = lines.get(k);
                    lines.set(k, new Line(r.start(), r.end(), Kind.TABLE_ROW));
                }
            }
            run.clear();
        }
    }

    /** "                Q3'25      Q3'24": a header of two columns over the numbers, its stub left empty. */
    private void markHeaderAbove(int firstRow) {
        int j = firstRow - 1;
        int notes = 0;
        while (j >= 0) {
            Kind k = lines.get(j).kind();
            boolean note = k != Kind.BLANK && k != Kind.TABLE_RULE && notes < MAX_NOTES && isTableNote(lines.get(j));
            if (k != Kind.BLANK && k != Kind.TABLE_RULE && !note) {
                break;
            }
            notes += note ? 1 : 0;
            j--;
        }
        if (j >= 0 && lines.get(j).kind() != Kind.TABLE_ROW && alignedCells(lines.get(j)).size() == 2
                && text(lines.get(j)).length() <= MAX_HEADING) {
            Line h = lines.get(j);
            lines.set(j, new Line(h.start(), h.end(), Kind.TABLE_ROW));
            for (int k = j + 1; k < firstRow; k++) {
                if (lines.get(k).kind() != Kind.BLANK) {
                    lines.set(k, new Line(lines.get(k).start(), lines.get(k).end(), Kind.TABLE_RULE));
                }
            }
        }
    }

    /** A short line of one cell, not a sentence: a unit or a rule set between the rows of a table. */
    private boolean isTableNote(Line l) {
        String s = text(l).strip();
        return !s.isEmpty() && s.length() <= MAX_KEY && !endsLikeSentence(s) && alignedCells(l).size() <= 1;
    }

    private boolean nextAligned(int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).kind() == Kind.BLANK) {
            j++;
        }
        return j < lines.size() && alignedCells(lines.get(j)).size() >= 3;
    }

    private List<Cell> alignedCells(Line l) {
        List<Cell> cells = new ArrayList<>();
        String s = text.substring(l.start(), l.end());
        int i = 0;
        int column = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int start = i;
            while (i < s.length() && !(s.charAt(i) == '\t' || (Character.isWhitespace(s.charAt(i))
                    && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
                i++;
            }
            int end = i;
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            cells.add(new Cell(l.start() + start, l.start() + end, column++));
        }
        return withSignsJoined(cells);
    }

    private static final java.util.regex.Pattern LONE_SIGN = java.util.regex.Pattern.compile("(?:US|NT|HK|A|C|S)?[$€£¥]");

    /**
     * "Revenue      $   301,442   $   176,905": a financial statement sets its currency sign apart from the
     * number; the sign and the number are one cell, else every column after it would shift.
     */
    private List<Cell> withSignsJoined(List<Cell> cells) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (i + 1 < cells.size() && LONE_SIGN.matcher(text.substring(c.start(), c.end())).matches()) {
                c = new Cell(c.start(), cells.get(++i).end(), 0);
            }
            out.add(new Cell(c.start(), c.end(), out.size()));
        }
        return out;
    }

    /** The cells between the bars of a row; a row without outer bars ("2023 | 4,1 | 27,3") starts its first cell at the margin. */
    private List<Cell> pipeCells(Line l) {
        List<Cell> cells = new ArrayList<>();
        String s = text.substring(l.start(), l.end());
        int lead = 0;
        while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
            lead++;
        }
        boolean outerBar = lead < s.length() && isBar(s.charAt(lead));
        int column = 0;
        int from = outerBar ? lead + 1 : lead;
        while (from < s.length()) {
            int bar = nextBar(s, from);
            int to = bar < 0 ? s.length() : bar;
            int a = from;
            int b = to;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (bar >= 0 || a < b) {
                cells.add(new Cell(l.start() + a, l.start() + b, column++));
            }
            if (bar < 0) {
                break;
            }
            from = bar + 1;
        }
        return cells;
    }

    private static int nextBar(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isBar(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row with fewer cells than the table is wide lost its empty cells to the spacing: a header over
     * the number columns leaves the stub empty (all its cells sit right), a body row keeps its label in
     * the first column and its numbers in the last ones.
     */
    private static List<List<Cell>> alignRight(List<List<Cell>> rows, int headerRows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            int missing = width - row.size();
            if (missing <= 0 || row.isEmpty()) {
                out.add(row);
                continue;
            }
            boolean header = r < headerRows; // "Three Months Ended" over "Sep 27, 2025  Sep 28, 2024": all over the numbers
            List<Cell> shifted = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                int column = header || c > 0 ? cell.column() + missing : 0;
                shifted.add(new Cell(cell.start(), cell.end(), column));
            }
            out.add(shifted);
        }
        return out;
    }

    private static boolean inTable(Kind k) {
        return k == Kind.TABLE_ROW || k == Kind.TABLE_RULE;
    }

    private boolean nextInTable(int i) {
        int j = i;
        while (j < lines.size() && lines.get(j).kind() == Kind.BLANK) {
            j++;
        }
        return j < lines.size() && inTable(lines.get(j).kind());
    }

    private void collectTables() {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != Kind.TABLE_ROW) {
                i++;
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            int first = i;
            int start = lines.get(i).start();
            int end = start;
            while (i < lines.size() && (inTable(lines.get(i).kind()) || lines.get(i).kind() == Kind.BLANK && nextInTable(i))) {
                Line l = lines.get(i);
                if (l.kind() == Kind.TABLE_ROW) {
                    String s = text.substring(l.start(), l.end()).strip();
                    rows.add(bars(s) > 0 ? pipeCells(l) : alignedCells(l));
                }
                end = l.end();
                i++;
            }
            if (!rows.isEmpty()) {
                boolean pipes = bars(text(lines.get(first))) > 0;
                rows = pipes ? rows : alignRight(rows, Math.max(1, headerBand(rows)));
                int band = headerBand(rows);
                int header = band <= 1 ? 0 : headerOfBand(rows.subList(0, band));
                List<List<Cell>> notes = new ArrayList<>(rows.subList(0, Math.max(band, 1)));
                notes.remove(header);
                tables.add(new Table(start, end + 1, rows.get(header), rows.subList(Math.max(band, 1), rows.size()), notes));
            }
        }
    }

    /** How many rows stand above the first row with a value beside its label (0 or 1: the first row is the header). */
    private int headerBand(List<List<Cell>> rows) {
        for (int r = 0; r < rows.size() && r <= MAX_HEADER_BAND; r++) {
            for (Cell c : rows.get(r)) {
                if (c.column() > 0 && holdsValue(text.substring(c.start(), c.end()))) {
                    return r;
                }
            }
        }
        return 1;
    }

    /** The band's row that names the periods of the columns (the most years), else its last row. */
    private int headerOfBand(List<List<Cell>> band) {
        int best = band.size() - 1;
        int bestPeriods = 0;
        for (int r = 0; r < band.size(); r++) {
            int periods = (int) band.get(r).stream()
                    .filter(c -> PERIOD_IN_CELL.matcher(text.substring(c.start(), c.end())).find()).count();
            if (periods > bestPeriods) {
                best = r;
                bestPeriods = periods;
            }
        }
        return best;
    }

    private static boolean holdsValue(String cell) {
        return cell.chars().anyMatch(Character::isDigit) && !PERIOD_IN_CELL.matcher(cell).find()
                && cell.chars().filter(Character::isLetter).count() <= MAX_VALUE_LETTERS;
    }
}
