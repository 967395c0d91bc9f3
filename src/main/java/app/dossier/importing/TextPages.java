package app.dossier.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page furniture of a plain-text document that was printed or exported with pages: pages separated by
 * form feeds, or marked by a running line that carries the page number ("Acme Research | Note   Page 2").
 * As for PDFs, the running header and footer repeated on the pages and the page numbers go, and so does a
 * short block at the foot of a page that holds the page number (a disclaimer printed under it).
 */
final class TextPages {
    /** Lines this close to the top or bottom of a page are candidates for furniture. */
    private static final int EDGE_LINES = 2;
    /** A footer block under a page's text is at most this many lines. */
    private static final int MAX_FOOTER_LINES = 4;
    private static final int MAX_RUNNING_WIDTH = 120;
    /** Parts of a running line: "Firm | Desk", "Firm   27 February 2025   Page 2". */
    private static final Pattern PARTS = Pattern.compile("\\s[|｜·•]\\s|\\s{2,}|\\u3000+");
    /** A page number that names itself: "Page 2", "Seite 1 von 2", "p. 3", "第 1 页", "第1頁／共2頁", "2 / 9". */
    private static final Pattern NAMED_PAGE_NUMBER = Pattern.compile(
            "^((page|seite|p\\.|s\\.)\\s*\\d{1,4}(\\s*(/|of|von)\\s*\\d{1,4})?|第\\s*\\d{1,4}\\s*[页頁]\\s*([,，/／]?\\s*共\\s*\\d{1,4}\\s*[页頁])?"
                    + "|\\d{1,4}\\s*(/|of|von)\\s*\\d{1,4}|[-–—]\\s*\\d{1,4}\\s*[-–—])$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

    private TextPages() {
    }

    /** The text without its page furniture; form feeds become line breaks. A text without pages is returned as it is. */
    static String strip(String text) {
        String unix = text.replace("\r\n", "\n");
        boolean formFeeds = unix.indexOf('\f') >= 0;
        List<String> lines = new ArrayList<>();
        List<List<Integer>> pages = new ArrayList<>();
        for (String pageText : unix.split("\f", -1)) {
            List<Integer> page = new ArrayList<>();
            for (String line : pageText.split("\n", -1)) {
                if (!line.isBlank()) {
                    page.add(lines.size());
                }
                lines.add(line);
            }
            if (!page.isEmpty()) {
                pages.add(page);
            }
        }
        boolean[] drop = new boolean[lines.size()];
        boolean any = formFeeds ? dropPagedFurniture(lines, pages, drop) : dropRunningPageLines(lines, drop);
        if (!any && !formFeeds) {
            return text;
        }
        StringBuilder sb = new StringBuilder(unix.length());
        for (int i = 0; i < lines.size(); i++) {
            sb.append(drop[i] ? "" : lines.get(i)).append(i < lines.size() - 1 ? "\n" : "");
        }
        return sb.toString();
    }

    private static boolean dropPagedFurniture(List<String> lines, List<List<Integer>> pages, boolean[] drop) {
        if (pages.size() < 2) {
            return false;
        }
        Map<String, Integer> edgeShapes = new HashMap<>();
        for (List<Integer> page : pages) {
            for (int i : edges(page)) {
                String shape = edgeShape(lines.get(i));
                if (!shape.isEmpty()) {
                    edgeShapes.merge(shape, 1, Integer::sum);
                }
            }
        }
        boolean any = false;
        for (int p = 0; p < pages.size(); p++) {
            List<Integer> page = pages.get(p);
            for (int i : edges(page)) {
                String l = lines.get(i).strip();
                boolean running = Scripts.width(l) <= MAX_RUNNING_WIDTH && !Scripts.endsSentence(l)
                        && edgeShapes.getOrDefault(edgeShape(l), 0) >= 2;
                if (running || isPageNumber(l)) {
                    drop[i] = true;
                    any = true;
                }
            }
            if (p < pages.size() - 1) {
                any |= dropFooterBlock(lines, page, drop);
            }
        }
        return any;
    }

    /**
     * The last block of a page (after its last blank line) goes whole when it holds the page's number:
     * "Page 1" and the disclaimer printed under it. The text's own last paragraph is never that short block.
     */
    private static boolean dropFooterBlock(List<String> lines, List<Integer> page, boolean[] drop) {
        int last = page.get(page.size() - 1);
        int start = last;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        if (start <= page.get(0) || last - start + 1 > MAX_FOOTER_LINES) {
            return false;
        }
        boolean numbered = false;
        for (int i = start; i <= last; i++) {
            String l = lines.get(i).strip();
            numbered |= isPageNumber(l) || (drop[i] && hasPageNumberPart(l));
            if (Scripts.width(l) > MAX_RUNNING_WIDTH) {
                return false;
            }
        }
        for (int i = start; numbered && i <= last; i++) {
            drop[i] = true;
        }
        return numbered;
    }

    /** Without form feeds: a running line that carries a page number and recurs, and every line of its shape. */
    private static boolean dropRunningPageLines(List<String> lines, boolean[] drop) {
        Map<String, Integer> shapes = new HashMap<>();
        Map<String, Boolean> numbered = new HashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || Scripts.width(l) > MAX_RUNNING_WIDTH || Scripts.endsSentence(l)) {
                continue;
            }
            String shape = shape(l);
            if (!shape.isEmpty() && PARTS.split(l).length >= 2) {
                shapes.merge(shape, 1, Integer::sum);
                numbered.merge(shape, hasPageNumberPart(l), Boolean::logicalOr);
            }
        }
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || Scripts.width(l) > MAX_RUNNING_WIDTH || Scripts.endsSentence(l)) {
                continue;
            }
            String shape = shape(l);
            boolean running = !shape.isEmpty() && shapes.getOrDefault(shape, 0) >= 2 && numbered.getOrDefault(shape, false);
            if (running) {
                drop[i] = true;
                any = true;
            }
        }
        return any;
    }

    private static List<Integer> edges(List<Integer> page) {
        List<Integer> edges = new ArrayList<>();
        for (int k = 0; k < page.size(); k++) {
            if (k < EDGE_LINES || k >= page.size() - EDGE_LINES) {
                edges.add(page.get(k));
            }
        }
        return edges;
    }

    static boolean isPageNumber(String line) {
        String l = line.strip();
        return NAMED_PAGE_NUMBER.matcher(l).matches() || BARE_NUMBER.matcher(l).matches();
    }

    private static boolean hasPageNumberPart(String line) {
        for (String part : PARTS.split(line.strip())) {
            if (NAMED_PAGE_NUMBER.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** At a page's edge a running line may be of one part ("Acme Research"): its words without numbers. */
    private static String edgeShape(String line) {
        String shape = shape(line);
        if (!shape.isEmpty() || PARTS.split(line.strip()).length >= 2) {
            return shape;
        }
        String bare = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
        return bare.codePoints().filter(Character::isLetter).count() >= 4 ? bare : "";
    }

    /**
     * What a running line keeps from page to page: its parts without the ones holding a number (a date, the
     * page number), in lower case. A line of one part has no shape: a repeated heading is not furniture.
     */
    static String shape(String line) {
        String[] parts = PARTS.split(line.strip());
        if (parts.length < 2) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip();
            if (!p.isEmpty() && p.chars().noneMatch(Character::isDigit)) {
                kept.add(p.toLowerCase(Locale.ROOT));
            }
        }
        return kept.stream().anyMatch(p -> p.codePoints().anyMatch(Character::isLetter)) ? String.join("|", kept) : "";
    }
}
