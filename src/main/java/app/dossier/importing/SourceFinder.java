package app.dossier.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names where an article comes from: the page's site name, a "Source:"/"來源：" line, a dateline, else the file. */
final class SourceFinder {
    private static final int MAX_SOURCE_LENGTH = 40;
    private static final int DATELINE_LOOK_AHEAD = 6;
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(19|20)\\d\\d[-/.年]\\d{1,2}[-/.月]\\d{1,2}[日号]?|\\d{1,2}\\.\\d{1,2}\\.(19|20)\\d\\d|\\d{1,2}:\\d{2}(:\\d{2})?");
    /** A time zone or clock word beside a dateline's time ("07:30 CET/CEST") names no source. */
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(cet|cest|mez|mesz|utc|gmt|et|est|edt|pt|pst|pdt|uhr|am|pm)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s|｜·•,，:：/-]+|[\\s|｜·•,，:：/-]+$");

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
                String rest = SEPARATORS.matcher(TIME_WORDS.matcher(DATE_OR_TIME.matcher(p).replaceAll(" ")).replaceAll(" ").strip())
                        .replaceAll("");
                if (rest.length() >= 2 && rest.length() <= MAX_SOURCE_LENGTH && rest.chars().anyMatch(Character::isLetter)) {
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
