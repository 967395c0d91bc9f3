package app.dossier.library;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A publisher of the registry named without a citation cue is still a source; its own business makes it a company. */
class PublisherSourcesTest {
    private static final Company WIRE = new Company("wire", "Harbourline Wire", List.of(), List.of(), "media", CompanyOrigin.REGISTRY);
    private static final Company BANK = new Company("bank", "Stellmark Research", List.of(), List.of(), "research", CompanyOrigin.REGISTRY);
    private static final Map<String, Company> COMPANIES = Map.of(WIRE.id(), WIRE, BANK.id(), BANK);

    private static Set<String> sources(String text) {
        List<Mention> mentions = List.of(mention(text, WIRE), mention(text, BANK));
        return Sources.of(id -> text, mentions, COMPANIES);
    }

    private static Mention mention(String text, Company c) {
        int at = text.indexOf(c.name());
        return new Mention("r1", c.id(), at, at + c.name().length(), c.name(), false, false);
    }

    @Test
    void analystsAtAPublisherOrAnInstituteDoNotMakeItACompany() {
        assertEquals(Set.of("wire", "bank"), sources("Analysts at Harbourline Wire expect a rebound. "
                + "Stellmark Research puts the market at $4 billion."));
    }

    @Test
    void aPublisherWhoseOwnBusinessIsTheNewsIsACompany() {
        assertEquals(Set.of("bank"), sources("Harbourline Wire raised $30 million from its owners. "
                + "The round was first reported by Stellmark Research."));
    }
}
