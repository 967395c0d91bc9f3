package app.dossier.charts;

import app.dossier.model.Figure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.StreamSupport;

/**
 * How many months a burn figure is counted over. Its {@code per} decides ("year" → 12); without one,
 * a cue in its quote ("pro Monat", "每月", "annually") does; with neither, the months are unknown and
 * the figure stays out of the runway rather than being guessed monthly.
 */
final class BurnPeriods {
    private static final String RESOURCE = "/charts/burn-periods.json";

    private final Map<String, Double> monthsPer = new LinkedHashMap<>();
    private final Map<String, List<String>> cues = new LinkedHashMap<>();

    BurnPeriods() {
        try (InputStream in = BurnPeriods.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.path("monthsPer").fields().forEachRemaining(e -> monthsPer.put(e.getKey(), e.getValue().asDouble()));
            root.path("cues").fields().forEachRemaining(e -> cues.put(e.getKey(),
                    StreamSupport.stream(e.getValue().spliterator(), false)
                            .map(n -> n.asText().toLowerCase(Locale.ROOT)).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OptionalDouble months(Figure burn) {
        if (burn.per() != null && !burn.per().isBlank()) {
            Double m = monthsPer.get(burn.per().trim().toLowerCase(Locale.ROOT));
            return m == null ? OptionalDouble.empty() : OptionalDouble.of(m);
        }
        String quote = burn.quote() == null ? "" : burn.quote().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> e : cues.entrySet()) {
            if (e.getValue().stream().anyMatch(quote::contains) && monthsPer.containsKey(e.getKey())) {
                return OptionalDouble.of(monthsPer.get(e.getKey()));
            }
        }
        return OptionalDouble.empty();
    }
}
