package app.dossier.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Registry names that a report writes without talking about the company: a share bar of a scraped page
 * ("分享至 微信 微博 QQ空间", "Share: Facebook LINE X"), a row of links in page metadata, and a product name
 * another maker uses in a quoted name ("“衍析Copilot”"). The share cues are in evidence.json.
 */
final class IncidentalMentions {
    private static final int SHARE_REACH = 40;

    private final List<String> shareCues;
    private final List<String> otherEntityAfter;

    /** "(NASDAQ: CRVN)", "(NYSE: X)": an exchange in a ticker label says where a share trades, not what the report is about. */
    private static final java.util.regex.Pattern TICKER_AFTER = java.util.regex.Pattern.compile("^[ \\t]*[:：][ \\t]*[A-Z0-9][A-Z0-9.]{0,7}[ \\t]*[)）]");

    IncidentalMentions(EvidenceRules evidence) {
        this.shareCues = evidence.shareCues;
        this.otherEntityAfter = evidence.otherEntityAfter;
    }

    List<MatchContext.Candidate> drop(String text, List<MatchContext.Candidate> mentions) {
        Set<MatchContext.Candidate> incidental = new HashSet<>();
        for (int k = 0; k < mentions.size(); k++) {
            MatchContext.Candidate c = mentions.get(k);
            if (inShareBar(text, c) || tickerLabel(text, c) || otherEntity(text, c)) {
                incidental.add(c);
            }
            if (k + 1 < mentions.size() && sideBySide(text, c, mentions.get(k + 1))) {
                incidental.add(c);
                incidental.add(mentions.get(k + 1));
            }
        }
        dropOtherMakersProducts(text, mentions, incidental);
        List<MatchContext.Candidate> kept = new ArrayList<>(mentions);
        kept.removeAll(incidental);
        return kept;
    }

    private static boolean tickerLabel(String text, MatchContext.Candidate c) {
        int i = c.start();
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && "(（".indexOf(text.charAt(i - 1)) >= 0
                && TICKER_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 16))).find();
    }

    /** "Bosch Ventures hält 9 %", "Oracle Health": the registry name is part of another entity's name. */
    private boolean otherEntity(String text, MatchContext.Candidate c) {
        if (c.end() >= text.length() || text.charAt(c.end()) != ' ') {
            return false;
        }
        String after = text.substring(c.end() + 1, Math.min(text.length(), c.end() + 24));
        return otherEntityAfter.stream().anyMatch(w -> after.startsWith(w)
                && (after.length() == w.length() || !Character.isLetterOrDigit(after.charAt(w.length()))));
    }

    /** After "分享至", "Share:" on the same line. */
    private boolean inShareBar(String text, MatchContext.Candidate c) {
        int lineStart = text.lastIndexOf('\n', c.start()) + 1;
        String before = text.substring(Math.max(lineStart, c.start() - SHARE_REACH), c.start()).toLowerCase(Locale.ROOT);
        return shareCues.stream().anyMatch(before::contains);
    }

    /**
     * "微博 QQ空间" in a line of page metadata: two companies with only spaces between them, on a line that
     * has no sentence in it, are a row of links.
     */
    private static boolean sideBySide(String text, MatchContext.Candidate a, MatchContext.Candidate b) {
        if (a.entry().companyId().equals(b.entry().companyId()) || b.start() <= a.end()
                || !text.substring(a.end(), b.start()).isBlank() || text.substring(a.end(), b.start()).contains("\n")) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', a.start()) + 1;
        int lineEnd = text.indexOf('\n', b.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return !line.matches("(?s).*[。！？.!?；;,，].*");
    }

    /** "“衍析Copilot”": a quoted name whose Chinese part comes before the product word (not "是ChatGPT" in running text). */
    private static boolean quotedAfterChineseName(String text, int start) {
        int i = start;
        while (i > 0 && start - i < 6 && DiscoveryRules.isHan(text.charAt(i - 1))) {
            i--;
        }
        return i < start && i > 0 && "“\"「《『'".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * A product name glued to a Chinese name ("衍析Copilot") belongs to that maker; the same name elsewhere in
     * the report is that product too.
     */
    private static void dropOtherMakersProducts(String text, List<MatchContext.Candidate> mentions, Set<MatchContext.Candidate> incidental) {
        Set<String> othersProducts = new HashSet<>();
        for (MatchContext.Candidate c : mentions) {
            if (c.entry().product() && quotedAfterChineseName(text, c.start())
                    && mentions.stream().noneMatch(o -> o.end() == c.start() && o.entry().companyId().equals(c.entry().companyId()))) {
                othersProducts.add(c.entry().compactCased());
            }
        }
        for (MatchContext.Candidate c : mentions) {
            if (c.entry().product() && othersProducts.contains(c.entry().compactCased())) {
                incidental.add(c);
            }
        }
    }
}
