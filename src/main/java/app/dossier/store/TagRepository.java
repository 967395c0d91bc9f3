package app.dossier.store;

import app.dossier.model.Mention;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.ThemeTag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Company mentions and theme tags. */
public final class TagRepository {
    private static final String TAG_COLUMNS = "id, report_id, theme_id, start_offset, end_offset, origin, status";
    private static final String LIVE = " AND report_id IN (SELECT id FROM report WHERE deleted = FALSE)";

    private TagRepository() {
    }

    public static void replaceMentions(Connection c, String reportId, List<Mention> mentions) throws SQLException {
        KeptCounts.touch(reportId);
        Jdbc.update(c, "DELETE FROM mention WHERE report_id = ?", reportId);
        insertMentions(c, reportId, mentions);
    }

    /** Removes mentions (each known by its report and start). */
    public static void deleteMentions(Connection c, List<Mention> mentions) throws SQLException {
        for (Mention m : mentions) {
            KeptCounts.touch(m.reportId());
            Jdbc.update(c, "DELETE FROM mention WHERE report_id = ? AND start_offset = ?", m.reportId(), m.start());
        }
    }

    /** Adds mentions; each carries its own report id when {@code reportId} is null. */
    public static void insertMentions(Connection c, String reportId, List<Mention> mentions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (report_id, company_id, start_offset, "
                + "end_offset, surface, fuzzy, product, surface_sum) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Mention m : mentions) {
                KeptCounts.touch(reportId != null ? reportId : m.reportId());
                ps.setString(1, reportId != null ? reportId : m.reportId());
                ps.setString(2, m.companyId());
                ps.setInt(3, m.start());
                ps.setInt(4, m.end());
                ps.setString(5, m.text());
                ps.setBoolean(6, m.fuzzy());
                ps.setBoolean(7, m.product());
                ps.setString(8, Checksums.of(m.companyId(), m.text()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static List<Mention> mentions(Connection c, String reportId) throws SQLException {
        String where = reportId == null ? "WHERE 1=1" + LIVE : "WHERE report_id = ?";
        Object[] params = reportId == null ? new Object[0] : new Object[]{reportId};
        return Jdbc.list(c, "SELECT * FROM mention " + where + " ORDER BY report_id, start_offset",
                TagRepository::mention, params);
    }

    /** The mentions of these companies in live reports. */
    public static List<Mention> mentionsOf(Connection c, java.util.Collection<String> companyIds) throws SQLException {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(companyIds.size(), "?"));
        // found through mention_company; the deleted reports (few, from the report_deleted index) left out, not
        // LIVE's IN over the live ones, for which H2 read the mentions of every live report
        return Jdbc.list(c, "SELECT * FROM mention WHERE company_id IN (" + marks + ") AND report_id NOT IN"
                        + " (SELECT id FROM report WHERE deleted = TRUE) ORDER BY report_id, start_offset",
                TagRepository::mention, companyIds.toArray());
    }

    private static Mention mention(java.sql.ResultSet rs) throws SQLException {
        Checksums.verify(rs.getString("surface_sum"), "A mention of " + rs.getString("company_id") + " in report "
                + rs.getString("report_id"), rs.getString("company_id"), rs.getString("surface"));
        return new Mention(rs.getString("report_id"), rs.getString("company_id"), rs.getInt("start_offset"),
                rs.getInt("end_offset"), rs.getString("surface"), rs.getBoolean("fuzzy"), rs.getBoolean("product"));
    }

    /**
     * Replaces the automatic suggestions of a report with fresh ones, keeping every tag the user
     * decided on (confirmed, rejected or added by hand): re-tagging never undoes a decision.
     */
    public static void replaceSuggestions(Connection c, String reportId, List<ThemeTag> suggestions) throws SQLException {
        KeptCounts.touch(reportId);
        Jdbc.update(c, "DELETE FROM theme_tag WHERE report_id = ? AND origin = " + StoredWords.AUTO
                + " AND status = " + StoredWords.SUGGESTED, reportId);
        for (ThemeTag t : suggestions) {
            if (find(c, t.id()) == null) {
                insert(c, t);
            }
        }
    }

    static final String INSERT_TAG = "INSERT INTO theme_tag (" + TAG_COLUMNS + ") VALUES (?,?,?,?,?,?,?)";

    public static void insert(Connection c, ThemeTag t) throws SQLException {
        KeptCounts.touch(t.reportId());
        try (PreparedStatement ps = c.prepareStatement(INSERT_TAG)) {
            bindInsert(ps, t);
            ps.executeUpdate();
        }
    }

    static void bindInsert(PreparedStatement ps, ThemeTag t) throws SQLException {
        KeptCounts.touch(t.reportId());
        Object[] values = {t.id(), t.reportId(), t.themeId(), t.start(), t.end(), t.origin().code(), t.status().code()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    public static void delete(Connection c, String tagId) throws SQLException {
        KeptCounts.touchTag(c, tagId);
        Jdbc.update(c, "DELETE FROM theme_tag WHERE id = ?", tagId);
    }

    public static void setStatus(Connection c, String tagId, ReviewStatus status) throws SQLException {
        KeptCounts.touchTag(c, tagId);
        Jdbc.update(c, "UPDATE theme_tag SET status = ? WHERE id = ?", status.code(), tagId);
    }

    public static ThemeTag find(Connection c, String tagId) throws SQLException {
        return Jdbc.byId(c, "theme_tag", TAG_COLUMNS, TagRepository::mapTag, tagId);
    }

    public static List<ThemeTag> themeTags(Connection c, String reportId) throws SQLException {
        return Jdbc.ofReport(c, "theme_tag", TAG_COLUMNS, TagRepository::mapTag, reportId);
    }

    private static ThemeTag mapTag(java.sql.ResultSet rs) throws SQLException {
        return new ThemeTag(rs.getString("id"), rs.getString("report_id"), rs.getString("theme_id"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), StoredWords.read(rs, "origin", Origin.class),
                StoredWords.read(rs, "status", ReviewStatus.class));
    }
}
