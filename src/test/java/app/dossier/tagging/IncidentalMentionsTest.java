package app.dossier.tagging;

import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentalMentionsTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());

    private static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(Mention::companyId).toList();
    }

    @Test
    void shareButtonsAndRowsOfLinksAreNotCompaniesOfTheReport() {
        assertEquals(List.of(), ids("2026-02-03 09:10 北京 分享至 微信 新浪微博 QQ空间 复制链接"));
        assertEquals(List.of(), ids("Teilen auf: Facebook LinkedIn E-Mail"));
        assertEquals(List.of("meta"), ids("Facebook verdoppelt die Ausgaben für Rechenzentren."));
    }

    @Test
    void aProductNameInsideAnotherMakersQuotedNameIsNotTheirs() {
        assertEquals(List.of(), ids("旗下产品“智澜Copilot”年化收入已过亿元，Copilot的客户以银行为主。"));
        assertEquals(List.of("microsoft"), ids("企业用户开始采购Copilot。"));
    }

    @Test
    void aOneLetterNameBeforeADigitIsAModelNumber() {
        assertTrue(!ids("第三代加速卡澜芯X3开始量产。").contains("twitter"));
    }

    @Test
    void aCommonWordNameOpeningATableRowOrListItemWithAFigureIsACompany() {
        assertEquals(List.of("sierra", "harvey"), ids("| Startup | Valuation |\n|---|---|\n| Sierra | $4.5bn |\n| Harvey | $3.0bn |"));
        assertEquals(List.of("decagon"), ids("Share of support-AI spend:\n\n– Decagon ~14%\n"));
        assertEquals(List.of(), ids("– Sierra hiking trips were cancelled in 2024\n"));
    }
}
