package app.dossier.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins hard-wrapped lines back into paragraphs. Texts that separate paragraphs by blank lines keep
 * exactly those breaks; texts without blank lines break after sentence-ending punctuation on a line that
 * is short for the text, before list items, and after headings.
 */
final class LineUnwrapper {
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^([-*•·●▪◦–]\\s|[|｜]|\\d{1,3}[.)](\\s|(?=\\p{IsHan}))|\\d{1,3}、|[（(]\\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");
    /** "AI完成了…" after "…Inflection": a Latin word glued to Chinese is mid-sentence, not a new paragraph. */
    private static final Pattern LATIN_WORD_GLUED_TO_CJK = Pattern.compile("^[A-Za-z0-9.]{1,30}[\\p{IsHan}（，、。]");
    /** "Publisher 2026-02-28 12:55": a dateline is a line of its own. */
    private static final Pattern DATELINE_END = Pattern.compile("((19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}:\\d\\d)$");
    /** "August 6, 2025, 5:00 p.m. ET", "6. August 2025", "2025年8月6日": a date standing alone on its line. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(\\p{L}{3,9}\\.?\\s\\d{1,2},?\\s(19|20)\\d\\d|\\d{1,2}\\.\\s?\\p{L}{3,9}\\s(19|20)\\d\\d"
                    + "|(19|20)\\d\\d[-/.年]\\s?\\d{1,2}[-/.月]\\s?\\d{1,2}日?)([,，\\s].{0,25})?$");
    /** "… rund 38 Mio." before "Euro": a scale or other abbreviation ends the line, not the sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}])(Mio|Mrd|Bio|Tsd|ca|bzw|Nr|vs|z\\.\\s?B|u\\.\\s?a)\\.$");
    private static final Pattern ALIGNED_CELLS = Pattern.compile("\\t|[ \\u00A0\\u3000]{2,}");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** A line ending in a Latin word with at least this width is a wrap, not a heading, before CJK or lowercase. */
    private static final int MIN_WRAPPED_WIDTH = 16;
    /** An indented line this short beside a table is one of its header lines, not a paragraph. */
    private static final int MAX_TABLE_CAPTION_WIDTH = 40;

    private LineUnwrapper() {
    }

    /**
     * @param blankLineParagraphs whether the original text separates paragraphs by blank lines (see
     *                            {@link #separatesByBlankLines(String)}); judged before markup removal left gaps
     */
    static List<String> paragraphs(String text, boolean blankLineParagraphs) {
        String[] lines = text.split("\n", -1);
        boolean[] tableRows = alignedTableRows(lines);
        boolean[] keyValues = keyValueRuns(lines);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = needsSpaceNormalising(lines[i]) && !tableRows[i] ? SPACES.matcher(lines[i]).replaceAll(" ").strip() : lines[i].strip();
        }
        int wrapWidth = typicalLongLineWidth(lines);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                flush(current, out);
                previous = null;
                continue;
            }
            boolean tableEdge = tableRows[i] || (i > 0 && tableRows[i - 1]) || keyValues[i] || (i > 0 && keyValues[i - 1]);
            if (previous != null && (tableEdge || !continues(previous, line, blankLineParagraphs, wrapWidth))) {
                flush(current, out);
            }
            LineJoiner.appendTo(current, line);
            previous = line;
        }
        flush(current, out);
        return out;
    }

    private static boolean continues(String previous, String next, boolean blankLineParagraphs, int wrapWidth) {
        if (LIST_ITEM.matcher(next).find()) {
            return false;
        }
        if ((Scripts.endsSentence(previous) && !ABBREVIATION_END.matcher(previous).find()) || endsWithDateline(previous)) {
            return false;
        }
        if (next.length() <= 45 && Character.isLetterOrDigit(next.charAt(0)) && DATE_LINE.matcher(next).matches()) {
            return false; // a dateline under a headline is a line of its own
        }
        int last = Scripts.lastCodePoint(previous);
        if (Scripts.continuesSentence(last) || last == '-' || hasOpenQuote(previous)) {
            return true;
        }
        if (blankLineParagraphs) {
            return true;
        }
        int width = Scripts.width(previous);
        if (width >= wrapWidth * 0.6) {
            return true;
        }
        if (Scripts.isLatinOrDigit(last) && LATIN_WORD_GLUED_TO_CJK.matcher(next).find()) {
            return true;
        }
        int first = Scripts.firstCodePoint(next);
        return Scripts.isLatinOrDigit(last) && width >= MIN_WRAPPED_WIDTH
                && (Scripts.isCjk(first) || Character.isLowerCase(first) || Character.isDigit(first));
    }

    /**
     * Rows of a fixed-width table (three or more cells apart by runs of spaces, on two or more lines in a
     * row) stay lines of their own with their spacing, so the figures reader sees the columns.
     */
    private static boolean[] alignedTableRows(String[] lines) {
        boolean[] aligned = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            aligned[i] = ALIGNED_CELLS.split(lines[i].strip()).length >= 3;
        }
        boolean[] rows = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            rows[i] = drawnTableLine(lines[i].strip())
                    || aligned[i] && ((i > 0 && aligned[i - 1]) || (i + 1 < lines.length && aligned[i + 1]));
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < lines.length; i++) {
                boolean besideRow = (i > 0 && rows[i - 1]) || (i + 1 < lines.length && rows[i + 1]);
                if (!rows[i] && besideRow && belongsToTable(lines[i])) {
                    rows[i] = true;
                    grew = true;
                }
            }
        }
        return rows;
    }

    /**
     * "MRR:        215 T€", "Monthly burn — $0.8M", "Runway: 13 months": two or more such lines in a row are a block
     * of key figures, each a line of its own; joined, every value would run into the next line's label.
     */
    private static boolean[] keyValueRuns(String[] lines) {
        boolean[] kv = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            kv[i] = Scripts.width(s) <= MAX_KEY_VALUE_WIDTH && isKeyValue(s);
        }
        boolean[] runs = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            runs[i] = kv[i] && ((i > 0 && kv[i - 1]) || (i + 1 < lines.length && kv[i + 1]));
        }
        return runs;
    }

    private static final int MAX_KEY_VALUE_WIDTH = 90;
    private static final int MAX_KEY = 40;
    private static final int MAX_VALUE = 40;

    /** A label with a letter, a colon or a spaced dash not after a digit (a time's "14:00" is none), a value with a digit. */
    private static boolean isKeyValue(String s) {
        for (int i = 1; i < s.length() && i <= MAX_KEY; i++) {
            char c = s.charAt(i);
            boolean dash = (c == '—' || c == '–') && s.charAt(i - 1) == ' ';
            if (c == ':' || c == '：' || dash) {
                String label = s.substring(0, i);
                String value = s.substring(i + 1);
                // a short value: "Bewertung: 12 Mrd. €. Damit hat das …" is a sentence wrapped onto the next line
                return !Character.isDigit(s.charAt(i - 1)) && label.codePoints().anyMatch(Character::isLetter)
                        && value.chars().anyMatch(Character::isDigit) && !value.isBlank() && value.strip().length() <= MAX_VALUE;
            }
        }
        return false;
    }

    /**
     * A row framed by bars ("│ 营业收入 │ 4,820 │", "| Revenue | 70 |") or a rule drawn around rows ("+----+----+",
     * "┌────┬────┐"): a line of a drawn table, never joined to the caption above it or the note below it.
     */
    static boolean drawnTableLine(String s) {
        if (s.length() < 3) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (DRAWN_BARS.indexOf(first) >= 0 && DRAWN_BARS.indexOf(last) >= 0) {
            return true;
        }
        return DRAWN_RULE.matcher(s).matches();
    }

    private static final String DRAWN_BARS = "|│┃║";
    private static final Pattern DRAWN_RULE = Pattern.compile("[-=+:|\\s\\u2500-\\u257F]*[-=+\\u2500-\\u257F]{3,}[-=+:|\\s\\u2500-\\u257F]*");

    /**
     * A line touching a table is part of it when it has columns of its own (a header of years over the
     * number columns, its stub left empty) or is indented like one ("（人民幣千元）" set over the columns).
     */
    private static boolean belongsToTable(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        boolean indented = line.startsWith("  ") || line.startsWith("\t") || line.startsWith("\u3000");
        return ALIGNED_CELLS.split(s).length >= 2 || indented && Scripts.width(s) <= MAX_TABLE_CAPTION_WIDTH;
    }

    private static boolean endsWithDateline(String line) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(line.length() - 1))) {
            return false;
        }
        return DATELINE_END.matcher(line).region(Math.max(0, line.length() - 12), line.length()).find();
    }

    private static boolean needsSpaceNormalising(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                    || (c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A line that opens a Chinese quotation without closing it cannot end the paragraph. */
    private static boolean hasOpenQuote(String line) {
        int open = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '“' || c == '「' || c == '『') {
                open++;
            } else if ((c == '”' || c == '」' || c == '』') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** Blank lines are the paragraph separator when they sit between a good share of the lines. */
    static boolean separatesByBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int nonBlank = 0;
        int gaps = 0;
        boolean seenText = false;
        boolean pendingGap = false;
        for (String l : lines) {
            if (l.isBlank()) {
                pendingGap = seenText;
            } else {
                nonBlank++;
                if (pendingGap) {
                    gaps++;
                }
                pendingGap = false;
                seenText = true;
            }
        }
        return nonBlank > 1 && gaps >= (nonBlank - 1) * 0.3;
    }

    /** The width lines reach when the text is hard-wrapped (80th percentile of line widths). */
    private static int typicalLongLineWidth(String[] lines) {
        int[] widths = Arrays.stream(lines).filter(l -> !l.isEmpty()).mapToInt(Scripts::width).sorted().toArray();
        if (widths.length == 0) {
            return 0;
        }
        return widths[Math.min(widths.length - 1, (int) (widths.length * 0.8))];
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }
}
