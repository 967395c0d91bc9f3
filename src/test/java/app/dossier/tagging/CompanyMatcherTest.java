package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyMatcherTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());

    private static List<String> ids(String text) {
        return MATCHER.find(text).stream().map(Mention::companyId).collect(Collectors.toList());
    }

    @Test
    void traditionalAndSimplifiedSpellingsAreTheSameName() {
        String text = "據報道，智譜正在籌備上市；智谱的对手是月之暗面。";
        List<Mention> found = MATCHER.find(text);
        assertEquals(List.of("zhipu-ai", "zhipu-ai", "moonshot-ai"), found.stream().map(Mention::companyId).toList());
        Mention first = found.get(0);
        assertEquals("智譜", text.substring(first.start(), first.end()));
        assertEquals("智譜", first.text());
    }

    @Test
    void fullWidthLatinLettersMatchWithOffsetsIntoTheOriginal() {
        String text = "新闻：ＯｐｅｎＡＩ发布新模型";
        Mention m = MATCHER.find(text).get(0);
        assertEquals("openai", m.companyId());
        assertEquals("ＯｐｅｎＡＩ", text.substring(m.start(), m.end()));
    }

    @Test
    void plainLatinNamesIgnoreCase() {
        assertEquals(List.of("openai", "openai"), ids("OPENAI shares rose while openai staff celebrated."));
    }

    @Test
    void latinNamesMatchOnlyWholeWords() {
        assertEquals(List.of(), ids("Die Metadaten liegen in den Basisdaten, die Googlebots ignorieren."));
        assertEquals(List.of("openai"), ids("Der Erfolg OpenAIs überrascht niemanden."));
    }

    @Test
    void nameGluedToCjkOrDigitsStillMatches() {
        assertEquals(List.of("minimax", "openai"), ids("MiniMaxIPO之后，OpenAI2025年的收入翻倍。"));
    }

    @Test
    void commonWordsWithoutEvidenceAreNotCompanies() {
        assertEquals(List.of(), ids("Die Basis für das Projekt ist gelegt."));
        assertEquals(List.of(), ids("The startup has a Runway of eight months, says the report."));
        assertEquals(List.of(), ids("The X-ray and the Meta-Analyse were inconclusive."));
        assertEquals(List.of(), ids("Notion, Perplexity und Together sind hier nur Wörter ohne Bezug."));
    }

    @Test
    void commonWordsWithEvidenceAreCompanies() {
        assertEquals(List.of("basis"), ids("Basis AI raised 34 million dollars."));
        assertEquals(List.of("runway"), ids("Runway closed a new funding round at a valuation of 3 billion."));
        assertEquals(List.of("google", "meta", "amazon"), ids("Google, Meta and Amazon are spending heavily."));
        assertEquals(List.of("fal"), ids("Die Inferenzplattform fal hat den Bericht veröffentlicht."));
        assertEquals(List.of("twitter"), ids("Er kaufte die Plattform X Corp im Jahr 2022."));
    }

    @Test
    void evidenceForACommonWordNameCarriesThroughTheReport() {
        List<String> found = ids("Meta Platforms stellt neue Brillen vor.\n\nSpäter sagte Meta, die Brillen seien ausverkauft.");
        assertEquals(List.of("meta", "meta"), found);
    }

    @Test
    void articleBeforeACommonWordNameMeansTheWord() {
        assertEquals(List.of("basis"), ids("Basis AI ist ein Startup. Die Basis der Analyse bleibt dünn."));
    }

    @Test
    void chineseNamesThatAreCommonWordsNeedACompanyInTheSameClause() {
        assertEquals(List.of("guangzhui-zhineng"), ids("光锥智能认为，AI创业浪潮中的机遇很多。"));
        assertEquals(List.of("inspur"), ids("浪潮信息发布了新服务器。"));
        assertEquals(List.of("tencent", "tencent"), ids("腾讯给元宝砸了十亿。"));
        assertEquals(List.of(), ids("他家里藏着一个元宝。"));
    }

    @Test
    void capitalAtSentenceStartIsNoEvidenceWhenTheReportUsesTheWordInLowerCase() {
        String text = "OpenAI and Google hire pilots. Runway length matters for every plane; a short runway is risky.";
        assertEquals(List.of("openai", "google"), ids(text));
        assertEquals(List.of("openai", "runway"), ids("OpenAI competes with video start-ups. Runway raised new funding."));
    }

    @Test
    void sentenceInitialGermanNounIsNotACompany() {
        assertEquals(List.of(), ids("Basis dafür ist eine solide Planung der Ressourcen."));
    }

    @Test
    void namesSplitByLineBreaksOrSpacesStillMatch() {
        String text = "工程师来自Hugging\nFace，Inflection\nAI完成融资，Open AI和智譜 AI也在列。";
        List<Mention> found = MATCHER.find(text);
        assertEquals(List.of("hugging-face", "inflection-ai", "openai", "zhipu-ai"),
                found.stream().map(Mention::companyId).toList());
        assertEquals("Hugging\nFace", found.get(0).text());
        assertFalse(ids("Hugging\n\nFace").contains("hugging-face"), "a paragraph break separates words");
    }

    @Test
    void invisibleCharsAndTypographicDashesDoNotBreakNames() {
        assertEquals(List.of("pinecone", "openai"), ids("Pine\u00ADcone und GPT\u20115 im Test."));
    }

    @Test
    void nearMissSpellingOfALongLatinNameIsFuzzy() {
        Mention m = MATCHER.find("估值7.5亿美金的向量数据库公司Pincone").get(0);
        assertEquals("pinecone", m.companyId());
        assertTrue(m.fuzzy());
        assertEquals(List.of(), ids("Der Partner sagte, das Projekt laufe gut."), "first letters differ: not Gartner");
    }

    @Test
    void nearMissChineseNameNeedsTheExactNameInTheSameReport() {
        List<Mention> found = MATCHER.find("智譜AI賬上現金充足。智普的毛利率很高。");
        assertEquals(2, found.size());
        assertEquals("zhipu-ai", found.get(1).companyId());
        assertTrue(found.get(1).fuzzy());
        assertEquals(List.of(), ids("智普的毛利率很高。"));
    }

    @Test
    void productsStandForTheirMakerAndAreMarked() {
        String text = "ChatGPT、Claude Code、豆包、海螺AI、Kimi、Gemini、Grok和通义千问都在竞争。";
        List<Mention> found = MATCHER.find(text);
        assertEquals(List.of("openai", "anthropic", "bytedance", "minimax", "moonshot-ai", "google", "xai", "alibaba"),
                found.stream().map(Mention::companyId).toList());
        assertTrue(found.get(0).product());
        assertEquals("Claude Code", found.get(1).text());
    }

    @Test
    void longestNameWinsAndMentionsDoNotOverlap() {
        List<Mention> found = MATCHER.find("Google DeepMind und 阿里巴巴集团 sowie MetaX.");
        assertEquals(List.of("Google DeepMind", "阿里巴巴集团", "MetaX"), found.stream().map(Mention::text).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start());
        }
    }

    @Test
    void chineseNameInsideALongerCommonWordIsNotAMention() {
        assertEquals(List.of(), ids("我们去了阿里山看日出。"));
        assertEquals(List.of("alibaba"), ids("阿里发布了新模型。"));
    }

    @Test
    void userCompaniesAreMatchedToo() {
        CompanyRegistry withUser = CompanyRegistry.builtin().with(List.of(
                new Company("acme-robotics", "Acme Robotics", List.of("艾克米机器人"), List.of("Roadrunner"), "robotics", CompanyOrigin.USER)));
        List<Mention> found = new CompanyMatcher(withUser).find("艾克米机器人推出Roadrunner。");
        assertEquals(List.of("acme-robotics", "acme-robotics"), found.stream().map(Mention::companyId).toList());
        assertTrue(found.get(1).product());
    }

    @Test
    void commonWordNameListedNextToACompanyIsACompany() {
        assertTrue(ids("Inference is rented from Fireworks AI or Modal these days.").contains("modal-labs"));
        assertTrue(ids("Vektordatenbanken wie Milvus oder Chroma sind Standard.").contains("chroma"));
        assertFalse(ids("The modal verbs and the Chroma key were discussed.").contains("chroma"));
    }

    @Test
    void hyphenSuffixThatOnlyACompanyTakesIsEvidence() {
        assertTrue(ids("Arm-based server chips win new racks.").contains("arm"));
        assertEquals(List.of(), ids("An X-ray of the market shows little."));
    }

    @Test
    void inflectedCommonWordIsNotANearMissOfAName() {
        assertEquals(List.of(), ids("Humanoide Roboter werden in Werken getestet."));
    }

    @Test
    void foodAndPlacesThatContainANameAreNotTheCompany() {
        assertEquals(List.of(), ids("工程师们点了小米粥和包子。"));
        assertEquals(List.of(), ids("Satellites map deforestation in the Amazon rainforest and the amazon basin."));
        assertEquals(List.of(), ids("正所谓海纳百川，有容乃大。"));
    }

    @Test
    void robotsOrModelsFromANameMakeItTheMaker() {
        assertTrue(ids("BMW testet humanoide Roboter von Figure in Spartanburg.").contains("figure-ai"));
        assertFalse(ids("Figure 3 shows how robots are used in the plant.").contains("figure-ai"));
    }
}
