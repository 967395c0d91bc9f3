package app.dossier.library.profile;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.money.Runway;

import java.time.LocalDate;
import java.util.List;

/**
 * One company as the library knows it: its names in every script, the reports and themes it appears in, its
 * figures on a timeline (each a link to its passage), runway as of each report that gives cash and burn, and
 * the notes that mention it. Money is shown in {@code currency} at the rates of {@code ratesAsOf}.
 */
public record CompanyProfile(Company company, List<String> names, List<ReportRef> reports, List<ThemeRef> themes,
                             List<TimelinePoint> timeline, List<RunwayPoint> runway, Runway.Estimate latestRunway,
                             List<Conflicts.Conflict> conflicts, List<NoteRef> notes, String currency,
                             LocalDate ratesAsOf) {

    /** A report that mentions the company, dated by its publication (else its import). */
    public record ReportRef(String id, String title, LocalDate date, int mentions) {
    }

    /** A theme of passages naming the company. */
    public record ThemeRef(String id, String name, int passages) {
    }

    /**
     * One figure at the date of the report that gives it. {@code inCurrency}: money in the profile's currency
     * (a burn per month), null for percentages or without a rate; {@code conflict}: another report disagrees;
     * {@code earlierValue}: the report gives it for an earlier time ({@code figure.asOf()}).
     */
    public record TimelinePoint(LocalDate date, Figure figure, String reportTitle, Double inCurrency, boolean conflict,
                                boolean earlierValue) {
        public String metric() {
            return figure.metric();
        }
    }

    /** Months of runway from the cash and burn one report gives, as of that report's date. */
    public record RunwayPoint(LocalDate date, String reportTitle, Runway.Estimate estimate) {
    }

    /** A note on a passage that names the company, or tagged with it. */
    public record NoteRef(Annotation note, String reportTitle) {
    }

    public String name() {
        return company.name();
    }

    /** The timeline points of one metric, oldest first. */
    public List<TimelinePoint> points(String metric) {
        return timeline.stream().filter(p -> p.metric().equals(metric)).toList();
    }
}
