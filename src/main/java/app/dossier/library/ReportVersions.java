package app.dossier.library;

import app.dossier.model.Origin;
import app.dossier.importing.NearDuplicates;
import app.dossier.store.Database;
import app.dossier.store.ReportRepository;
import app.dossier.store.VersionRepository;

import java.util.Map;
import java.util.Optional;

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
        database.read(c -> ReportRepository.find(c, reportId)).ifPresent(r -> linkNew(database, Map.of(reportId, r.text())));
    }

    /**
     * As {@link #linkNew(Database, String)} for the reports of one import batch (id → text, in input order), in
     * one transaction: a later format in the batch finds the earlier one. Each report is compared only with the
     * reports sharing a band of its signature ({@link NearDuplicates#bands}), so the cost does not grow with
     * the library.
     */
    static void linkNew(Database database, Map<String, String> textsById) {
        Map<String, byte[]> signatures = new java.util.LinkedHashMap<>();
        textsById.forEach((id, text) -> {
            byte[] signature = Optional.ofNullable(text).map(NearDuplicates::signature).orElse(null);
            if (signature != null) {
                signatures.put(id, signature);
            }
        });
        if (signatures.isEmpty()) {
            return;
        }
        database.write(c -> {
            for (Map.Entry<String, byte[]> e : signatures.entrySet()) {
                String reportId = e.getKey();
                byte[] signature = e.getValue();
                long[] bands = NearDuplicates.bands(signature);
                VersionRepository.putSignature(c, reportId, signature);
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
            return null;
        });
    }

    /** Fills the bands of the signatures a library stored before bands were kept (once, after the migration). */
    static void fillMissingBands(Database database) {
        database.write(c -> {
            for (Map.Entry<String, byte[]> e : VersionRepository.allSignatures(c).entrySet()) {
                VersionRepository.putBands(c, e.getKey(), NearDuplicates.bands(e.getValue()));
            }
            return null;
        });
    }
}
