package app.dossier.library;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepting or rejecting a discovered company, each one undoable decision: accepting adds it to
 * the registry (its mentions and figures stay, now of a registry company); rejecting removes its
 * mentions and its figures' attribution, and the name is never offered again.
 */
public final class DiscoveryDecisions {
    private final Library library;

    public DiscoveryDecisions(Library library) {
        this.library = library;
    }

    /** The undecided discovered company with this id, if any. */
    public Optional<Company> discovered(String companyId) {
        return library.discoveredCompanies().stream().filter(c -> c.id().equals(companyId)).findFirst();
    }

    public UserCommand accept(Company discovered) {
        Company accepted = new Company(discovered.id(), discovered.name(), discovered.aliases(), discovered.products(),
                discovered.kind(), CompanyOrigin.USER);
        return new Commands.Batch("Accept company " + discovered.name(), List.of(
                new Commands.PutCompany(null, accepted),
                new Commands.SetCandidateStatus(discovered.name(), CandidateStatus.SUGGESTED, CandidateStatus.ACCEPTED)));
    }

    public UserCommand reject(Company discovered) {
        List<UserCommand> steps = new ArrayList<>();
        steps.add(new Commands.SetCandidateStatus(discovered.name(), CandidateStatus.SUGGESTED, CandidateStatus.REJECTED));
        List<Mention> mentions = library.mentions(null).stream().filter(m -> m.companyId().equals(discovered.id())).toList();
        if (!mentions.isEmpty()) {
            steps.add(new Commands.PutMentions(mentions, List.of()));
        }
        for (Figure f : library.figures(null)) {
            if (discovered.id().equals(f.companyId())) {
                steps.add(new Commands.PutFigure(f, f.withCompany(null)));
            }
        }
        return new Commands.Batch("Reject company " + discovered.name(), steps);
    }

    /** Accepts (true) or rejects the discovered company with this id; false when there is none. */
    public boolean decide(String companyId, boolean accept) {
        Optional<Company> c = discovered(companyId);
        c.ifPresent(company -> library.execute(accept ? accept(company) : reject(company)));
        return c.isPresent();
    }

    static boolean isDiscovered(Company c) {
        return c != null && c.discovered();
    }
}
