package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers as people say and write them casually (issue 9, items 6, 10 and 16): spelled-out amounts in German
 * and English, Chinese tenths and vague magnitudes, hedges, counts that are not money, German cue words as
 * parts of compounds, and the period a flow is counted over.
 */
class CasualNumbersTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();
    private final NumberReader reader = new NumberReader(NumberWords.builtin(), CueBook.builtin());

    private static List<Figure> figures(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    private static Figure only(String text, String language) {
        List<Figure> f = figures(text, language);
        assertEquals(1, f.size(), () -> "one figure expected in «" + text + "»: " + f.stream().map(SeedReportsFiguresTest::describe).toList());
        return f.get(0);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "Velora sammelte zwei Komma vier Milliarden Euro ein.|de|2.4e9|EUR",
            "Velora wird mit anderthalb Milliarden Euro bewertet.|de|1.5e9|EUR",
            "Velora wird mit eineinhalb Milliarden Euro bewertet.|de|1.5e9|EUR",
            "Velora wird mit zweieinhalb Milliarden Euro bewertet.|de|2.5e9|EUR",
            "Velora sammelte zwölf Millionen Euro ein.|de|1.2e7|EUR",
            "Velora sammelte zweihundertfünfzig Millionen Euro ein.|de|2.5e8|EUR",
            "Velora sammelte einundzwanzig Millionen Euro ein.|de|2.1e7|EUR",
            "Velora wird mit einer halben Milliarde Euro bewertet.|de|5e8|EUR",
            "Velora raised half a billion euros.|en|5e8|EUR",
            "Velora raised one and a half billion dollars.|en|1.5e9|USD",
            "Velora raised a billion dollars from sovereign funds.|en|1e9|USD",
            "Velora raised two point four billion dollars.|en|2.4e9|USD",
    })
    void spokenAmountsAreRead(String text, String language, double value, String currency) {
        List<Figure> f = EXTRACTOR.extract(text, language, List.of());
        assertEquals(1, f.size(), () -> "one amount in «" + text + "»: " + f.stream().map(SeedReportsFiguresTest::describe).toList());
        assertEquals(value, f.get(0).value(), value * 1e-9);
        assertEquals(currency, f.get(0).currency());
    }

    @Test
    void aBareScaleWordWithoutMoneyIsNoAmount() {
        assertTrue(figures("Velora is one in a million, and its product reached a million users.", "en").isEmpty());
        assertTrue(figures("Velora hat eine Million Nutzer und zwölf Millionen Downloads.", "de").isEmpty());
    }

    @ParameterizedTest(name = "{0} → {1} %")
    @CsvSource(delimiter = '|', value = {
            "晶圆代工市占率三成一。|31",
            "聲動科技占有率約一成二。|12",
            "瀚睿市占率約三成五，居首位。|35",
            "七成一线城市已经覆盖。|70",
    })
    void tenthsTakeTheirFollowingDigit(String text, double percent) {
        Amount a = reader.read(text, "zh").get(0);
        assertTrue(a.percent());
        assertEquals(percent, a.value(), 1e-9);
    }

    @Test
    void vagueChineseMagnitudesAreApproximate() {
        Amount dozens = reader.read("这家公司融资十几亿元。", "zh").get(0);
        assertEquals(1e9, dozens.value(), 1);
        assertTrue(dozens.approx());
        Amount two = reader.read("融资两亿美元。", "zh").get(0);
        assertEquals(2e8, two.value(), 1);
        assertFalse(two.approx());
        assertTrue(reader.read("一成多的份额", "zh").get(0).approx(), "一成多: more than ten percent");
    }

    @ParameterizedTest(name = "{0} is approximate")
    @CsvSource(delimiter = '|', value = {
            "帳上現金大概52億元。|zh",
            "估值快要60億元。|zh",
            "毛利率快要七成。|zh",
            "累计融资逾20亿元。|zh",
            "Velora is valued at north of $2 billion.|en",
            "Velora raised $40 million or so.|en",
            "Velora hat knapp 60 Mio. Euro eingesammelt.|de",
            "Der Umsatz lag bei gut 300 Mio. Euro.|de",
            "Velora hat an die 50 Mio. Euro eingesammelt.|de",
    })
    void hedgesMakeAnAmountApproximate(String text, String language) {
        List<Amount> all = reader.read(text, language);
        assertEquals(1, all.size(), () -> "amounts in «" + text + "»: " + all);
        assertTrue(all.get(0).approx());
    }

    @Test
    void prepositionsThatEndInAHedgeAreNoHedge() {
        // "gegenüber" and "darunter" end in "über" and "unter", which hedge only as words of their own
        assertFalse(reader.read("Gegenüber 30 Mio. Euro im Vorjahr ist das viel.", "de").get(0).approx());
        assertFalse(reader.read("Darunter 12 Mio. Euro aus Frankreich.", "de").get(0).approx());
    }

    @ParameterizedTest(name = "{0} has no money")
    @CsvSource(delimiter = '|', value = {
            "Velora now has 3 million paying users and revenue is growing.|en",
            "Velora has 400 employees and 2,000 customers.|en",
            "Velora hat 2 Millionen zahlende Kunden.|de",
            "Velora beschäftigt 400 Mitarbeitende.|de",
            "该公司拥有3000万客户。|zh",
    })
    void countsOfPeopleAreNeverMoney(String text, String language) {
        assertTrue(reader.read(text, language).stream().noneMatch(a -> a.currency() != null || a.percent()),
                () -> "no money or percent in «" + text + "»: " + reader.read(text, language));
        assertTrue(figures(text, language).isEmpty());
    }

    @Test
    void germanCuesArePartsOfCompoundsNotOfUnrelatedWords() {
        Figure head = only("Der Jahresumsatz von Aleph Alpha liegt bei 40 Mio. Euro.", "de");
        assertEquals(Metric.REVENUE, head.metric());
        Figure round = only("Die Finanzierungsrunde von Aleph Alpha brachte 80 Mio. Euro.", "de");
        assertEquals(Metric.FUNDING, round.metric());
        // "Grunde" holds "Runde" and "Bewerbung" holds "Werbung", but neither is a round or an ad budget
        for (Figure f : figures("Im Grunde verfügt Aleph Alpha über 20 Mio. Euro.", "de")) {
            assertNotEquals(Metric.FUNDING, f.metric());
        }
    }

    @Test
    void aSentenceOrAReportThatNamesItsCurrencyGivesItToBareAmounts() {
        List<Figure> listed = figures("Gemessen an der letzten Bewertung in Euro folgen Mistral AI mit 2,1 Mrd., DeepL mit 950 Mio.", "de");
        assertEquals(2, listed.size());
        assertTrue(listed.stream().allMatch(f -> "EUR".equals(f.currency())));
        assertEquals("USD", only("以美元计，智谱估值约为30亿。", "zh").currency());
        List<Figure> taiwan = figures("芯曜的營收為新台幣38億元。隔壁的晶淬科技上個月才剛募完12億。", "zh-Hant");
        assertTrue(taiwan.stream().allMatch(f -> "TWD".equals(f.currency())), () -> taiwan.toString());
        // "in Euro 5 Mio." is that amount's own currency, not a statement about the sentence
        assertNull(only("Aleph Alpha investiert in Euro 5 Mio. und bewertet DeepL mit 2 Mrd.", "de").currency());
    }

    @Test
    void aStakeIsNoMarketShare() {
        // once "elf Prozent" is read, "der Anteile" (the shares of a company) must not pass for a market share
        assertTrue(figures("ASML hält nach der Runde rund elf Prozent der Anteile.", "de").isEmpty());
        assertTrue(figures("Microsoft holds a 27 percent stake in OpenAI.", "en").isEmpty());
        assertEquals(Metric.MARKET_SHARE, only("Mistral AI hält einen Marktanteil von elf Prozent.", "de").metric());
    }

    @Test
    void aBurnSaidOfAYearIsPerYear() {
        assertEquals("year", only("OpenAI expects to burn $8 billion in 2026.", "en").per());
        assertEquals("year", only("OpenAI expects to burn about $8.5 billion in cash this year.", "en").per());
        assertEquals("year", only("MiniMax今年预计烧掉5亿美元。", "zh").per());
        assertEquals("month", only("OpenAI burns $700 million a month in 2026.", "en").per());
        assertNull(only("OpenAI burned $40 million in March 2025.", "en").per(), "a month of the year, not the year");
    }

    @Test
    void annualizedAndRunRateAreYearlyRevenue() {
        Figure annualized = only("Anthropic is now at $5 billion annualized.", "en");
        assertEquals(Metric.REVENUE, annualized.metric());
        assertEquals("year", annualized.per());
        Figure runRate = only("OpenAI's run rate is $13 billion.", "en");
        assertEquals(Metric.REVENUE, runRate.metric());
        assertEquals("year", runRate.per());
        Figure chinese = only("MiniMax年化达到1亿美元。", "zh");
        assertEquals(Metric.REVENUE, chinese.metric());
        assertEquals("year", chinese.per());
    }

    @Test
    void monthlyRecurringRevenueAndSpacedRatesArePerMonth() {
        Figure mrr = only("Cohere's MRR hit $3.5M in September.", "en");
        assertEquals(Metric.REVENUE, mrr.metric());
        assertEquals("month", mrr.per());
        assertEquals("month", only("Cohere: net burn ~$1.4M / month", "en").per());
        assertEquals("month", only("Aleph Alpha: Burn 455 Tsd. € / Monat", "de").per());
    }

    @Test
    void cumulativeAmountsAreTotals() {
        assertEquals("total", only("OpenAI expects to burn $115 billion over the next five years combined.", "en").per());
        assertEquals("total", only("Helsing will bis 2030 insgesamt 5 Mrd. Euro verbrennen.", "de").per());
        assertEquals("total", only("智谱累计融资超过160亿元。", "zh").per());
    }
}
