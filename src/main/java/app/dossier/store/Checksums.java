package app.dossier.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * CRC-32C sums of the text a user relies on (a report's text, a note, a figure's quote), stored
 * beside it and checked on every read: a flipped bit in the database file is an error, never a
 * silently changed word. Rows stored before sums existed get theirs when the library opens.
 */
public final class Checksums {
    private Checksums() {
    }

    /** The sum of some texts taken together (null counts as empty). */
    public static String of(String... parts) {
        CRC32C crc = new CRC32C();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                crc.update(0);
            }
            if (parts[i] != null) {
                crc.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
        }
        return String.format("%08x", crc.getValue());
    }

    /** Throws when a stored sum does not match what was read; a missing sum (not yet computed) passes. */
    static void verify(String stored, String what, String... parts) {
        if (stored != null && !stored.equals(of(parts))) {
            throw new DamagedDataException(what + " is damaged in the database (its checksum does not match); "
                    + "run `dossier check` and `dossier rebuild`");
        }
    }

    /** Every row whose stored sum does not match its contents, as "report 1a2b: text". */
    public static List<String> mismatches(Connection c) throws SQLException {
        List<String> damaged = new ArrayList<>();
        damaged.addAll(Jdbc.list(c, "SELECT id, body, text_sum FROM report WHERE text_sum IS NOT NULL", rs ->
                rs.getString(3).equals(of(rs.getString(2))) ? null : "report " + rs.getString(1) + ": its text"));
        damaged.addAll(Jdbc.list(c, "SELECT id, report_id, quote, note, content_sum FROM annotation "
                + "WHERE content_sum IS NOT NULL", rs -> rs.getString(5).equals(of(rs.getString(3), rs.getString(4)))
                ? null : "note " + rs.getString(1) + " on report " + rs.getString(2) + ": its quote or words"));
        damaged.addAll(figureQuoteMismatches(c));
        damaged.addAll(Jdbc.list(c, "SELECT id, title, published, source, meta_sum FROM report WHERE meta_sum IS NOT NULL",
                rs -> rs.getString(5).equals(of(rs.getString(2), dateText(rs.getDate(3)), rs.getString(4)))
                        ? null : "report " + rs.getString(1) + ": its title, date or source"));
        damaged.addAll(Jdbc.list(c, "SELECT report_id, start_offset, company_id, surface, surface_sum FROM mention "
                + "WHERE surface_sum IS NOT NULL", rs -> rs.getString(5).equals(of(rs.getString(3), rs.getString(4)))
                ? null : "mention at " + rs.getInt(2) + " of report " + rs.getString(1) + ": its company or words"));
        damaged.removeIf(java.util.Objects::isNull);
        return damaged;
    }

    /** Figures whose quote does not match its sum; a quote not stored is read from its report's text, each text once. */
    private static List<String> figureQuoteMismatches(Connection c) throws SQLException {
        List<String> damaged = new ArrayList<>();
        String[] text = {null, null}; // report id, its text
        try (java.sql.PreparedStatement body = c.prepareStatement("SELECT body FROM report WHERE id = ?")) {
            damaged.addAll(Jdbc.list(c, "SELECT id, report_id, quote, quote_sum, start_offset, end_offset FROM figure"
                    + " WHERE quote_sum IS NOT NULL ORDER BY report_id", rs -> {
                String quote = rs.getString(3);
                if (quote == null) {
                    if (!rs.getString(2).equals(text[0])) {
                        body.setString(1, rs.getString(2));
                        try (java.sql.ResultSet b = body.executeQuery()) {
                            text[0] = rs.getString(2);
                            text[1] = b.next() ? b.getString(1) : null;
                        }
                    }
                    quote = FigureRepository.passage(text[1], rs.getInt(5), rs.getInt(6));
                }
                return rs.getString(4).equals(of(quote)) ? null
                        : "figure " + rs.getString(1) + " on report " + rs.getString(2) + ": its quote";
            }));
        }
        return damaged;
    }

    /** Computes the sums of rows stored before sums existed. Returns how many rows got one. */
    public static int fillMissing(Connection c) throws SQLException {
        int n = 0;
        for (String[] row : Jdbc.list(c, "SELECT id, body FROM report WHERE text_sum IS NULL",
                rs -> new String[]{rs.getString(1), rs.getString(2)})) {
            n += Jdbc.update(c, "UPDATE report SET text_sum = ? WHERE id = ?", of(row[1]), row[0]);
        }
        for (String[] row : Jdbc.list(c, "SELECT id, quote, note FROM annotation WHERE content_sum IS NULL",
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})) {
            n += Jdbc.update(c, "UPDATE annotation SET content_sum = ? WHERE id = ?", of(row[1], row[2]), row[0]);
        }
        for (String[] row : Jdbc.list(c, "SELECT id, quote FROM figure WHERE quote_sum IS NULL AND quote IS NOT NULL",
                rs -> new String[]{rs.getString(1), rs.getString(2)})) {
            n += Jdbc.update(c, "UPDATE figure SET quote_sum = ? WHERE id = ?", of(row[1]), row[0]);
        }
        for (String[] row : Jdbc.list(c, "SELECT id, title, published, source FROM report WHERE meta_sum IS NULL",
                rs -> new String[]{rs.getString(1), rs.getString(2), dateText(rs.getDate(3)), rs.getString(4)})) {
            n += Jdbc.update(c, "UPDATE report SET meta_sum = ? WHERE id = ?", of(row[1], row[2], row[3]), row[0]);
        }
        for (String[] row : Jdbc.list(c, "SELECT report_id, start_offset, company_id, surface FROM mention "
                + "WHERE surface_sum IS NULL", rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)})) {
            n += Jdbc.update(c, "UPDATE mention SET surface_sum = ? WHERE report_id = ? AND start_offset = ?",
                    of(row[2], row[3]), row[0], Integer.parseInt(row[1]));
        }
        return n;
    }

    private static String dateText(java.sql.Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }
}
