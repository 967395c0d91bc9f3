package app.dossier.store;

import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The user's registry and codebook edits, and what discovery offered. Origins and candidate states are
 * enums in the model; here, and only here, they become the words of the database columns and back.
 */
public final class RegistryRepository {
    private RegistryRepository() {
    }

    public static void upsertCompany(Connection c, Company co) throws SQLException {
        Jdbc.update(c, "DELETE FROM company WHERE id = ?", co.id());
        Jdbc.update(c, "INSERT INTO company (id, name, aliases, products, kind, origin) VALUES (?,?,?,?,?,?)",
                co.id(), co.name(), Json.write(co.aliases()), Json.write(co.products()), co.kind(), co.origin().code());
    }

    public static void deleteCompany(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM company WHERE id = ?", id);
    }

    public static List<Company> companies(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM company ORDER BY name", rs -> new Company(rs.getString("id"),
                rs.getString("name"), Json.stringList(rs.getString("aliases")),
                Json.stringList(rs.getString("products")), rs.getString("kind"), StoredWords.read(rs, "origin", CompanyOrigin.class)));
    }

    public static void upsertTheme(Connection c, Theme t) throws SQLException {
        Jdbc.update(c, "DELETE FROM theme WHERE id = ?", t.id());
        Jdbc.update(c, "INSERT INTO theme (id, name, description, cues, origin) VALUES (?,?,?,?,?)",
                t.id(), t.name(), t.description(), Json.write(t.cues()), t.origin().code());
    }

    public static void deleteTheme(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM theme WHERE id = ?", id);
    }

    public static List<Theme> themes(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM theme ORDER BY name", rs -> new Theme(rs.getString("id"),
                rs.getString("name"), rs.getString("description"), Json.stringListMap(rs.getString("cues")),
                StoredWords.read(rs, "origin", ThemeOrigin.class)));
    }

    /** Offers a discovered name unless the user already accepted or rejected it. */
    public static void offerCandidate(Connection c, String name, String reportId, String context) throws SQLException {
        if (Jdbc.list(c, "SELECT name FROM company_candidate WHERE name = ?", rs -> rs.getString(1), name).isEmpty()) {
            Jdbc.update(c, "INSERT INTO company_candidate (name, status, report_id, context) VALUES (?,?,?,?)",
                    name, CandidateStatus.SUGGESTED.code(), reportId, context);
        }
    }

    /**
     * Records a company discovery found in a report: a new name is offered, one still undecided
     * learns the forms it goes by there; a decided one (accepted or rejected) is left as it is.
     */
    public static void offerDiscovered(Connection c, Company co, String reportId) throws SQLException {
        List<Candidate> existing = Jdbc.list(c, "SELECT * FROM company_candidate WHERE name = ?", RegistryRepository::candidate, co.name());
        if (existing.isEmpty()) {
            Jdbc.update(c, "INSERT INTO company_candidate (name, status, report_id, company_id, aliases, kind) VALUES (?,?,?,?,?,?)",
                    co.name(), CandidateStatus.SUGGESTED.code(), reportId, co.id(), Json.write(co.aliases()), co.kind());
        } else if (existing.get(0).status() == CandidateStatus.SUGGESTED) {
            java.util.LinkedHashSet<String> aliases = new java.util.LinkedHashSet<>(existing.get(0).aliases());
            aliases.addAll(co.aliases());
            // a name cited as a source in one report and met as a business in another is a business
            String kind = Company.SOURCE_KIND.equals(existing.get(0).kind()) && !co.citedSource() ? co.kind() : existing.get(0).kind();
            Jdbc.update(c, "UPDATE company_candidate SET company_id = ?, aliases = ?, kind = ? WHERE name = ?",
                    co.id(), Json.write(List.copyOf(aliases)), kind == null ? co.kind() : kind, co.name());
        }
    }

    /**
     * Undecided discovered companies that a live report mentions, or gives figures to (a mail's author named only in
     * its removed signature), as companies of origin "discovered".
     */
    public static List<Company> discoveredCompanies(Connection c) throws SQLException {
        // EXISTS per candidate (seeks in mention_company and report_deleted, V15), not IN: for the IN H2 read
        // every mention of the library
        return Jdbc.list(c, "SELECT * FROM company_candidate k WHERE status = " + StoredWords.UNDECIDED_CANDIDATE + " AND company_id IS NOT NULL"
                        + " AND (EXISTS (SELECT 1 FROM mention m WHERE m.company_id = k.company_id"
                        + " AND m.report_id NOT IN (SELECT id FROM report WHERE deleted = TRUE))"
                        + " OR EXISTS (SELECT 1 FROM figure f WHERE f.company_id = k.company_id" // figure_company_profile (V14)
                        + " AND f.report_id NOT IN (SELECT id FROM report WHERE deleted = TRUE)))"
                        + " ORDER BY name",
                rs -> new Company(rs.getString("company_id"), rs.getString("name"), Json.stringList(rs.getString("aliases")),
                        List.of(), rs.getString("kind") == null ? Company.OTHER_KIND : rs.getString("kind"), CompanyOrigin.DISCOVERED));
    }

    public static void setCandidateStatus(Connection c, String name, CandidateStatus status) throws SQLException {
        if (Jdbc.update(c, "UPDATE company_candidate SET status = ? WHERE name = ?", status.code(), name) == 0) {
            Jdbc.update(c, "INSERT INTO company_candidate (name, status) VALUES (?,?)", name, status.code());
        }
    }

    public record Candidate(String name, CandidateStatus status, String reportId, String context, String companyId,
                            List<String> aliases, String kind) {
    }

    public static List<Candidate> candidates(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM company_candidate ORDER BY name", RegistryRepository::candidate);
    }

    private static Candidate candidate(java.sql.ResultSet rs) throws SQLException {
        String aliases = rs.getString("aliases");
        return new Candidate(rs.getString("name"), StoredWords.read(rs, "status", CandidateStatus.class), rs.getString("report_id"),
                rs.getString("context"), rs.getString("company_id"), aliases == null ? List.of() : Json.stringList(aliases),
                rs.getString("kind"));
    }
}
