package app.dossier.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberReaderTest {
    private final NumberReader reader = new NumberReader(NumberWords.builtin(), CueBook.builtin());

    private Amount only(String text, String language) {
        List<Amount> all = reader.read(text, language);
        assertEquals(1, all.size(), () -> "amounts in «" + text + "»: " + all);
        return all.get(0);
    }

    @ParameterizedTest(name = "{0} reads as {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "公司账上还有25億人民幣。|2.5e9|CNY",
            "每月再花掉3億元。|3e8|CNY",
            "他们拿到了一亿美金。|1e8|USD",
            "字节花了十五億港元。|1.5e9|HKD",
            "平均每轮3.3亿美元。|3.3e8|USD",
            "这家公司融了15.25 亿美元。|1.525e9|USD",
            "种子轮只有5,000万人民币。|5e7|CNY",
            "去年收入3,050万美元。|3.05e7|USD",
            "三十億元的補貼。|3e9|CNY",
            "一共1.5億元。|1.5e8|CNY",
            "价格是2605万美金。|2.605e7|USD",
            "über 2,5 Milliarden Euro eingesammelt|2.5e9|EUR",
            "mit 61,5 Mrd. Dollar bewertet|6.15e10|USD",
            "kostete 30.000 Dollar pro Platz|30000|USD",
            "eine Runde über 30 Milliarden US - Dollar|3e10|USD",
            "raised $1.3B last spring|1.3e9|USD",
            "a $110 billion round|1.1e11|USD",
            "sales of US$4.2 million|4.2e6|USD",
            "a USD 750 million facility|7.5e8|USD",
            "earned €2 billion|2e9|EUR",
            "spent RMB 3 billion|3e9|CNY",
            "HK$12 million in fees|1.2e7|HKD",
            "costs CNY 800 million|8e8|CNY",
            "a 1.3B USD round|1.3e9|USD",
            "raised $5m from angels|5e6|USD",
            "weitere 5 Mio. US-$ für Forschung|5e6|USD"})
    void readsMoneyInAllThreeLanguages(String text, double value, String currency) {
        String language = text.matches(".*\\p{IsHan}.*") ? "zh-Hans" : text.matches(".*(Milliarden|Mrd|Mio|Dollar pro|über).*") ? "de" : "en";
        Amount a = only(text, language);
        assertEquals(value, a.value(), value * 1e-9);
        assertEquals(currency, a.currency());
        assertFalse(a.percent());
    }

    @Test
    void readsANumberSplitByALineBreakBeforeItsUnit() {
        Amount a = only("Acme（3.25\n亿美元）", "zh-Hans");
        assertEquals(3.25e8, a.value(), 1);
        assertEquals("USD", a.currency());
    }

    @Test
    void leavesTheCurrencyOpenWhenTheTextDoesNotSayIt() {
        Amount a = only("每個月要花掉4億", "zh-Hant");
        assertEquals(4e8, a.value(), 1);
        assertNull(a.currency());
    }

    @Test
    void readsMoreThanAfterTheDigitsAsAHedge() {
        Amount a = only("公司賬上還剩80多億", "zh-Hant");
        assertEquals(8e9, a.value(), 1);
        assertTrue(a.approx());
    }

    @ParameterizedTest(name = "{0} hedges")
    @CsvSource(delimiter = '|', value = {
            "约1亿美元|zh-Hans", "近3亿美元|zh-Hans", "超过72亿元|zh-Hans", "超過72億元|zh-Hant", "逾5亿元|zh-Hans",
            "接近70%|zh-Hans", "fast 47 %|de", "rund 2 Milliarden Euro|de", "über 70 Milliarden US-Dollar|de",
            "etwa 10 %|de", "knapp 3 Milliarden Euro|de", "mehr als 40 %|de", "about $2 billion|en", "over 60%|en",
            "nearly $500 million|en", "roughly 30%|en", "more than $1 billion|en", "almost 20%|en", "5亿美元左右|zh-Hans"})
    void marksHedgedAmountsAsApproximate(String text, String language) {
        assertTrue(only(text, language).approx());
    }

    @Test
    void readsPlainAmountsAsExact() {
        assertFalse(only("完成12亿美元的B轮融资", "zh-Hans").approx());
        assertFalse(only("die Quote liegt bei 64 %", "de").approx());
    }

    @ParameterizedTest(name = "{0} is {1} to {2}")
    @CsvSource(delimiter = '|', value = {
            "4万至5万元|40000|50000|zh-Hans",
            "3-5亿美元|3e8|5e8|zh-Hans",
            "20.000 bis 35.000 RMB|20000|35000|de",
            "$10-20 billion|1e10|2e10|en",
            "30-60 % des Marktes|30|60|de",
            "占到20%到25%左右|20|25|zh-Hans",
            "between 2 to 3 billion dollars|2e9|3e9|en",
            "revenue in a range of $210 million to $230 million|2.1e8|2.3e8|en",
            "somewhere between €8 million and €10 million|8e6|1e7|en",
            "zwischen 12 und 15 Mio. Euro|1.2e7|1.5e7|de",
            "预计全年收入3亿至3.5亿元|3e8|3.5e8|zh-Hans",
            "營收介於20億和25億元之間|2e9|2.5e9|zh-Hant"})
    void readsRangesAsValueAndValueMax(String text, double low, double high, String language) {
        Amount a = only(text, language);
        assertEquals(low, a.value(), low * 1e-9);
        assertEquals(high, a.valueMax(), high * 1e-9);
    }

    @Test
    void readsAChangeAndTheLevelItReachedAsTwoAmounts() {
        List<Amount> all = reader.read("costs fell by $5 million to $45 million", "en");
        assertEquals(2, all.size(), all::toString);
        assertNull(all.get(0).valueMax());
        List<Amount> listed = reader.read("Umsatz 4 Mio. € und Gewinn 1 Mio. €", "de");
        assertEquals(2, listed.size(), "\"und\" without \"zwischen\" joins two amounts, not a range");
    }

    @Test
    void readsFromToAsTwoAmountsNotARange() {
        List<Amount> all = reader.read("营收从80万美元涨到2亿美元", "zh-Hans");
        assertEquals(2, all.size());
        assertNull(all.get(0).valueMax());
    }

    @ParameterizedTest(name = "{0} is {1} percent")
    @CsvSource(delimiter = '|', value = {
            "die Quote liegt bei 64 %|64|de", "毛利率56%|56|zh-Hans", "share of 12.5 percent|12.5|en", "能耗只有百分之三|3|zh-Hans",
            "八成都花在了数据上|80|zh-Hans", "超過六成的公司|60|zh-Hant", "百分之三十五的用户|35|zh-Hans", "市占率达到３０％|30|zh-Hans",
            "liegt bei 22 Prozent|22|de"})
    void readsPercentages(String text, double value, String language) {
        Amount a = only(text, language);
        assertTrue(a.percent());
        assertEquals(value, a.value(), 1e-9);
        assertNull(a.currency());
    }

    @ParameterizedTest(name = "nothing in «{0}»")
    @CsvSource(delimiter = '|', value = {
            "2024年，公司成立。|zh-Hans",
            "Am 7. Mai 2025 um 09:30|de",
            "Modell 4.5 und Version 2.0 und Stufe 3|de",
            "团队有25个人，分成4-6人的小组|zh-Hans",
            "登記了120萬家企業和3.5萬個包裹|zh-Hant",
            "千万不要这样做|zh-Hans",
            "零一萬物和百川智能|zh-Hans",
            "数百万元的订单和上亿元|zh-Hans",
            "他以五六億美元賣掉了公司|zh-Hant",
            "9 Prozentpunkte weniger als 2023|de",
            "300 befragte Firmen und 12 Modelle|de",
            "一马当先，一笑而过，两轮谈判|zh-Hans",
            "He bought 3 B2B tools in Q1|en"})
    void ignoresYearsCountsVersionsAndWordsThatLookLikeNumbers(String text, String language) {
        assertEquals(List.of(), reader.read(text, language));
    }

    @Test
    void readsGermanAndEnglishSeparatorsByLanguage() {
        assertEquals(2.5, NumberTokens.parseArabic("2,5", true));
        assertEquals(30000, NumberTokens.parseArabic("30.000", true));
        assertEquals(3050, NumberTokens.parseArabic("3,050", false));
        assertEquals(1.955, NumberTokens.parseArabic("1.955", false));
        assertEquals(1234567.5, NumberTokens.parseArabic("1.234.567,5", true));
        assertEquals(1234567.5, NumberTokens.parseArabic("1,234,567.5", false));
    }
}
