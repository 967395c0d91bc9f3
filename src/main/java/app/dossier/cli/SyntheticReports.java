package app.dossier.cli;

import java.util.List;
import java.util.Random;

/**
 * Reports made up for the benchmark: German, English and Chinese paragraphs with companies, figures
 * and hard-wrapped lines, like the real ones, reproducible from a seed.
 */
final class SyntheticReports {
    private static final List<String> COMPANIES = List.of("OpenAI", "Anthropic", "Mistral AI", "Cohere",
            "Zhipu AI", "MiniMax", "Moonshot AI", "DeepSeek", "Figure AI", "Unitree", "Scale AI", "Pinecone");
    private static final List<String> CHINESE = List.of("智谱", "月之暗面", "宇树科技", "百川智能", "字节跳动", "腾讯",
            "阿里巴巴", "商汤科技");
    private static final List<String> EN = List.of(
            "%s raised %d million dollars in a new round led by a large fund, and its valuation reached %d billion dollars.",
            "Enterprise data is messy: PDFs, screenshots and e-mail threads that nobody ever organised slow %s down.",
            "The orchestration layer that routes requests among many models is where %s wants to earn its margin.",
            "%s holds about %d million dollars in cash and burns roughly %d million dollars per month.",
            "Analysts expect the market for humanoid robots to grow quickly as %s ships its first units to factories.");
    private static final List<String> DE = List.of(
            "%s hat in einer neuen Finanzierungsrunde %d Millionen Euro eingesammelt; die Bewertung liegt bei %d Milliarden Euro.",
            "Die Orchestrierungsebene zwischen den Modellen entscheidet, wer bei %s am Ende die Marge verdient.",
            "Laut Umfrage liegt der Marktanteil von %s bei etwa %d Prozent, Tendenz steigend seit %d Quartalen.");
    private static final List<String> ZH = List.of(
            "%s完成了%d亿元人民币的新一轮融资，估值超过%d亿元。",
            "%s账上约有%d亿元现金，每月消耗约%d亿元，具身智能和人形机器人是它的主要方向。",
            "业内人士认为，数据质量和数据标注才是%s真正的护城河，而不是堆砌算力，市场份额约%d%%。");

    private SyntheticReports() {
    }

    static String report(Random random, int index) {
        int language = index % 3;
        StringBuilder sb = new StringBuilder();
        sb.append(switch (language) {
            case 0 -> "Funding round-up number " + index;
            case 1 -> "Finanzierungsrunden im Überblick, Folge " + index;
            default -> "融资周报 第" + index + "期";
        }).append("\n\n");
        int paragraphs = 30 + random.nextInt(30);
        for (int p = 0; p < paragraphs; p++) {
            List<String> templates = language == 0 ? EN : language == 1 ? DE : ZH;
            String template = templates.get(random.nextInt(templates.size()));
            String company = language == 2 && random.nextBoolean()
                    ? CHINESE.get(random.nextInt(CHINESE.size())) : COMPANIES.get(random.nextInt(COMPANIES.size()));
            String sentence = String.format(template, company, 1 + random.nextInt(900), 1 + random.nextInt(90));
            sb.append(wrap(sentence, language == 2 ? 36 : 72)).append("\n\n");
        }
        return sb.toString();
    }

    /** Hard-wraps like an e-mail or a converted page does. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split("(?<= )")) {
            if (column + word.length() > width && column > 0) {
                out.append('\n');
                column = 0;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString().strip();
    }

    static final List<String> QUERIES = List.of("OpenAI", "Orchestrierung", "机器人", "機器人", "\"new round\"",
            "valuation AND cash", "Marktanteil", "数据质量", "Zhipu OR Moonshot", "humanoid -factories", "智譜",
            "company:openai", "lang:de Bewertung", "burns", "融资");
}
