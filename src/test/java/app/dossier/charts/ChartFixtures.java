package app.dossier.charts;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made figures, companies and reports; the sentences are our own. */
final class ChartFixtures {
    static final String BRIEFING = "r-briefing";
    static final String LEDGER = "r-ledger";
    static final String SURVEY = "r-survey";

    private ChartFixtures() {
    }

    static List<Company> companies() {
        return List.of(
                new Company("zhipu-ai", "Zhipu AI", List.of("Zhipu", "智谱", "智譜AI"), List.of(), "company", CompanyOrigin.REGISTRY),
                new Company("minimax", "MiniMax", List.of("稀宇科技", "Hailuo"), List.of(), "company", CompanyOrigin.REGISTRY),
                new Company("moonshot-ai", "Moonshot AI", List.of("月之暗面", "Kimi"), List.of(), "company", CompanyOrigin.REGISTRY),
                new Company("example-labs", "Example Labs", List.of(), List.of(), "company", CompanyOrigin.USER),
                new Company("openai", "OpenAI", List.of("ChatGPT"), List.of(), "company", CompanyOrigin.REGISTRY),
                new Company("anthropic", "Anthropic", List.of("Claude"), List.of(), "company", CompanyOrigin.REGISTRY),
                new Company("deepseek", "DeepSeek", List.of("深度求索"), List.of(), "company", CompanyOrigin.REGISTRY),
                new Company("metax", "MetaX", List.of("沐曦"), List.of(), "company", CompanyOrigin.REGISTRY));
    }

    static List<Report> reports() {
        return List.of(report(BRIEFING, "China model makers: the cash question", LocalDate.of(2025, 9, 12)),
                report(LEDGER, "Venture ledger, autumn edition", LocalDate.of(2025, 10, 3)),
                report(SURVEY, "Enterprise AI buyer survey", LocalDate.of(2025, 6, 20)));
    }

    private static Report report(String id, String title, LocalDate published) {
        return new Report(id, id + ".txt", title, "en", "0".repeat(64), null, published, null, 100, "txt", null);
    }

    static Figure figure(String id, String report, String company, String metric, double value, Double max,
                         String currency, String per, boolean approx, String quote, String status) {
        return new Figure(id, report, company, metric, value, max, currency, per, null, approx, 0, quote.length(),
                quote, Origin.AUTO, StoredWord.parse(ReviewStatus.class, status));
    }

    static List<Figure> burnFigures() {
        List<Figure> f = new ArrayList<>();
        f.add(figure("f-zhipu-cash", BRIEFING, "zhipu-ai", "cash", 2.5e9, null, "CNY", null, false,
                "智谱账上约有25亿元现金", "confirmed"));
        f.add(figure("f-zhipu-burn", BRIEFING, "zhipu-ai", "burn", 3e8, null, "CNY", "month", false,
                "每月烧掉3亿元", "confirmed"));
        f.add(figure("f-zhipu-burn-wrong", BRIEFING, "zhipu-ai", "burn", 9e9, null, "CNY", "month", false,
                "a misread number", "rejected"));
        f.add(figure("f-minimax-cash", BRIEFING, "minimax", "cash", 7e9, null, "CNY", null, true,
                "MiniMax holds roughly 7 billion yuan", "confirmed"));
        f.add(figure("f-minimax-burn", BRIEFING, "minimax", "burn", 2e9, null, "CNY", "month", false,
                "MiniMax spends 2 billion yuan a month", "confirmed"));
        f.add(figure("f-moonshot-cash", BRIEFING, "moonshot-ai", "cash", 1e10, null, "CNY", null, false,
                "Moonshot sits on 10 billion yuan", "confirmed"));
        f.add(figure("f-example-cash", SURVEY, "example-labs", "cash", 6e7, null, "USD", null, false,
                "Example Labs had 60 million dollars in the bank", "confirmed"));
        f.add(figure("f-example-burn", LEDGER, "example-labs", "burn", 1.2e8, null, "USD", "year", false,
                "Example Labs burns 120 million dollars a year", "suggested"));
        return f;
    }

    static List<Figure> shareFigures() {
        return List.of(
                figure("f-openai-share", SURVEY, "openai", "market_share", 56, null, null, null, true,
                        "OpenAI takes almost 56 % of the budget", "confirmed"),
                figure("f-anthropic-share", SURVEY, "anthropic", "market_share", 24, null, null, null, false,
                        "Anthropic takes 24 % of the budget", "confirmed"),
                figure("f-deepseek-share", LEDGER, "deepseek", "market_share", 50, 80.0, null, null, false,
                        "DeepSeek holds between 50 and 80 percent of that market", "confirmed"),
                figure("f-openai-pen", SURVEY, "openai", "penetration", 78, null, null, null, false,
                        "78 % of firms use OpenAI", "confirmed"));
    }

    static List<Figure> fundingFigures() {
        return List.of(
                figure("f-anthropic-fund", LEDGER, "anthropic", "funding", 3e10, null, "USD", null, false,
                        "Anthropic closed a 30 billion dollar round", "confirmed"),
                figure("f-anthropic-val", LEDGER, "anthropic", "valuation", 3.8e11, null, "USD", null, false,
                        "valuing it at 380 billion dollars", "confirmed"),
                figure("f-anthropic-val-old", LEDGER, "anthropic", "valuation", 1.83e11, null, "USD", null, false,
                        "up from 183 billion dollars", "confirmed"),
                figure("f-openai-fund", LEDGER, "openai", "funding", 1.13e10, null, "USD", null, false,
                        "OpenAI has raised 11.3 billion dollars", "confirmed"),
                figure("f-moonshot-fund", BRIEFING, "moonshot-ai", "funding", 5e8, null, "USD", null, false,
                        "Moonshot raised 500 million dollars", "confirmed"),
                figure("f-metax-fund", BRIEFING, "metax", "funding", 7.2e9, null, "CNY", null, true,
                        "MetaX raised over 7.2 billion yuan", "confirmed"));
    }

    static ChartInput.Builder input(List<Figure> figures) {
        return ChartInput.builder().figures(figures).companies(companies()).reports(reports());
    }

    static Map<String, Map<String, Integer>> themeCounts() {
        return Map.of(
                "Zhipu AI", Map.of("Cash burn", 6, "Compute costs", 4, "IPO plans", 3, "Open weights", 1),
                "MiniMax", Map.of("Cash burn", 5, "Compute costs", 2, "IPO plans", 4),
                "Moonshot AI", Map.of("Cash burn", 2, "Open weights", 3),
                "OpenAI", Map.of("Compute costs", 7, "Open weights", 1, "Enterprise adoption", 5),
                "Anthropic", Map.of("Enterprise adoption", 6, "Compute costs", 3));
    }

    static List<ChartInput.DatedTheme> themePassages() {
        List<ChartInput.DatedTheme> out = new ArrayList<>();
        int[][] perQuarter = {{2, 1, 0}, {3, 2, 1}, {5, 2, 2}, {8, 3, 2}};
        String[] themes = {"Cash burn", "Compute costs", "IPO plans"};
        LocalDate start = LocalDate.of(2025, 1, 15);
        for (int q = 0; q < perQuarter.length; q++) {
            for (int t = 0; t < themes.length; t++) {
                for (int n = 0; n < perQuarter[q][t]; n++) {
                    out.add(new ChartInput.DatedTheme(themes[t], start.plusMonths(3L * q)));
                }
            }
        }
        return out;
    }
}
