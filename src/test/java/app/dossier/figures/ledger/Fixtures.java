package app.dossier.figures.ledger;

import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;
import app.dossier.money.ExchangeRates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Small figures and reports for the ledger engine tests. */
final class Fixtures {
    static final ExchangeRates RATES = new ExchangeRates(LocalDate.of(2025, 1, 1),
            Map.of("USD", 1.0, "CNY", 0.14, "EUR", 1.1), Map.of("USD", "$"));

    private Fixtures() {
    }

    static Figure figure(String id, String report, String company, String metric, double value, String currency,
                         String per, String period, String status) {
        return new Figure(id, report, company, metric, value, null, currency, per, period, false, 0, 10,
                "quote of " + id, Origin.AUTO, StoredWord.parse(ReviewStatus.class, status));
    }

    static Report report(String id, String title, LocalDate published) {
        return new Report(id, id + ".txt", title, "en", "sha", Instant.parse("2025-06-01T00:00:00Z"), published, null,
                10, "txt", null);
    }
}
