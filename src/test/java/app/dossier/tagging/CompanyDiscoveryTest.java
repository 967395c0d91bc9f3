package app.dossier.tagging;

import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyDiscoveryTest {
    private final CompanyDiscovery discovery = new CompanyDiscovery();
    private final CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());

    private List<String> candidates(String text) {
        return discovery.candidates(text, matcher.find(text));
    }

    @Test
    void latinNamesWithACompanySuffixAreCandidates() {
        List<String> found = candidates("Die Firma Quantelix GmbH kooperiert mit Nimbus Labs und Orbital Robotics.");
        assertEquals(List.of("Quantelix GmbH", "Nimbus Labs", "Orbital Robotics"), found);
    }

    @Test
    void capitalisedNamesNextToFundingWordsAreCandidates() {
        assertEquals(List.of("Vellora"), candidates("Vellora raised 40 million dollars from investors."));
        assertEquals(List.of("Kestrel"), candidates("Die Finanzierungsrunde für Kestrel ist abgeschlossen."));
    }

    @Test
    void chineseNamesEndingInACompanyWordAreCandidates() {
        List<String> found = candidates("据星海科技创始人介绍，“云帆智能”已完成新一轮融资。");
        assertTrue(found.contains("星海科技"), found.toString());
        assertTrue(found.contains("云帆智能"), found.toString());
    }

    @Test
    void chineseNameBeforeAFundingPhraseIsACandidateWithoutItsAdverb() {
        assertEquals(List.of("蓝鲸跃迁"), candidates("与此同时，蓝鲸跃迁刚拿到5亿元的B轮融资。"));
    }

    @Test
    void knownCompaniesAndGenericWordsAreNotCandidates() {
        List<String> found = candidates("Inflection AI und Stability AI wachsen; 人工智能和具身智能是热点，百川智能完成融资。");
        assertEquals(List.of(), found);
    }

    @Test
    void candidatesAreDeduplicated() {
        List<String> found = candidates("Nimbus Labs wächst. Nimbus Labs stellt ein.");
        assertEquals(List.of("Nimbus Labs"), found);
        assertFalse(discovery.candidates("", List.<Mention>of()).iterator().hasNext());
    }
}
