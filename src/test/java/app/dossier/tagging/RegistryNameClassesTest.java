package app.dossier.tagging;

import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a registry name stands for its company and where it is a label or part of another name. Invented sentences. */
class RegistryNameClassesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());

    private static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(Mention::companyId).toList();
    }

    @Test
    void aCommonWordNameOpeningAKeyValueLineIsItsLabel() {
        assertFalse(ids("Basis: Umfrage unter 120 Einkäufern in Bayern und Tirol\n").contains("basis"));
        assertFalse(ids("Runway: 18 months at the current burn\n").contains("runway"));
    }

    @Test
    void aRegistryNameBeforeADivisionWordNamesAnotherEntity() {
        assertFalse(ids("Analysts at Bloomberg Intelligence expect slower growth.").contains("bloomberg"));
        assertFalse(ids("Amazon Robotics und Korvelt drängen in die Lagerlogistik.").contains("amazon"));
    }

    @Test
    void shortChineseNamesOfChipMakersAreTheirCompanies() {
        assertTrue(ids("資料中心加速器市場，輝達約佔七成，超微不到一成。").contains("amd"));
        assertFalse(ids("美超微的伺服器出貨量大增。").contains("amd"));
        assertTrue(ids("設計服務這塊，世芯、創意都接到新案子。").contains("global-unichip"));
        assertFalse(ids("這次活動的創意來自學生。").contains("global-unichip"));
        assertEquals(List.of("huawei"), ids("华为云的收入增长很快。"));
    }
}
