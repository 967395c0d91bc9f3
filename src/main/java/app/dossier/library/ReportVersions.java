package app.dossier.library;

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
        database.read(c -> ReportRepository.find(c, reportId)).ifPresent(r -> linkNew(database, reportId, r.text()));
    }

    /** As {@link #linkNew(Database, String)}, with the text the import has in memory. */
    static void linkNew(Database database, String reportId, String text) {
        byte[] signature = Optional.ofNullable(text).map(NearDuplicates::signature).orElse(null);
        if (signature == null) {
            return;
        }
        database.write(c -> {
            VersionRepository.putSignature(c, reportId, signature);
            if (VersionRepository.link(c, reportId).isPresent()) {
                return null; // the user's decision (or an earlier import's link) stands
            }
            String best = null;
            double bestSimilarity = 0;
            for (Map.Entry<String, byte[]> kept : VersionRepository.keptSignatures(c).entrySet()) {
                double s = NearDuplicates.similarity(signature, kept.getValue());
                if (!kept.getKey().equals(reportId) && s > bestSimilarity) {
                    best = kept.getKey();
                    bestSimilarity = s;
                }
            }
            if (best != null && bestSimilarity >= NearDuplicates.SAME_ARTICLE) {
                VersionRepository.put(c, reportId, new VersionRepository.Link(best, bestSimilarity, VersionRepository.AUTO));
            }
            return null;
        });
    }
}
