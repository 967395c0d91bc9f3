package app.dossier.library;

import app.dossier.importing.NearDuplicates;
import app.dossier.model.Origin;
import app.dossier.store.Database;
import app.dossier.store.ReportRepository;
import app.dossier.store.VersionRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The txt, HTML and PDF of one article are one report in several formats: a report whose cleaned text
 * is a near-duplicate of an earlier one ({@link NearDuplicates}) is linked as its version when
 * imported, and counted nowhere beside it. The user can keep it as an article of its own, or keep it
 * instead of the other, as journalled decisions.
 */
final class ReportVersions {
    private ReportVersions() {
    }

    /** Signs a report just stored and links it to the earlier report it duplicates, unless the user decided already. */
    static void linkNew(Database database, String reportId) {
        database.read(c -> ReportRepository.find(c, reportId)).map(r -> NearDuplicates.signature(r.text()))
                .ifPresent(signature -> database.write(c -> {
                    linkNew(c, Map.of(reportId, signature));
                    return null;
                }));
    }

    /**
     * As {@link #linkNew(Database, String)} for the reports of one import batch (id → signature, made by the
     * import's workers, in input order), inside the transaction that stores them: a later format in the batch
     * finds the earlier one. Each report is compared only with the reports sharing a band of its signature
     * ({@link NearDuplicates#bands}), so the cost does not grow with the library.
     */
    static void linkNew(Connection c, Map<String, byte[]> signatures) throws SQLException {
        for (Map.Entry<String, byte[]> e : signatures.entrySet()) {
            String reportId = e.getKey();
            byte[] signature = e.getValue();
            long[] bands = NearDuplicates.bands(signature);
            // kept cut to 16 bits a value; compared below whole against the candidates' stored ones, cut alike
            VersionRepository.putSignature(c, reportId, NearDuplicates.stored(signature));
            VersionRepository.putBands(c, reportId, bands);
            if (VersionRepository.link(c, reportId).isPresent()) {
                continue; // the user's decision (or an earlier import's link) stands
            }
            String best = null;
            double bestSimilarity = 0;
            for (Map.Entry<String, byte[]> kept : VersionRepository.candidates(c, reportId, bands).entrySet()) {
                double s = NearDuplicates.similarity(signature, kept.getValue());
                if (s > bestSimilarity) {
                    best = kept.getKey();
                    bestSimilarity = s;
                }
            }
            if (best != null && bestSimilarity >= NearDuplicates.SAME_ARTICLE) {
                VersionRepository.put(c, reportId, new VersionRepository.Link(best, bestSimilarity, Origin.AUTO));
            }
        }
    }

    /** Fills the bands of the signatures a library stored before bands were kept (once, after the migration). */
    static void fillMissingBands(Database database) {
        database.write(c -> {
            for (Map.Entry<String, byte[]> e : VersionRepository.allSignatures(c).entrySet()) {
                // a stored (cut) signature was stored with its bands; only a whole one can be banded
                if (NearDuplicates.isWhole(e.getValue())) {
                    VersionRepository.putBands(c, e.getKey(), NearDuplicates.bands(e.getValue()));
                }
            }
            return null;
        });
    }
}
