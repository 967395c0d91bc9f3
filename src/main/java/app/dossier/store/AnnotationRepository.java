package app.dossier.store;

import app.dossier.model.Annotation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/** Notes on passages. */
public final class AnnotationRepository {
    static final String COLUMNS = "id, report_id, start_offset, end_offset, quote, prefix, suffix, note, tags, "
            + "color, created, modified, orphaned, content_sum";

    private AnnotationRepository() {
    }

    public static void upsert(Connection c, Annotation a) throws SQLException {
        Jdbc.update(c, "DELETE FROM annotation WHERE id = ?", a.id());
        Jdbc.update(c, "INSERT INTO annotation (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                a.id(), a.reportId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(),
                Json.write(a.tags()), a.color(), Timestamp.from(a.created()), Timestamp.from(a.modified()),
                a.orphaned(), Checksums.of(a.quote(), a.note()));
    }

    public static void delete(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM annotation WHERE id = ?", id);
    }

    public static Annotation find(Connection c, String id) throws SQLException {
        return Jdbc.byId(c, "annotation", COLUMNS, AnnotationRepository::map, id);
    }

    public static List<Annotation> list(Connection c, String reportId) throws SQLException {
        return Jdbc.ofReport(c, "annotation", COLUMNS, AnnotationRepository::map, reportId);
    }

    static Annotation map(ResultSet rs) throws SQLException {
        Checksums.verify(rs.getString("content_sum"), "Note " + rs.getString("id") + " on report "
                + rs.getString("report_id"), rs.getString("quote"), rs.getString("note"));
        return new Annotation(rs.getString("id"), rs.getString("report_id"), rs.getInt("start_offset"),
                rs.getInt("end_offset"), rs.getString("quote"), rs.getString("prefix"), rs.getString("suffix"),
                rs.getString("note"), Json.stringList(rs.getString("tags")), rs.getString("color"),
                rs.getTimestamp("created").toInstant(), rs.getTimestamp("modified").toInstant(),
                rs.getBoolean("orphaned"));
    }
}
