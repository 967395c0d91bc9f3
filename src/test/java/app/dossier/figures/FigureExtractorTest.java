package app.dossier.figures;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** End to end on sentences written for these tests; companies are invented. */
class FigureExtractorTest {
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    /** names: "Name=id" pairs; every occurrence of a name becomes a mention. */
    static List<Figure> extract(String text, String language, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String pair : names) {
            String name = pair.substring(0, pair.indexOf('='));
            String id = pair.substring(pair.indexOf('=') + 1);
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(null, id, at, at + name.length(), name, false, false));
            }
        }
        List<Figure> figures = EXTRACTOR.extract(text, language, mentions);
        for (Figure f : figures) {
            assertEquals(text.substring(f.start(), f.end()), f.quote());
            assertEquals(Origin.AUTO, f.origin());
            assertEquals(ReviewStatus.SUGGESTED, f.status());
            assertNull(f.id());
        }
        return figures;
    }

    static Figure valued(List<Figure> figures, double value) {
        return figures.stream().filter(f -> Math.abs(f.value() - value) <= Math.abs(value) * 1e-9).findFirst()
                .orElseGet(() -> fail("no figure of " + value + " in " + figures));
    }

    static void assertFigure(Figure f, String company, String metric, String currency) {
        assertEquals(metric, f.metric(), () -> "metric of " + f);
        assertEquals(company, f.companyId(), () -> "company of " + f);
        assertEquals(currency, f.currency(), () -> "currency of " + f);
    }

    static boolean noneValued(List<Figure> figures, double value) {
        return figures.stream().noneMatch(f -> Math.abs(f.value() - value) < 1e-6);
    }

    @Nested
    class German {
        @Test
        void readsFundingAndValuationOfTheSentenceSubject() {
            List<Figure> f = extract("Lumora schloss im März eine Serie - C - Finanzierung über 2,5 Milliarden Euro ab "
                    + "und wird nun mit 40 Milliarden Euro bewertet.", "de", "Lumora=lumora");
            assertFigure(valued(f, 2.5e9), "lumora", Metric.FUNDING, "EUR");
            assertFigure(valued(f, 4e10), "lumora", Metric.VALUATION, "EUR");
        }

        @Test
        void takesTheCompanyOfThePreviousSentenceWhenTheSentenceNamesNone() {
            List<Figure> f = extract("Lumora hat eine neue Runde abgeschlossen. Im Vorjahr lag die Bewertung erst bei 12 Milliarden US - Dollar.",
                    "de", "Lumora=lumora");
            assertFigure(valued(f, 1.2e10), "lumora", Metric.VALUATION, "USD");
        }

        @Test
        void readsPenetrationAndBudgetShareWithHedge() {
            List<Figure> f = extract("Lumora erreicht eine Penetration von 64 % unter Großkunden; sein Anteil am Budget dieser Kunden liegt bei knapp 31 %.",
                    "de", "Lumora=lumora");
            assertFigure(valued(f, 64), "lumora", Metric.PENETRATION, null);
            Figure share = valued(f, 31);
            assertFigure(share, "lumora", Metric.MARKET_SHARE, null);
            assertTrue(share.approx());
            assertFalse(valued(f, 64).approx());
        }

        @Test
        void readsAnnualRevenueAndMonthlyBurn() {
            List<Figure> f = extract("Der Jahresumsatz von Lumora beträgt 800 Millionen Euro. Lumora verbrennt pro Monat etwa 50 Millionen Euro.",
                    "de", "Lumora=lumora");
            Figure revenue = valued(f, 8e8);
            assertFigure(revenue, "lumora", Metric.REVENUE, "EUR");
            assertEquals("year", revenue.per());
            Figure burn = valued(f, 5e7);
            assertFigure(burn, "lumora", Metric.BURN, "EUR");
            assertEquals("month", burn.per());
            assertTrue(burn.approx());
        }

        @Test
        void readsARangeOfMarketShare() {
            Figure f = valued(extract("Experten erwarten, dass Vexa 30-45 % des Marktanteils gewinnt.", "de", "Vexa=vexa"), 30);
            assertFigure(f, "vexa", Metric.MARKET_SHARE, null);
            assertEquals(45.0, f.valueMax());
        }

        @Test
        void doesNotReadGrowthAsAShare() {
            List<Figure> f = extract("Die Penetration von Lumora legte im Jahresverlauf um 12 % zu.", "de", "Lumora=lumora");
            assertTrue(noneValued(f, 12), f::toString);
        }

        @Test
        void leavesAShareOfSeveralListedCompaniesUnattributed() {
            Figure f = valued(extract("Lumora, Vexa und Orbis halten zusammen 70 % Marktanteil.", "de",
                    "Lumora=lumora", "Vexa=vexa", "Orbis=orbis"), 70);
            assertNull(f.companyId());
        }

        @Test
        void readsTheSizeOfAFundAsOther() {
            Figure f = valued(extract("Northgate betreut Fonds mit zusammen 20 Milliarden US - Dollar.", "de", "Northgate=northgate"), 2e10);
            assertEquals(Metric.OTHER, f.metric());
        }
    }

    @Nested
    class English {
        @Test
        void attributesARoundToTheCompanyNotItsLeadInvestor() {
            List<Figure> f = extract("Vexa raised $1.3B in a Series C led by Northgate.", "en", "Vexa=vexa", "Northgate=northgate");
            assertFigure(valued(f, 1.3e9), "vexa", Metric.FUNDING, "USD");
        }

        @Test
        void doesNotGiveARoundToTheCompanyItsFoundersCameFrom() {
            Figure f = valued(extract("The startup, founded by former Orbis engineers, raised $40 million.", "en", "Orbis=orbis"), 4e7);
            assertNull(f.companyId());
            assertEquals(Metric.FUNDING, f.metric());
        }

        @Test
        void readsValuationRevenueLossMarginAndResearch() {
            List<Figure> f = extract("Orbis was valued at $12 billion. Orbis posted a net loss of $200 million in 2024. "
                    + "Orbis's gross margin was 62%. Orbis spent $500 million on R&D in 2023.", "en", "Orbis=orbis");
            assertFigure(valued(f, 1.2e10), "orbis", Metric.VALUATION, "USD");
            Figure loss = valued(f, 2e8);
            assertFigure(loss, "orbis", Metric.NET_LOSS, "USD");
            assertEquals("2024", loss.period());
            assertFigure(valued(f, 62), "orbis", Metric.GROSS_MARGIN, null);
            Figure rd = valued(f, 5e8);
            assertFigure(rd, "orbis", Metric.RD_SPEND, "USD");
            assertEquals("2023", rd.period());
        }

        @Test
        void readsAnnualizedRevenueAndMonthlyBurnWithTheirPeriods() {
            List<Figure> f = extract("Vexa's annualized revenue reached $400 million. Vexa burns about $30 million a month.", "en", "Vexa=vexa");
            assertEquals("year", valued(f, 4e8).per());
            assertFigure(valued(f, 4e8), "vexa", Metric.REVENUE, "USD");
            Figure burn = valued(f, 3e7);
            assertFigure(burn, "vexa", Metric.BURN, "USD");
            assertEquals("month", burn.per());
            assertTrue(burn.approx());
        }

        @Test
        void readsMoneyPutIntoACompanyAsThatCompanysFunding() {
            List<Figure> f = extract("Titan invested $2 billion in Vexa last year.", "en", "Titan=titan", "Vexa=vexa");
            assertFigure(valued(f, 2e9), "vexa", Metric.FUNDING, "USD");
        }

        @Test
        void doesNotAttributeToTheSourceOfAStatistic() {
            Figure f = valued(extract("According to DataLens, AI startups raised $25 billion in the first half of 2023.", "en",
                    "DataLens=datalens"), 2.5e10);
            assertNull(f.companyId());
            assertEquals("2023H1", f.period());
        }

        @Test
        void skipsGrowthPercentagesHeadCountsAndYears() {
            List<Figure> f = extract("Vexa's revenue grew by 40% year over year. Founded in 2019, Vexa employs 1,200 people.", "en", "Vexa=vexa");
            assertEquals(List.of(), f);
        }

        @Test
        void readsAnEarlierValueComparedWithAsTheSameMeasure() {
            List<Figure> f = extract("Orbis expects revenue of $12.7 billion this year, up from $3.7 billion in 2024.", "en", "Orbis=orbis");
            Figure earlier = valued(f, 3.7e9);
            assertFigure(earlier, "orbis", Metric.REVENUE, "USD");
            assertEquals("2024", earlier.period());
        }

        @Test
        void readsAShareOfSpendAndAnAdoptionRate() {
            List<Figure> f = extract("Vexa's share of enterprise LLM spend is 27%, and 61% of companies use Orbis.", "en",
                    "Vexa=vexa", "Orbis=orbis");
            assertFigure(valued(f, 27), "vexa", Metric.MARKET_SHARE, null);
            assertEquals(Metric.PENETRATION, valued(f, 61).metric());
        }

        @Test
        void doesNotReadAUserCountAsMoney() {
            List<Figure> f = extract("Vexa raised $2 billion in March. Its chatbot has 400 million weekly users.", "en", "Vexa=vexa");
            assertTrue(noneValued(f, 4e8), f::toString);
        }

        @Test
        void readsAPriceAsOther() {
            Figure f = valued(extract("Vexa's subscription price is $20 per seat.", "en", "Vexa=vexa"), 20);
            assertEquals(Metric.OTHER, f.metric());
        }
    }

    @Nested
    class Chinese {
        @Test
        void carriesAStatedCurrencyToTheNextAmountOfTheParagraph() {
            List<Figure> f = extract("星河科技目前现金30亿人民币，每个月烧掉约2亿。", "zh-Hans", "星河科技=xinghe");
            assertFigure(valued(f, 3e9), "xinghe", Metric.CASH, "CNY");
            Figure burn = valued(f, 2e8);
            assertFigure(burn, "xinghe", Metric.BURN, "CNY");
            assertEquals("month", burn.per());
        }

        @Test
        void carriesTheCurrencyAndCompanyIntoTheNextSentence() {
            List<Figure> f = extract("遠山AI手握80億元現金。照現在的速度，每個月就要燒掉4億。", "zh-Hant", "遠山AI=yuanshan");
            assertFigure(valued(f, 8e9), "yuanshan", Metric.CASH, "CNY");
            assertFigure(valued(f, 4e8), "yuanshan", Metric.BURN, "CNY");
            assertEquals("month", valued(f, 4e8).per());
        }

        @Test
        void readsASlashMonthAsMonthly() {
            Figure f = valued(extract("云图智能目前的烧钱速度约为1.2亿元/月。", "zh-Hans", "云图智能=yuntu"), 1.2e8);
            assertFigure(f, "yuntu", Metric.BURN, "CNY");
            assertEquals("month", f.per());
        }

        @Test
        void doesNotCarryACurrencyIntoAnotherParagraph() {
            List<Figure> f = extract("星河科技的估值是10亿美元。\n\n另一家公司每月消耗2亿。", "zh-Hans", "星河科技=xinghe");
            assertEquals(Metric.BURN, valued(f, 2e8).metric());
            assertNull(valued(f, 2e8).currency());
        }

        @Test
        void attributesEachAmountInABracketListToItsOwnCompany() {
            List<Figure> f = extract("按融资金额排名依次为：星河科技（12 亿美元）、云图智能（8.5 亿美元）和远山AI（约 3\n亿美元）。", "zh-Hans",
                    "星河科技=xinghe", "云图智能=yuntu", "远山AI=yuanshan");
            assertFigure(valued(f, 1.2e9), "xinghe", Metric.FUNDING, "USD");
            assertFigure(valued(f, 8.5e8), "yuntu", Metric.FUNDING, "USD");
            Figure last = valued(f, 3e8);
            assertFigure(last, "yuanshan", Metric.FUNDING, "USD");
            assertTrue(last.approx());
        }

        @Test
        void attributesAPossessive() {
            assertFigure(valued(extract("星河科技的20亿美元融资占了全年总额的一半。", "zh-Hans", "星河科技=xinghe"), 2e9),
                    "xinghe", Metric.FUNDING, "USD");
        }

        @Test
        void attributesAValuationToTheCompanyItDescribes() {
            assertFigure(valued(extract("机构押注了估值9亿美元的向量检索公司云图智能。", "zh-Hans", "云图智能=yuntu"), 9e8),
                    "yuntu", Metric.VALUATION, "USD");
        }

        @Test
        void readsThisFigureAsTheSameMeasureOfTheYearBefore() {
            List<Figure> f = extract("雲圖智能2024年的研發投入為15億元，多數花在算力上。而在前一年，這個數字只有6億。", "zh-Hant", "雲圖智能=yuntu");
            assertFigure(valued(f, 1.5e9), "yuntu", Metric.RD_SPEND, "CNY");
            assertEquals("2024", valued(f, 1.5e9).period());
            Figure before = valued(f, 6e8);
            assertFigure(before, "yuntu", Metric.RD_SPEND, "CNY");
            assertEquals("2023", before.period());
        }

        @Test
        void readsMoneySpentOnAStakeAsFundingOfTheInvestee() {
            List<Figure> f = extract("2024年4月，这家巨头出资5亿美元入股远山AI。", "zh-Hans", "远山AI=yuanshan");
            Figure funding = valued(f, 5e8);
            assertFigure(funding, "yuanshan", Metric.FUNDING, "USD");
            assertEquals("2024", funding.period());
            assertTrue(funding.quote().contains("远山AI"));
        }

        @Test
        void readsALeadInvestmentAsFundingOfTheCompanyNotTheInvestor() {
            List<Figure> f = extract("遠山AI成立於2019年。當年他們就獲得了星河科技2億元的領投。", "zh-Hant",
                    "遠山AI=yuanshan", "星河科技=xinghe");
            assertFigure(valued(f, 2e8), "yuanshan", Metric.FUNDING, "CNY");
        }

        @Test
        void doesNotAttributeToTheSourceOfAStatistic() {
            Figure f = valued(extract("数联的统计显示，全年AI融资总额为120亿美元。", "zh-Hans", "数联=shulian"), 1.2e10);
            assertNull(f.companyId());
        }

        @Test
        void leavesCompaniesNamedTogetherUnattributed() {
            Figure f = valued(extract("星河科技和云图智能的毛利率都在60%左右。", "zh-Hans", "星河科技=xinghe", "云图智能=yuntu"), 60);
            assertNull(f.companyId());
        }

        @Test
        void readsSharesMarginsAndPenetration() {
            List<Figure> f = extract("星河科技的市場份額為23%。雲圖智能的市佔率只有8%。星河科技在企业客户中的渗透率为18%。星河科技的毛利率接近七成。",
                    "zh-Hant", "星河科技=xinghe", "雲圖智能=yuntu");
            assertFigure(valued(f, 23), "xinghe", Metric.MARKET_SHARE, null);
            assertFigure(valued(f, 8), "yuntu", Metric.MARKET_SHARE, null);
            assertFigure(valued(f, 18), "xinghe", Metric.PENETRATION, null);
            Figure margin = valued(f, 70);
            assertFigure(margin, "xinghe", Metric.GROSS_MARGIN, null);
            assertTrue(margin.approx());
        }

        @Test
        void readsLossAnnualRevenueAndValuationInChineseNumerals() {
            List<Figure> f = extract("星河科技去年亏损12亿元。星河科技年营收达到50亿元。星河科技估值達到十五億美元。", "zh-Hans", "星河科技=xinghe");
            assertFigure(valued(f, 1.2e9), "xinghe", Metric.NET_LOSS, "CNY");
            assertEquals("year", valued(f, 5e9).per());
            assertFigure(valued(f, 5e9), "xinghe", Metric.REVENUE, "CNY");
            assertFigure(valued(f, 1.5e9), "xinghe", Metric.VALUATION, "USD");
        }

        @Test
        void recordsTheQuarterOrHalfYearAFigureBelongsTo() {
            List<Figure> f = extract("2024年第三季度，星河科技营收为5亿元。2025年上半年，云图智能亏损3亿元。", "zh-Hans",
                    "星河科技=xinghe", "云图智能=yuntu");
            assertEquals("2024Q3", valued(f, 5e8).period());
            assertEquals("2025H1", valued(f, 3e8).period());
        }

        @Test
        void skipsGrowthYearsAndHeadCounts() {
            List<Figure> f = extract("星河科技的估值同比增长了35%。星河科技在2021年成立，目前有300名员工，覆盖140萬家企业。", "zh-Hans", "星河科技=xinghe");
            assertEquals(List.of(), f);
        }

        @Test
        void aShareWithoutAShareWordIsNoFigure() {
            List<Figure> f = extract("星河科技在2024年投入了10亿元，其中七成用于算力。", "zh-Hans", "星河科技=xinghe");
            assertTrue(f.stream().noneMatch(x -> x.value() == 70), "七成 of a spending is no market share: " + f);
        }

        @Test
        void readsAnAcquisitionPriceAsOther() {
            Figure f = valued(extract("在2025年被星河科技20億美金收購的雲圖智能。", "zh-Hant", "星河科技=xinghe", "雲圖智能=yuntu"), 2e9);
            assertEquals(Metric.OTHER, f.metric());
        }
    }

    @Test
    void returnsNothingForEmptyText() {
        assertEquals(List.of(), EXTRACTOR.extract("", "en", List.of()));
        assertEquals(List.of(), EXTRACTOR.extract("No numbers here.", "en", null));
    }
}
