package app.dossier.store;

import app.dossier.model.Report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Reports: metadata and cleaned text. */
public final class ReportRepository {
    static final String META = "id, sha256, file_name, title, language, published, source, size_bytes, format, imported_at, meta_sum";

    private ReportRepository() {
    }

    static final String INSERT = "INSERT INTO report (" + META + ", charset, body, text_sum) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    public static void insert(Connection c, Report r, String charset) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, r, charset);
            ps.executeUpdate();
        }
    }

    static void bindInsert(java.sql.PreparedStatement ps, Report r, String charset) throws SQLException {
        KeptCounts.touch(r.id());
        Object[] values = {r.id(), r.sha256(), r.file(), r.title(), r.language(),
                r.published() == null ? null : Date.valueOf(r.published()), r.source(), r.sizeBytes(), r.format(),
                Timestamp.from(r.importedAt()), metadataSum(r.title(), r.published(), r.source()), charset, r.text(),
                Checksums.of(r.text())};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Replaces the cleaned text and language (re-processing), keeping id and user metadata. */
    public static void updateText(Connection c, String id, String text, String language) throws SQLException {
        // a figure's quote not stored is read from the text at its place: before the text changes, such quotes
        // are stored as they read in the old text, so a decided figure whose words moved is still caught
        Jdbc.update(c, "UPDATE figure f SET quote = SUBSTRING((SELECT r.body FROM report r WHERE r.id = f.report_id), "
                + "f.start_offset + 1, f.end_offset - f.start_offset) WHERE f.report_id = ? AND f.quote IS NULL", id);
        Jdbc.update(c, "UPDATE report SET body = ?, text_sum = ?, language = ? WHERE id = ?", text,
                Checksums.of(text), language, id);
    }

    public static void updateMetadata(Connection c, String id, String title, java.time.LocalDate published,
                                      String source) throws SQLException {
        KeptCounts.touch(id); // its date is the runway's
        Jdbc.update(c, "UPDATE report SET title = ?, published = ?, source = ?, meta_sum = ? WHERE id = ?",
                title, published == null ? null : Date.valueOf(published), source,
                metadataSum(title, published, source), id);
    }

    /** The sum that guards what a user may edit of a report: its title, date and source. */
    static String metadataSum(String title, java.time.LocalDate published, String source) {
        return Checksums.of(title, published == null ? null : published.toString(), source);
    }

    public static void setDeleted(Connection c, String id, boolean deleted) throws SQLException {
        KeptCounts.touchWithVersions(c, id);
        Jdbc.update(c, "UPDATE report SET deleted = ? WHERE id = ?", deleted, id);
    }

    public static Optional<String> idBySha(Connection c, String sha256, boolean includeDeleted) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM report WHERE sha256 = ?" + (includeDeleted ? "" : " AND deleted = FALSE"),
                rs -> rs.getString(1), sha256).stream().findFirst();
    }

    /** Every report's id by the SHA-256 of its original, deleted reports included. */
    public static java.util.Map<String, String> idsBySha(Connection c) throws SQLException {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        try (var statement = c.prepareStatement("SELECT sha256, id FROM report"); var rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getString(2));
            }
        }
        return ids;
    }

    public static int count(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT COUNT(*) FROM report WHERE deleted = FALSE", rs -> rs.getInt(1)).get(0);
    }

    public static List<Report> all(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT " + META + " FROM report WHERE deleted = FALSE ORDER BY imported_at, id",
                rs -> map(rs, null));
    }

    public static List<Report> allWithText(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT " + META + ", body, text_sum FROM report WHERE deleted = FALSE ORDER BY imported_at, id",
                ReportRepository::mapWithText);
    }

    /** The text of each report found among ids (deleted ones too): what the search index shows snippets of. */
    public static java.util.Map<String, String> bodies(Connection c, java.util.Collection<String> ids) throws SQLException {
        java.util.Map<String, String> bodies = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return bodies;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        Jdbc.list(c, "SELECT id, body FROM report WHERE id IN (" + marks + ")",
                rs -> bodies.put(rs.getString(1), rs.getString(2)), ids.toArray());
        return bodies;
    }

    public static Optional<Report> find(Connection c, String id) throws SQLException {
        return Jdbc.list(c, "SELECT " + META + ", body, text_sum FROM report WHERE id = ? AND deleted = FALSE",
                ReportRepository::mapWithText, id).stream().findFirst();
    }

    public static boolean isDeleted(Connection c, String id) throws SQLException {
        return !Jdbc.list(c, "SELECT id FROM report WHERE id = ? AND deleted = TRUE", rs -> rs.getString(1), id)
                .isEmpty();
    }

    public static boolean exists(Connection c, String id) throws SQLException {
        return !Jdbc.list(c, "SELECT id FROM report WHERE id = ?", rs -> rs.getString(1), id).isEmpty();
    }

    /** The sha256 of every report, deleted ones included: the originals a library holds on to. */
    public static java.util.Set<String> allSha256(Connection c) throws SQLException {
        return new java.util.HashSet<>(Jdbc.list(c, "SELECT sha256 FROM report", rs -> rs.getString(1)));
    }

    public static Optional<String> sha256(Connection c, String id) throws SQLException {
        return Jdbc.list(c, "SELECT sha256 FROM report WHERE id = ?", rs -> rs.getString(1), id).stream().findFirst();
    }

    private static Report mapWithText(ResultSet rs) throws SQLException {
        String text = rs.getString("body");
        Checksums.verify(rs.getString("text_sum"), "The text of report " + rs.getString("id") + " ("
                + rs.getString("file_name") + ")", text);
        return map(rs, text);
    }

    static Report map(ResultSet rs, String text) throws SQLException {
        Date published = rs.getDate("published");
        Checksums.verify(rs.getString("meta_sum"), "The title, date or source of report " + rs.getString("id") + " ("
                + rs.getString("file_name") + ")", rs.getString("title"),
                published == null ? null : published.toLocalDate().toString(), rs.getString("source"));
        return new Report(rs.getString("id"), rs.getString("file_name"), rs.getString("title"),
                rs.getString("language"), rs.getString("sha256"), rs.getTimestamp("imported_at").toInstant(),
                published == null ? null : published.toLocalDate(), rs.getString("source"),
                rs.getLong("size_bytes"), rs.getString("format"), text);
    }
}
