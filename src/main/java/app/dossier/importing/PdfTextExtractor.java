package app.dossier.importing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a PDF in reading order and rebuilds its paragraphs from the vertical gaps between
 * lines; drops what the printer put on every page (headers, footers, page numbers, URLs, print dates).
 * The largest print near the top of the first page is the title.
 */
final class PdfTextExtractor {
    /** @param letterhead the running header of the first page (firm, desk, date), gone from the text; or null */
    record PdfText(String text, String title, String letterhead) {
    }

    /** A visual line: its text, page, baseline and font height. */
    record Line(String text, int page, float y, float height) {
    }

    /** A gap this much larger than a soft line step separates paragraphs (or source lines). */
    private static final double PARAGRAPH_GAP_FACTOR = 1.3;
    private static final double TITLE_FONT_FACTOR = 1.3;
    /** Heights within this ratio are one font size (extraction jitters by a few percent). */
    private static final double SAME_FONT = 0.88;
    private static final int HEADLINE_LOOK_AHEAD = 8;
    /** How many spaces wide a gap must be to separate table columns rather than words. */
    private static final float COLUMN_GAP_SPACES = 2.5f;
    /** What a column gap becomes in the text: a run of spaces, as fixed-width tables are written. */
    private static final String COLUMN_GAP = "   ";

    /** What PDFBox may keep in memory; beyond it, its buffers go to a scratch file (bounded by the budget). */
    private static final long PDFBOX_MEMORY = 16L << 20;
    /** The deadline is looked at every so many content operators (reading the clock costs). */
    private static final int OPERATORS_PER_CLOCK_CHECK = 4096;

    private final ReadingBudget budget;

    PdfTextExtractor(ReadingBudget budget) {
        this.budget = budget;
    }

    PdfText extract(byte[] bytes) throws UnreadableFileException {
        List<Line> lines;
        long deadline = budget.deadlineFromNow();
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(PDFBOX_MEMORY, budget.maxDecodedBytes());
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnreadableFileException("the PDF has no pages");
            }
            new DecodedSizeCheck(budget, deadline).verify(doc.getDocument());
            lines = readLines(doc, budget, deadline);
        } catch (ReadingBudget.Exceeded e) {
            throw new UnreadableFileException("the PDF was not read: " + e.getMessage(), e);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("the PDF is password-protected; remove the password and import it again", e);
        } catch (IOException e) {
            throw new UnreadableFileException("looks like a PDF but is damaged or incomplete (" + shortReason(e) + ")", e);
        } catch (RuntimeException e) {
            throw new UnreadableFileException("looks like a PDF but cannot be read (" + shortReason(e) + ")", e);
        }
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new UnreadableFileException("the PDF contains no text (scanned pages would need text recognition first)");
        }
        int pages = lines.get(lines.size() - 1).page();
        String letterhead = PageFurniture.letterhead(lines);
        lines = PageFurniture.remove(lines);
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            // text was there, but every line recurs page after page, as headers and footers do
            throw new UnreadableFileException("its " + pages + " pages repeat the same text; nothing is left once "
                    + "what recurs on every page (headers, footers) is set aside");
        }
        PdfText assembled = assemble(lines);
        return new PdfText(assembled.text(), assembled.title(), letterhead);
    }

    private static String shortReason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private static List<Line> readLines(PDDocument doc, ReadingBudget budget, long deadline) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder current = new StringBuilder();
            private float y = -1;
            private float height;
            private int operators;
            private int pageCharacters;
            private int characters;

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if (++operators % OPERATORS_PER_CLOCK_CHECK == 0) {
                    ReadingBudget.checkDeadline(deadline, budget.timeLimit());
                }
                super.processOperator(operator, operands);
            }

            @Override
            public void processPage(PDPage page) throws IOException {
                pageCharacters = 0;
                super.processPage(page);
            }

            /** Every character costs an object until its page is written out: count them as they come. */
            @Override
            protected void processTextPosition(TextPosition text) {
                if (++pageCharacters > budget.maxPageCharacters()) {
                    throw new ReadingBudget.Exceeded("page " + getCurrentPageNo() + " holds more than "
                            + budget.maxPageCharacters() + " characters of text, the limit for one page");
                }
                if (++characters > budget.maxCharacters()) {
                    throw new ReadingBudget.Exceeded("it holds more than " + budget.maxCharacters()
                            + " characters of text, the limit for one file");
                }
                super.processTextPosition(text);
            }

            /** Where the last word of the current line ended, to tell a space between words from a column gap. */
            private float lastEnd = -1;

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (current.length() == 0 && !positions.isEmpty()) {
                    y = positions.get(0).getYDirAdj();
                    height = positions.get(0).getHeightDir();
                }
                if (!positions.isEmpty() && lastEnd >= 0 && current.length() > 0
                        && isColumnGap(positions.get(0).getXDirAdj() - lastEnd, positions.get(0))) {
                    // a gap of several spaces between cells of a table row: kept as a run of spaces, so the
                    // row reads as aligned columns ("Umsatz 2024   18,4   21,0")
                    current.setLength(current.length() - (current.charAt(current.length() - 1) == ' ' ? 1 : 0));
                    current.append(COLUMN_GAP);
                }
                for (TextPosition p : positions) {
                    height = Math.max(height, p.getHeightDir());
                }
                if (!positions.isEmpty()) {
                    TextPosition last = positions.get(positions.size() - 1);
                    lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
                }
                current.append(text);
            }

            @Override
            protected void writeWordSeparator() {
                current.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                if (current.length() > 0) {
                    lines.add(new Line(current.toString().strip(), getCurrentPageNo(), y, height));
                }
                current.setLength(0);
                lastEnd = -1;
            }

            @Override
            protected void writePageEnd() {
                writeLineSeparator();
            }
        };
        stripper.setSortByPosition(true);
        stripper.writeText(doc, new StringWriter());
        lines.removeIf(l -> l.text().isEmpty());
        return lines;
    }

    /** Joins soft-wrapped visual lines; a larger gap or a change of font size starts a new line of the output. */
    private static PdfText assemble(List<Line> lines) {
        double softStep = softLineStep(lines);
        float bodyHeight = medianHeight(lines);
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (previous != null && startsNewBlock(previous, line, softStep)) {
                out.append(current).append('\n');
                current.setLength(0);
            }
            LineJoiner.appendTo(current, line.text());
            previous = line;
        }
        out.append(current).append('\n');
        return new PdfText(out.toString(), headline(lines, bodyHeight), null);
    }

    /**
     * The headline: the lines in the largest print near the top of the first page, when that print is
     * clearly larger than the body's. A section heading lower down, or a running header above, is not it.
     */
    private static String headline(List<Line> lines, float bodyHeight) {
        int top = 0;
        while (top < lines.size() && lines.get(top).page() == 1 && top < HEADLINE_LOOK_AHEAD) {
            top++;
        }
        float largest = 0;
        for (int i = 0; i < top; i++) {
            largest = Math.max(largest, lines.get(i).height());
        }
        if (largest < bodyHeight * TITLE_FONT_FACTOR) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < top; i++) {
            if (lines.get(i).height() >= largest * SAME_FONT) {
                LineJoiner.appendTo(title, lines.get(i).text());
            } else if (!title.isEmpty()) {
                break;
            }
        }
        String t = title.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** A gap wider than a few spaces of the font: between the columns of a table, not between words. */
    private static boolean isColumnGap(float gap, TextPosition next) {
        float space = next.getWidthOfSpace() > 0 ? next.getWidthOfSpace() : next.getWidthDirAdj();
        return gap > COLUMN_GAP_SPACES * Math.max(space, 0.2f * next.getHeightDir());
    }

    /** A table row (three cells or more): a line of its own, never joined to the text around it. */
    static boolean isTableRow(String line) {
        return line.split(COLUMN_GAP, -1).length >= 3;
    }

    private static boolean startsNewBlock(Line previous, Line line, double softStep) {
        if (isTableRow(previous.text()) || isTableRow(line.text())) {
            return true;
        }
        if (EdgeChrome.isField(previous.text()) && EdgeChrome.isField(line.text())) {
            return true; // "Prepared by: …" over "Distribution: …": a list of properties, each a line
        }
        if (line.page() != previous.page()) {
            // a sentence running over the page break continues; a finished one may end its paragraph
            return Scripts.endsSentence(previous.text());
        }
        float larger = Math.max(line.height(), previous.height());
        if (Math.min(line.height(), previous.height()) < larger * SAME_FONT) {
            return true; // a heading set above its paragraph in larger print is a paragraph of its own
        }
        double step = (line.y() - previous.y()) / Math.max(1f, larger);
        return step < 0 || step > softStep * PARAGRAPH_GAP_FACTOR;
    }

    /** The usual distance between wrapped lines, in font heights (a low percentile: most gaps are soft). */
    private static double softLineStep(List<Line> lines) {
        List<Double> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            if (a.page() == b.page() && b.y() > a.y()) {
                steps.add((b.y() - a.y()) / (double) Math.max(1f, Math.max(a.height(), b.height())));
            }
        }
        if (steps.isEmpty()) {
            return Double.MAX_VALUE;
        }
        steps.sort(Double::compare);
        // a short page of one- and two-line paragraphs has more paragraph gaps than wrapped lines: its tightest
        // step between lines of a line's height or more is the wrapped line's, and caps the percentile
        double tightest = steps.stream().filter(x -> x >= 1.0).findFirst().orElse(Double.MAX_VALUE);
        return Math.min(steps.get(steps.size() / 5), tightest * TIGHTEST_STEP_SLACK);
    }

    /** How much looser than the tightest step a wrapped line may still be (leading varies a little). */
    private static final double TIGHTEST_STEP_SLACK = 1.25;

    static float medianHeight(List<Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        float[] h = new float[lines.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = lines.get(i).height();
        }
        java.util.Arrays.sort(h);
        return h[h.length / 2];
    }

}
