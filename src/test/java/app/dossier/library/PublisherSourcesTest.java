package app.dossier.library;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A publisher whose analysts are quoted, or whose byline opens a story, is cited; one that acts in the story is a company. */
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
    void analystsAtAPublisherOrAnInstituteAreCitations() {
        assertEquals(Set.of("wire", "bank"), sources("Analysts at Harbourline Wire expect a rebound. "
                + "Our next question comes from Ana Ruiz with Stellmark Research."));
    }

    @Test
    void aPublisherThatActsInTheStoryIsACompany() {
        assertEquals(Set.of("bank"), sources("Harbourline Wire sent its reporters to Shenzhen. "
                + "The round was valued at $2 billion, according to Stellmark Research."));
    }
}
