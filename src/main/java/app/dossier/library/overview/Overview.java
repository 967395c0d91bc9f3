package app.dossier.library.overview;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.model.Report;
import app.dossier.money.Runway;

import java.time.Instant;
import java.util.List;

/**
 * What the window shows on opening a library: what is new since the last visit ({@code since}, null on the
 * first), the most mentioned companies and themes, and the latest burn and runway picture. {@code reports} is 0
 * for an empty library, which the window answers with how to start instead.
 */
public record Overview(Instant since, int reports, New news, List<Named> companies, List<Named> themes,
                       List<RunwayLine> runway) {

    /**
     * New since the last visit: reports imported (the newest few listed), figures waiting for review (all of
     * them, not only new ones: they wait either way), conflicts a new figure takes part in, and discovered
     * companies offered by new reports. {@code conflictsChecked} says how many of the new reports were
     * looked at for conflicts (the newest {@link app.dossier.library.LibraryOverview#CONFLICT_REPORTS}; none on a
     * first visit, when every conflict is new and the ledger lists them).
     */
    public record New(int reports, List<Report> newest, int figuresWaiting, int figuresToReview,
                      List<Conflicts.Conflict> conflicts, int conflictsChecked, List<Named> discovered,
                      int discoveredUndecided) {
    }

    /** A company or theme with its count (mentions or passages) and the reports it is in. */
    public record Named(String id, String name, int count, int reports) {
    }

    /** One company's runway with its name. */
    public record RunwayLine(String companyName, Runway.Estimate estimate) {
    }

    public boolean empty() {
        return reports == 0;
    }
}
