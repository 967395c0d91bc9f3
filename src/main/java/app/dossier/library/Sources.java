package app.dossier.library;

import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.tagging.CompanyDiscovery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishers, research institutes and data providers cited as sources ("according to PitchBook",
 * "据IT桔子数据显示"): kind "source", not counted among a report's companies. A publisher of the
 * registry (kind media or research) is a source while no report talks about it other than by citing it;
 * a discovered name is one when discovery found it only cited. A stock exchange named only as where shares
 * are listed ("在科创板上市", "listed on the New York Stock Exchange") is a reference of the same kind.
 */
public final class Sources {
    private static final Set<String> PUBLISHER_KINDS = Set.of("media", "research", "exchange", Company.SOURCE_KIND);
    /** Stock exchanges and boards: a reference, not a company of the report, where a listing is placed on them. */
    private static final Set<String> VENUE_KINDS = Set.of("exchange");
    private static final CompanyDiscovery CITATIONS = new CompanyDiscovery();

    private Sources() {
    }

    /** Whether companies of this kind may be cited as sources (publishers, research institutes, data providers). */
    public static boolean isPublisherKind(String kind) {
        return PUBLISHER_KINDS.contains(kind);
    }

    /** The ids of the companies that are sources in this library. */
    public static Set<String> of(Library library, List<Mention> mentions, Map<String, Company> companies) {
        return of(id -> library.report(id).map(Report::text).orElse(null), mentions, companies);
    }

    /** @param textOf a report's text by its id (null when unknown) */
    public static Set<String> of(java.util.function.Function<String, String> textOf, List<Mention> mentions,
                                 Map<String, Company> companies) {
        Set<String> publishers = new HashSet<>();
        Set<String> business = new HashSet<>();
        Map<String, String> texts = new HashMap<>();
        for (Mention m : mentions) {
            Company c = companies.get(m.companyId());
            if (c == null || !PUBLISHER_KINDS.contains(c.kind()) || business.contains(c.id())) {
                continue;
            }
            publishers.add(c.id());
            String text = texts.computeIfAbsent(m.reportId(), textOf);
            boolean venue = VENUE_KINDS.contains(c.kind()) && text != null && m.end() <= text.length() && CITATIONS.listingVenue(text, m.start(), m.end());
            if (!venue && (text == null || m.end() > text.length() || !CITATIONS.cited(text, m.start(), m.end()))) {
                business.add(c.id());
            }
        }
        publishers.removeAll(business);
        return publishers;
    }
}
