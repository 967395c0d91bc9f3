package app.dossier.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a printer repeats on every page: running headers and footers, page numbers, URLs, print dates. */
final class PageFurniture {
    /** Lines this close to the top or bottom of a page are candidates for furniture. */
    private static final int EDGE_LINES = 2;
    /** "3", "- 2 -", "Page 2 of 9", "Seite 1 von 2", "S. 4", "1/2", "第 1 页", "第1页 共2页", "第 1 頁，共 2 頁". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(page|seite|p\\.|s\\.|第)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?\\s*(页|頁)?\\s*[,，]?\\s*((/|of|von|sur|de|共)\\s*\\d{1,4}\\s*(页|頁)?)?$",
            Pattern.CASE_INSENSITIVE);
    /** A running line's own words must be seen on this many pages (and on both of a two-page document). */
    private static final int MIN_REPEATS = 2;
    /** A repeated block beside the furniture (a disclaimer) is at most this many lines deep. */
    private static final int MAX_BLOCK_LINES = 4;
    /** Print this much larger than the body's is a headline, never furniture, even when repeated. */
    private static final double HEADLINE_FACTOR = 1.3;
    private static final Pattern URL = Pattern.compile("^(https?://|www\\.|file:/)\\S+(\\s+\\d{1,4}\\s*/\\s*\\d{1,4})?$");
    private static final Pattern PRINT_DATE = Pattern.compile(
            "^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?\\s+\\d{1,2}:\\d{2}(\\s?[AP]M)?\\b.{0,120}$", Pattern.CASE_INSENSITIVE);

    private PageFurniture() {
    }

    /** The first page's top line when it is a letterhead repeated as the running header: it names source and date. */
    static String letterhead(List<PdfTextExtractor.Line> lines) {
        if (lines.isEmpty() || lines.get(0).page() != 1) {
            return null;
        }
        String top = lines.get(0).text().strip();
        boolean repeated = lines.stream().anyMatch(l -> l.page() == 2 && shape(l.text()).equals(shape(top)));
        return repeated && GenreChrome.isLetterhead(top) ? top : null;
    }

    static List<PdfTextExtractor.Line> remove(List<PdfTextExtractor.Line> lines) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byPage.computeIfAbsent(lines.get(i).page(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Set<Integer>> edgePages = new HashMap<>();
        Set<Integer> edge = new HashSet<>();
        for (var e : byPage.entrySet()) {
            List<Integer> idx = e.getValue();
            for (int k = 0; k < idx.size(); k++) {
                if (k < EDGE_LINES || k >= idx.size() - EDGE_LINES) {
                    edge.add(idx.get(k));
                    edgePages.computeIfAbsent(shape(lines.get(idx.get(k)).text()), s -> new HashSet<>()).add(e.getKey());
                }
            }
        }
        int pages = byPage.size();
        int repeats = Math.max(MIN_REPEATS, pages / 2);
        float headline = PdfTextExtractor.medianHeight(lines) * (float) HEADLINE_FACTOR;
        boolean[] furniture = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            boolean repeated = pages >= 2 && edge.contains(i) && lines.get(i).height() < headline
                    && edgePages.get(shape(text)).size() >= repeats;
            furniture[i] = edge.contains(i) && (PAGE_NUMBER.matcher(text).matches() || URL.matcher(text).matches()
                    || PRINT_DATE.matcher(text).matches() || repeated);
        }
        if (pages >= 2) {
            growIntoRepeatedBlocks(lines, byPage, furniture, repeats, headline);
        }
        List<PdfTextExtractor.Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * A disclaimer of a few lines above the page number ("This document is for information only…") repeats
     * on every page beside the furniture: the line next to a page's header or footer that the same line
     * stands next to on enough pages is furniture too, and so on, a few lines deep.
     */
    private static void growIntoRepeatedBlocks(List<PdfTextExtractor.Line> lines, Map<Integer, List<Integer>> byPage,
                                               boolean[] furniture, int repeats, float headline) {
        for (int depth = 0; depth < MAX_BLOCK_LINES; depth++) {
            Map<String, Set<Integer>> pagesOfShape = new HashMap<>();
            List<Integer> candidates = new ArrayList<>();
            for (var e : byPage.entrySet()) {
                List<Integer> idx = e.getValue();
                int top = 0;
                while (top < idx.size() && furniture[idx.get(top)]) {
                    top++;
                }
                int bottom = idx.size() - 1;
                while (bottom >= 0 && furniture[idx.get(bottom)]) {
                    bottom--;
                }
                if (top > 0 && top < idx.size()) {
                    candidates.add(idx.get(top));
                }
                if (bottom < idx.size() - 1 && bottom >= 0 && bottom != top) {
                    candidates.add(idx.get(bottom));
                }
            }
            for (int i : candidates) {
                pagesOfShape.computeIfAbsent(shape(lines.get(i).text()), s -> new HashSet<>()).add(lines.get(i).page());
            }
            boolean grown = false;
            for (int i : candidates) {
                String text = lines.get(i).text().strip();
                if (!text.isEmpty() && lines.get(i).height() < headline && pagesOfShape.get(shape(text)).size() >= repeats) {
                    furniture[i] = true;
                    grown = true;
                }
            }
            if (!grown) {
                return;
            }
        }
    }

    /** Running headers differ only in their numbers ("Page 3 of 9"). */
    private static String shape(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }
}
