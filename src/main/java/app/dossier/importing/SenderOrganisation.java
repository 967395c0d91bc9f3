package app.dossier.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a mail is written for: its sender's address says the domain ("j.roth@sturmkamm.de"), its
 * signature the company's full name ("Sturmkamm Robotics GmbH"). Both are chrome the cleaning removes, so
 * they are read first; "unser MRR", "ARR: 6,2 Mio. €" in the body are that company's. A signature whose
 * company the sender's domain does not spell, or a free mail domain, names nobody for sure: null.
 */
final class SenderOrganisation {
    private static final Pattern SENDER_FIELD = Pattern.compile(
            "^(?:Von|From|Absender|发件人|發件人|寄件者)\\s*[:：].*?[\\w.+-]+@([\\w.-]+\\.[A-Za-z]{2,})", Pattern.CASE_INSENSITIVE);
    /** Mail providers anyone writes from: their domain says nothing about the company. */
    private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo",
            "icloud", "me", "aol", "gmx", "web", "t-online", "posteo", "mailbox", "proton", "protonmail", "qq", "163", "126",
            "sina", "foxmail", "yeah", "hinet");
    /** Second-level labels of country domains ("co.uk", "com.cn", "com.tw"): the company's label is the one before. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu");
    /** Words of a broker's, publisher's or investor's name: their mails give others' figures, never their own. */
    static final Pattern NOT_AN_OPERATOR = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:research|securities|equity|capital|ventures|partners|media|verlag|advisors|bank|asset management)(?![\\p{L}])");
    /** The line that opens the earlier message a reply quotes: its signature is not this mail's. */
    private static final Pattern QUOTED_MESSAGE = Pattern.compile(
            "^(?:-{3,}\\s*(?:Original Message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Forwarded message|原始邮件|原始郵件)"
                    + "|(?:Am|On) .{6,80}(?:schrieb|wrote)\\s*.{0,60}:$)", Pattern.CASE_INSENSITIVE);
    private static final int HEADER_LINES = 12;
    private static final int SIGNATURE_LINES = 15;

    private SenderOrganisation() {
    }

    static String find(String text) {
        String[] lines = text.split("\n", -1);
        String domain = senderDomain(lines);
        if (domain == null || FREE_MAIL.contains(domain)) {
            return null;
        }
        int end = lines.length;
        for (int i = HEADER_LINES; i < lines.length; i++) {
            if (QUOTED_MESSAGE.matcher(lines[i].strip()).find()) {
                end = i;
                break;
            }
        }
        int seen = 0;
        for (int i = end - 1; i >= 0 && seen < SIGNATURE_LINES; i--) {
            // "Sturmkamm Robotics GmbH | Hafenstraße 3 | Hamburg": the name is the signature line's first part
            String l = lines[i].strip().split("\\s+[|·•]\\s+", 2)[0].strip();
            if (l.isEmpty() || l.startsWith(">")) {
                continue;
            }
            seen++;
            // "Sturmkamm Robotics GmbH": a line that is a name with its legal form, as the cleaning tells one
            if (EdgeChrome.get().isLegalName(l) && spells(domain, l) && !NOT_AN_OPERATOR.matcher(l).find()) {
                return l;
            }
        }
        return null;
    }

    /** "sturmkamm" of "k.roth@mail.sturmkamm.de", "harrow-finch" of "…@harrow-finch.co.uk". */
    private static String senderDomain(String[] lines) {
        for (String l : headLines(lines, HEADER_LINES)) {
            Matcher m = SENDER_FIELD.matcher(l);
            if (m.find()) {
                String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
                int k = labels.length - 2;
                if (k > 0 && SECOND_LEVEL.contains(labels[k]) && labels[labels.length - 1].length() == 2) {
                    k--;
                }
                return k >= 0 ? labels[k] : null;
            }
        }
        return null;
    }

    /** The first {@code count} lines holding any text, stripped: where a mail's or a post's head stands. */
    static java.util.List<String> headLines(String[] lines, int count) {
        java.util.List<String> head = new java.util.ArrayList<>(count);
        for (int i = 0; i < lines.length && head.size() < count; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty()) {
                head.add(l);
            }
        }
        return head;
    }

    /** The domain spells the company's name, or its first word ("sturmkamm" for "Sturmkamm Robotics"). */
    private static boolean spells(String domain, String name) {
        String label = letters(domain);
        String whole = letters(name);
        String first = letters(name.split("[ \\t]+")[0]);
        return label.length() >= 3 && (whole.startsWith(label) || label.startsWith(first) && first.length() >= 3);
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
    }
}
