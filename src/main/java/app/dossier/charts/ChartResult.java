package app.dossier.charts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * What a chart plots, as plain data: the CLI prints it as JSON, the CSV export writes its points,
 * tests read it. Every point names the figure ids it was drawn from.
 *
 * @param currency    the currency money is shown in; null for charts without money
 * @param description how the data was chosen and computed (e.g. whether a runway combines reports)
 * @param notes       figures seen but not plotted, and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartResult(String type, String title, String currency, String description, List<Series> series,
                          Rates rates, List<String> sources, List<String> notes) {

    public ChartResult {
        series = List.copyOf(series);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** One plotted series; {@code unit} is e.g. "USD", "USD per month", "months", "%", "passages". */
    public record Series(String name, String unit, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One plotted value. {@code category} is the axis category (a company, a quarter); {@code company}
     * repeats it for charts by company. A range keeps both ends ({@code value} to {@code valueMax}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(String category, String company, double value, Double valueMax, boolean approx, String label,
                        List<String> sources) {
        public Point {
            sources = sources == null ? List.of() : List.copyOf(sources);
            value = app.dossier.money.Amounts.significant(value);
            valueMax = valueMax == null ? null : app.dossier.money.Amounts.significant(valueMax);
        }
    }

    /** The conversions a chart used, e.g. CNY→USD at 0.14, and the date the rates hold for. */
    public record Rates(String asOf, List<Conversion> conversions) {
        public Rates {
            conversions = List.copyOf(conversions);
        }
    }

    public record Conversion(String from, String to, double rate) {
    }

    public String toJson() {
        try {
            return new ObjectMapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
