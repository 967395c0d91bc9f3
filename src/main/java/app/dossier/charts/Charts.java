package app.dossier.charts;

/** Builds any chart type from one input: the entry point for the CLI and the UI. */
public final class Charts {
    private Charts() {
    }

    public static BuiltChart build(ChartType type, ChartInput input) {
        return switch (type) {
            case MARKET_SHARE -> MarketShareChart.build(input);
            case BURN_RATE -> BurnRateChart.build(input);
            case FUNDING -> FundingChart.build(input);
            case COMPANY_THEME -> CompanyThemeChart.build(input);
            case THEME_MOMENTUM -> ThemeMomentumChart.build(input);
        };
    }
}
