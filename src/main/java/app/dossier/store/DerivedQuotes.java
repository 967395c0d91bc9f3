package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Clears the stored quotes of a library made before V22 where they stand in the report's text at their place,
 * so each is read from the text (FigureRepository) and the text is kept once. A batch of reports per call and
 * per transaction, so a kill leaves each report's figures either cleared or as they were (both read alike).
 */
public final class DerivedQuotes {
    /** Reports looked at per call. */
    public static final int BATCH = 200;

    private DerivedQuotes() {
    }

    /**
     * Clears the quotes of the next {@link #BATCH} reports after report id {@code after} (null: from the first);
     * returns the last report id looked at, or null when there were none left.
     */
    public static String clearAfter(Connection c, String after) throws SQLException {
        List<String[]> reports = after == null
                ? Jdbc.list(c, "SELECT id, body FROM report ORDER BY id LIMIT " + BATCH, DerivedQuotes::idAndText)
                : Jdbc.list(c, "SELECT id, body FROM report WHERE id > ? ORDER BY id LIMIT " + BATCH, DerivedQuotes::idAndText, after);
        try (PreparedStatement quotes = c.prepareStatement("SELECT id, start_offset, end_offset, quote FROM figure"
                + " WHERE report_id = ? AND quote IS NOT NULL AND quote_sum IS NOT NULL");
             PreparedStatement clear = c.prepareStatement("UPDATE figure SET quote = NULL WHERE id = ?")) {
            for (String[] report : reports) {
                String text = report[1];
                quotes.setString(1, report[0]);
                try (ResultSet rs = quotes.executeQuery()) {
                    while (rs.next()) {
                        int start = rs.getInt(2);
                        int end = rs.getInt(3);
                        String quote = rs.getString(4);
                        if (start >= 0 && start <= end && end <= text.length() && quote.length() == end - start
                                && text.startsWith(quote, start)) {
                            clear.setString(1, rs.getString(1));
                            clear.addBatch();
                        }
                    }
                }
                clear.executeBatch();
            }
        }
        return reports.isEmpty() ? null : reports.get(reports.size() - 1)[0];
    }

    private static String[] idAndText(ResultSet rs) throws SQLException {
        return new String[]{rs.getString(1), rs.getString(2)};
    }
}
