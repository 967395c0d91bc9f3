package app.dossier.library.profile;

import app.dossier.figures.ledger.FigureText;
import app.dossier.model.Figure;
import app.dossier.money.ExchangeRates;
import app.dossier.money.Runway;

import java.util.Locale;
import java.util.stream.Collectors;

/** A profile as plain text (the `profile` command without --json) and the words its lines are made of. */
public final class ProfileText {
    private ProfileText() {
    }

    public static String of(CompanyProfile p, ExchangeRates rates) {
        StringBuilder s = new StringBuilder();
        s.append(p.name()).append(p.company().kind() == null ? "" : " (" + p.company().kind() + ")").append('\n');
        s.append("Names: ").append(String.join(" · ", p.names())).append('\n');
        s.append("Reports (").append(p.reports().size()).append("):\n");
        p.reports().forEach(r -> s.append("  ").append(r.date() == null ? "" : r.date() + "  ").append(r.title())
                .append(" — ").append(r.mentions()).append(r.mentions() == 1 ? " mention" : " mentions").append('\n'));
        s.append("Themes: ").append(p.themes().isEmpty() ? "none" : p.themes().stream()
                .map(t -> t.name() + " (" + t.passages() + ")").collect(Collectors.joining(", "))).append('\n');
        s.append("Figures over time (").append(p.currency()).append(", rates as of ").append(p.ratesAsOf()).append("):\n");
        p.timeline().forEach(t -> s.append("  ").append(t.date() == null ? "undated" : t.date()).append("  ")
                .append(point(t, p.currency())).append("  [").append(t.reportTitle()).append("]\n"));
        s.append("Runway:\n");
        p.runway().forEach(r -> s.append("  ").append(r.date()).append("  ").append(runway(r.estimate())).append('\n'));
        if (p.latestRunway() != null) {
            s.append("  latest: ").append(runway(p.latestRunway())).append('\n');
        }
        s.append("Notes (").append(p.notes().size()).append("):\n");
        p.notes().forEach(n -> s.append("  «").append(n.note().quote()).append("» ").append(n.note().note())
                .append("  [").append(n.reportTitle()).append("]\n"));
        return s.toString();
    }

    /** "funding 30 M USD (= 30 M USD) · suggested · conflicting · earlier value, as of 2023". */
    public static String point(CompanyProfile.TimelinePoint t, String currency) {
        Figure f = t.figure();
        StringBuilder s = new StringBuilder(metric(f.metric())).append(' ').append(FigureText.normalised(f));
        if (t.inCurrency() != null && (f.currency() == null || !f.currency().equalsIgnoreCase(currency) || f.per() != null)) {
            s.append(" (≈ ").append(FigureText.money(t.inCurrency(), currency))
                    .append("burn".equals(f.metric()) ? " / month" : "").append(')');
        }
        s.append(" · ").append(f.status());
        if (t.conflict()) {
            s.append(" · conflicting");
        }
        if (t.earlierValue()) {
            s.append(" · earlier value, as of ").append(f.asOf());
        }
        return s.toString();
    }

    /** "8.3 months (12 M USD ÷ 1.45 M USD a month, one report)". */
    public static String runway(Runway.Estimate e) {
        return String.format(Locale.ROOT, "%.1f months (%s ÷ %s a month, %s)", e.months(),
                FigureText.normalised(e.cash()), FigureText.money(e.monthlyBurn(), e.currency() == null ? "" : e.currency()).trim(),
                e.oneReport() ? "one report" : "across reports");
    }

    /** "funding", "valuation", "monthly burn"... as a reader says them. */
    public static String metric(String metric) {
        return switch (metric) {
            case "market_share" -> "market share";
            case "net_loss" -> "net loss";
            case "gross_margin" -> "gross margin";
            case "rd_spend" -> "R&D spend";
            default -> metric;
        };
    }
}
