package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Chinese company named once in full with its legal form, then by the first two characters of its name
 * (issue 9, item 8), and capitals in brackets that gloss a technical term rather than name a firm.
 */
class ChineseShortFormsTest {
    private final CompanyDiscovery discovery = new CompanyDiscovery();
    private final CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());

    private List<CompanyDiscovery.Found> found(String text) {
        return discovery.discover(text, matcher.find(text), Set.of());
    }

    @Test
    void theHeadOfARegisteredNameIsAMentionOnceTheTextUsesItAlone() {
        String text = "這裡是澄岳熱控股份有限公司的總部。澄岳今年前三季營收成長一倍，澄岳董事長表示明年將擴產。";
        List<CompanyDiscovery.Found> all = found(text);
        assertEquals(1, all.size(), all.toString());
        Company c = all.get(0).company();
        assertEquals("澄岳熱控股份有限公司", c.name());
        assertTrue(c.aliases().contains("澄岳"), c.aliases().toString());
        List<String> mentioned = all.get(0).mentions().stream().map(Mention::text).toList();
        assertEquals(List.of("澄岳熱控股份有限公司", "澄岳", "澄岳"), mentioned);
    }

    @Test
    void theHeadIsNoFormWhenTheTextNeverUsesItAlone() {
        Company c = found("蘇州澄岳熱控股份有限公司今日宣布完成新一輪融資。").get(0).company();
        assertTrue(c.aliases().stream().noneMatch("澄岳"::equals), c.aliases().toString());
    }

    @Test
    void capitalsInBracketsAfterATechnicalTermAreNoCompany() {
        List<CompanyDiscovery.Found> all = found("該廠專做散熱模組與熱交換控制器（HXC），今年營收達二十億元；"
                + "圖形運算（GPC）占營收比重達五成。");
        assertEquals(List.of(), all.stream().map(f -> f.company().name()).toList());
    }

    @Test
    void aFirmsLatinNameInBracketsStillNamesIt() {
        for (String text : List.of("澜图光电（Lantuvision）仍占据国内工业相机市场约两成份额。",
                "澜图科技（LANTU）仍占据国内工业相机市场约两成份额。")) {
            List<CompanyDiscovery.Found> all = found(text);
            assertEquals(1, all.size(), text + " " + all);
        }
    }
}
