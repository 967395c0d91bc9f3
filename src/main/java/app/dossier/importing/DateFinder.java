package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date a text states near its top: "2025-03-14", "14.03.2025", "14. März 2025",
 * "March 14, 2025", "14 March 2025", "2025年3月14日". Dates deep in the body are events, not publication.
 */
final class DateFinder {
    /** How far into the text a date still reads as the article's own dateline. */
    static final int HEAD_CHARS = 1500;

    private final Map<String, Integer> months = new HashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();

    DateFinder() {
        try (InputStream in = DateFinder.class.getResourceAsStream("/importing/months.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.path("months").fields().forEachRemaining(e ->
                    e.getValue().forEach(n -> months.put(n.asText(), Integer.parseInt(e.getKey()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String monthNames = String.join("|", months.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        patterns.add(Pattern.compile("(?<![\\d])(?<y>(19|20)\\d\\d)-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)"));
        patterns.add(Pattern.compile("(?<y>(19|20)\\d\\d)\\s?年\\s?(?<m>\\d{1,2})\\s?月\\s?(?<d>\\d{1,2})\\s?[日号號]"));
        patterns.add(Pattern.compile("(?<![\\d.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>(19|20)\\d\\d)(?!\\d)"));
        patterns.add(Pattern.compile("(?<![\\d])(?<d>\\d{1,2})\\.?\\s(?<mn>" + monthNames + ")\\.?\\s(?<y>(19|20)\\d\\d)(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("(?<![\\p{L}])(?<mn>" + monthNames + ")\\.?\\s(?<d>\\d{1,2})(st|nd|rd|th)?,?\\s(?<y>(19|20)\\d\\d)(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("(?<![\\d])(?<y>(19|20)\\d\\d)/(?<m>\\d{1,2})/(?<d>\\d{1,2})(?!\\d)"));
        // the C library's time stamp, as forum software (PTT) and mailboxes print it: "Thu Mar  5 10:22:41 2026"
        patterns.add(Pattern.compile("(?<![\\p{L}])(?<mn>" + monthNames + ")\\s{1,2}(?<d>\\d{1,2})\\s\\d{1,2}:\\d{2}(:\\d{2})?\\s(?<y>(19|20)\\d\\d)(?!\\d)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The earliest-placed date within the head of the text. */
    Optional<LocalDate> find(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD_CHARS));
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(head);
            while (m.find()) {
                Optional<LocalDate> date = toDate(m);
                if (date.isPresent() && m.start() < bestAt) {
                    best = date.get();
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Reads an ISO-like date attribute ("2025-03-14T09:00:00+01:00") as found in page metadata. */
    Optional<LocalDate> parseMetadata(String value) {
        return value == null ? Optional.empty() : find(value);
    }

    private Optional<LocalDate> toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int day = Integer.parseInt(m.group("d"));
            int month = hasGroup(m, "mn") ? months.getOrDefault(m.group("mn").toLowerCase(Locale.ROOT), 0)
                    : Integer.parseInt(m.group("m"));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
