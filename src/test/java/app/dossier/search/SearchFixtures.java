package app.dossier.search;

import java.util.List;

/** Small reports written for these tests (German, English, simplified and traditional Chinese). */
final class SearchFixtures {
    static final IndexedReport GERMAN = new IndexedReport("de-1", "Bericht über Plattformen", "de",
            "Die Orchestrierungsebene entscheidet, welches Modell eine Anfrage beantwortet.\n"
                    + "Viele Anbieter unterschätzen den Marktanteil kleiner Firmen. Die Modelle werden billiger,\n"
                    + "und die Größe eines Rechenzentrums sagt wenig über den Erfolg.",
            List.of("Aleph Alpha", "aleph-alpha"), List.of("market-share"), List.of("lesen"));

    static final IndexedReport ENGLISH = new IndexedReport("en-1", "Open models", "en",
            "Hugging Face hosts thousands of open models. OpenAI raised new money while\n"
                    + "Google cut its prices. Analysts expect more funding rounds this year.",
            List.of("Hugging Face", "hugging-face", "OpenAI", "openai"), List.of("funding"), List.of("todo"));

    static final IndexedReport ENGLISH_APART = new IndexedReport("en-2", "Robots at a fair", "en",
            "A robot was hugging a visitor at the fair; its painted face made everyone laugh.",
            List.of(), List.of("robotics"), List.of());

    static final IndexedReport SIMPLIFIED = new IndexedReport("zh-1", "机器人公司", "zh-Hans",
            "智谱发布了新的机器人模型，这家人工智能公司今年获得了新的融资。\n全角字母ＡＩ在旧网页里很常见。",
            List.of("Zhipu AI", "zhipu-ai", "智谱"), List.of("robotics", "funding"), List.of("todo"));

    static final IndexedReport TRADITIONAL = new IndexedReport("zh-2", "市場觀察", "zh-Hant",
            "在上海的展會上，智譜的機器人團隊展示了新產品。分析師認為機器人市場還很小，\n但智譜 AI 的收入增長很快。",
            List.of("Zhipu AI", "zhipu-ai"), List.of("robotics"), List.of("Wichtig"));

    static final List<IndexedReport> ALL = List.of(GERMAN, ENGLISH, ENGLISH_APART, SIMPLIFIED, TRADITIONAL);

    private SearchFixtures() {
    }
}
