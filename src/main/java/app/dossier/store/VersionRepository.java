package app.dossier.store;

import app.dossier.model.Origin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which reports are versions (other formats) of another, and the text signatures that tell. */
public final class VersionRepository {
    private VersionRepository() {
    }

    /** A report's link: the report it is a version of (null: an article of its own), and who said so. */
    public record Link(String versionOf, Double similarity, Origin origin) {
    }

    public static void putSignature(Connection c, String reportId, byte[] minhash) throws SQLException {
        Jdbc.update(c, "MERGE INTO report_signature (report_id, minhash) KEY (report_id) VALUES (?, ?)", reportId, minhash);
    }

    /** Stores the bands of a report's signature (replacing earlier ones) for {@link #candidates}. */
    public static void putBands(Connection c, String reportId, long[] bands) throws SQLException {
        Jdbc.update(c, "DELETE FROM report_band WHERE report_id = ?", reportId);
        try (var ps = c.prepareStatement("INSERT INTO report_band (band_key, report_id) VALUES (?, ?)")) {
            for (long key : bands) {
                ps.setLong(1, key);
                ps.setString(2, reportId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The live reports, not versions of another, that share a band with these (oldest first), with their
     * signatures: the only ones a new report needs comparing with.
     */
    public static Map<String, byte[]> candidates(Connection c, String reportId, long[] bands) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(bands.length, "?"));
        Object[] keys = new Object[bands.length];
        for (int i = 0; i < bands.length; i++) {
            keys[i] = bands[i];
        }
        // two steps, so the band index answers the first and only the few reports it names are read
        List<String> sharing = new java.util.ArrayList<>(Jdbc.list(c, "SELECT DISTINCT report_id FROM report_band WHERE band_key IN (" + marks + ")",
                rs -> rs.getString(1), keys));
        sharing.remove(reportId);
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (sharing.isEmpty()) {
            return out;
        }
        // oldest first, so that of two equally similar reports the earlier is the one kept
        String ids = String.join(",", java.util.Collections.nCopies(sharing.size(), "?"));
        for (Object[] row : Jdbc.list(c, "SELECT s.report_id, s.minhash FROM report_signature s JOIN report r ON r.id = s.report_id"
                + " LEFT JOIN report_version v ON v.report_id = s.report_id"
                + " WHERE s.report_id IN (" + ids + ") AND r.deleted = FALSE AND v.version_of IS NULL ORDER BY r.imported_at, r.id",
                rs -> new Object[] {rs.getString(1), rs.getBytes(2)}, sharing.toArray())) {
            out.put((String) row[0], (byte[]) row[1]);
        }
        return out;
    }

    /** Every stored signature: to fill the bands of a library made before they were kept. */
    public static Map<String, byte[]> allSignatures(Connection c) throws SQLException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Object[] row : Jdbc.list(c, "SELECT report_id, minhash FROM report_signature",
                rs -> new Object[] {rs.getString(1), rs.getBytes(2)})) {
            out.put((String) row[0], (byte[]) row[1]);
        }
        return out;
    }

    public static Optional<Link> link(Connection c, String reportId) throws SQLException {
        return Jdbc.list(c, "SELECT version_of, similarity, origin FROM report_version WHERE report_id = ?",
                rs -> new Link(rs.getString(1), Jdbc.nullableDouble(rs, "similarity"), StoredWords.read(rs, "origin", Origin.class)), reportId)
                .stream().findFirst();
    }

    /** Every report that is a version of another (of a live report), with the one it is a version of. */
    public static Map<String, String> versions(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (String[] row : Jdbc.list(c, "SELECT v.report_id, v.version_of FROM report_version v JOIN report k ON k.id = v.version_of"
                + " WHERE k.deleted = FALSE", rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    /** Sets or clears a report's link; a null link forgets it (the state before any decision). */
    public static void put(Connection c, String reportId, Link link) throws SQLException {
        KeptCounts.touch(reportId);
        if (link == null) {
            Jdbc.update(c, "DELETE FROM report_version WHERE report_id = ?", reportId);
            return;
        }
        Jdbc.update(c, "MERGE INTO report_version (report_id, version_of, similarity, origin) KEY (report_id) VALUES (?, ?, ?, ?)",
                reportId, link.versionOf(), link.similarity(), link.origin().code());
    }

}
