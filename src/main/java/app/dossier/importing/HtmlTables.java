package app.dossier.importing;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table of a web page kept as rows and columns: one Markdown pipe row per table row
 * ("| Company | Revenue 2024 |"), which the figures reader takes apart again. Tables that lay out a page
 * (nested tables, one column, long text in the cells) are left to be read as ordinary blocks.
 */
final class HtmlTables {
    private static final int MAX_COLUMNS = 12;
    private static final int MAX_CELL_CHARS = 120;

    private HtmlTables() {
    }

    /** The table as pipe rows, one per line, or null when it is no data table. */
    static String pipeRows(Element table) {
        if (!table.select("table table").isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        int widest = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                    continue;
                }
                String text = cell.text().replace('|', '/').strip();
                if (text.length() > MAX_CELL_CHARS) {
                    return null;
                }
                cells.add(text);
                for (int span = parseSpan(cell.attr("colspan")); span > 1; span--) {
                    cells.add(""); // a cell spanning columns keeps the columns after it in place
                }
            }
            if (!cells.isEmpty() && cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
                widest = Math.max(widest, cells.size());
            }
        }
        if (rows.size() < 2 || widest < 2 || widest > MAX_COLUMNS) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.append('|');
            for (String c : row) {
                sb.append(' ').append(c).append(" |");
            }
            sb.append("\n\n");
        }
        String caption = table.selectFirst("caption") == null ? "" : table.selectFirst("caption").text().strip() + "\n\n";
        return caption + sb.toString().strip();
    }

    private static int parseSpan(String s) {
        try {
            return s.isBlank() ? 1 : Math.min(MAX_COLUMNS, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
