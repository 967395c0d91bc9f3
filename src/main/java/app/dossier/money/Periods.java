package app.dossier.money;

import app.dossier.files.ShippedResource;
import app.dossier.model.Figure;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.StreamSupport;

/**
 * How many months a flow is counted over. A figure's {@code per} decides ("year" → 12); a burn without
 * one is read from a cue in its quote ("pro Monat", "每月", "annually"); with neither, the months are
 * unknown and the figure stays out of the runway rather than being guessed monthly. The table and the
 * cues are data (money/periods.json); the length of a month is the one constant below.
 */
public final class Periods {
    /** The mean Gregorian month, so a daily or weekly flow turns into a month the same way everywhere. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    private static final String RESOURCE = "/money/periods.json";
    private static final Periods STANDARD = new Periods();

    private final Map<String, Double> monthsPer = new LinkedHashMap<>();
    private final Map<String, List<String>> cues = new LinkedHashMap<>();

    private Periods() {
        monthsPer.put("day", 1 / DAYS_PER_MONTH);
        monthsPer.put("week", 7 / DAYS_PER_MONTH);
        JsonNode root = ShippedResource.json(RESOURCE);
        root.path("monthsPer").fields().forEachRemaining(e -> monthsPer.put(e.getKey(), e.getValue().asDouble()));
        root.path("cues").fields().forEachRemaining(e -> cues.put(e.getKey(),
                StreamSupport.stream(e.getValue().spliterator(), false)
                        .map(n -> n.asText().toLowerCase(Locale.ROOT)).toList()));
    }

    /** The shipped table and cues. */
    public static Periods standard() {
        return STANDARD;
    }

    /** Months in one {@code per} unit ("quarter" → 3); empty for an unknown unit, "total" or none. */
    public OptionalDouble months(String per) {
        Double m = per == null ? null : monthsPer.get(per.trim().toLowerCase(Locale.ROOT));
        return m == null ? OptionalDouble.empty() : OptionalDouble.of(m);
    }

    /** Months the figure's amount is counted over: its {@code per}, else a period named in its quote. */
    public OptionalDouble months(Figure flow) {
        if (flow.per() != null && !flow.per().isBlank()) {
            return months(flow.per());
        }
        String quote = flow.quote() == null ? "" : flow.quote().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> e : cues.entrySet()) {
            if (e.getValue().stream().anyMatch(quote::contains) && monthsPer.containsKey(e.getKey())) {
                return OptionalDouble.of(monthsPer.get(e.getKey()));
            }
        }
        return OptionalDouble.empty();
    }

    /** The flow's amount per month; empty when its period is unknown. */
    public OptionalDouble monthly(Figure flow) {
        OptionalDouble months = months(flow);
        return months.isEmpty() ? months : OptionalDouble.of(flow.value() / months.getAsDouble());
    }

    /** An amount counted per {@code per} as a monthly amount; empty when the unit is unknown. */
    public OptionalDouble monthly(double value, String per) {
        OptionalDouble months = months(per);
        return months.isEmpty() ? months : OptionalDouble.of(value / months.getAsDouble());
    }
}
