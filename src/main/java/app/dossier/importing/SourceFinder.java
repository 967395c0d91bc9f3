package app.dossier.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names where an article comes from: the page's site name, a "Source:"/"來源：" line, a dateline, else the file. */
final class SourceFinder {
    private static final int MAX_SOURCE_LENGTH = 40;
    private static final int DATELINE_LOOK_AHEAD = 6;
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(19|20)\\d\\d[-/.年]\\d{1,2}[-/.月]\\d{1,2}[日号]?|\\d{1,2}:\\d{2}(:\\d{2})?");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s|｜·•,，:：/-]+|[\\s|｜·•,，:：/-]+$");
    /** A year left in a dateline's rest ("December 4, 2025") makes it a date, not a source. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    /** What is left of a dateline that is only a date and a time ("01.12.2026 / 07:30 CET/CEST") names no source. */
    private static final Pattern DATE_LEFTOVERS = Pattern.compile(
            "(?i)\\b(19|20)\\d\\d\\b|\\b(cet|cest|mez|mesz|utc|gmt|et|est|edt|pt|pst|pdt|uhr|am|pm)\\b|[\\d\\s|｜·•,，.:：/-]");

    private final BoilerplateVocabulary vocabulary;

    SourceFinder(BoilerplateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param rawText    the text before cleaning: a "Source:" line often sits among the footer lines cleaning drops
     * @param paragraphs the cleaned paragraphs, whose head may hold a dateline
     */
    String find(String declaredSource, String rawText, List<String> paragraphs, String fileName) {
        if (declaredSource != null && !declaredSource.isBlank()) {
            return declaredSource.strip();
        }
        for (String line : rawText.split("\n")) {
            String labelled = labelledSource(line.strip());
            if (labelled != null) {
                return labelled;
            }
        }
        for (int i = 0; i < Math.min(DATELINE_LOOK_AHEAD, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (p.length() <= 60 && DATE_OR_TIME.matcher(p).find()) {
                String rest = SEPARATORS.matcher(DATE_OR_TIME.matcher(p).replaceAll(" ").strip()).replaceAll("");
                boolean onlyDate = YEAR.matcher(rest).find() || DATE_LEFTOVERS.matcher(rest).replaceAll("").isEmpty();
                if (rest.length() >= 2 && rest.length() <= MAX_SOURCE_LENGTH && rest.chars().anyMatch(Character::isLetter) && !onlyDate) {
                    return rest;
                }
            }
        }
        return fileName;
    }

    private String labelledSource(String p) {
        if (p.length() > 80) {
            return null;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        for (String label : vocabulary.sourceLabels) {
            if (lower.startsWith(label)) {
                String rest = p.substring(label.length()).strip();
                if (rest.startsWith(":") || rest.startsWith("：")) {
                    String value = rest.substring(1).strip();
                    if (!value.isEmpty() && value.length() <= MAX_SOURCE_LENGTH) {
                        return value;
                    }
                }
            }
        }
        return null;
    }
}
