package app.dossier.store;

import app.dossier.model.Company;
import app.dossier.model.Theme;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The user's registry and codebook edits, and what discovery offered. */
public final class RegistryRepository {
    private RegistryRepository() {
    }

    public static void upsertCompany(Connection c, Company co) throws SQLException {
        Jdbc.update(c, "DELETE FROM company WHERE id = ?", co.id());
        Jdbc.update(c, "INSERT INTO company (id, name, aliases, products, kind, origin) VALUES (?,?,?,?,?,?)",
                co.id(), co.name(), Json.write(co.aliases()), Json.write(co.products()), co.kind(), co.origin());
    }

    public static void deleteCompany(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM company WHERE id = ?", id);
    }

    public static List<Company> companies(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM company ORDER BY name", rs -> new Company(rs.getString("id"),
                rs.getString("name"), Json.stringList(rs.getString("aliases")),
                Json.stringList(rs.getString("products")), rs.getString("kind"), rs.getString("origin")));
    }

    public static void upsertTheme(Connection c, Theme t) throws SQLException {
        Jdbc.update(c, "DELETE FROM theme WHERE id = ?", t.id());
        Jdbc.update(c, "INSERT INTO theme (id, name, description, cues, origin) VALUES (?,?,?,?,?)",
                t.id(), t.name(), t.description(), Json.write(t.cues()), t.origin());
    }

    public static void deleteTheme(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM theme WHERE id = ?", id);
    }

    public static List<Theme> themes(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM theme ORDER BY name", rs -> new Theme(rs.getString("id"),
                rs.getString("name"), rs.getString("description"), Json.stringListMap(rs.getString("cues")),
                rs.getString("origin")));
    }

    /** Offers a discovered name unless the user already accepted or rejected it. */
    public static void offerCandidate(Connection c, String name, String reportId, String context) throws SQLException {
        if (Jdbc.list(c, "SELECT name FROM company_candidate WHERE name = ?", rs -> rs.getString(1), name).isEmpty()) {
            Jdbc.update(c, "INSERT INTO company_candidate (name, status, report_id, context) VALUES (?,?,?,?)",
                    name, "suggested", reportId, context);
        }
    }

    public static void setCandidateStatus(Connection c, String name, String status) throws SQLException {
        if (Jdbc.update(c, "UPDATE company_candidate SET status = ? WHERE name = ?", status, name) == 0) {
            Jdbc.update(c, "INSERT INTO company_candidate (name, status) VALUES (?,?)", name, status);
        }
    }

    public record Candidate(String name, String status, String reportId, String context) {
    }

    public static List<Candidate> candidates(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM company_candidate ORDER BY name", rs -> new Candidate(rs.getString("name"),
                rs.getString("status"), rs.getString("report_id"), rs.getString("context")));
    }
}
