package app.dossier.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a founder's post is written for: its author's headline under the name says it ("CEO &amp;
 * Co-founder at Brenmoor Labs | ex-…", "Gründerin von Nordlicht Robotics", "星河智算创始人兼CEO"). The
 * cleaning removes that line as chrome, so it is read first; the post's "we raised", "our ARR" are that
 * company's. A headline naming an investor's firm ("Partner at … Ventures") names nobody the post speaks for.
 */
final class BylineOrganisation {
    /** An operator's role, then "at/of/bei/von", then a capitalised name that ends the headline or one of its parts. */
    private static final Pattern LATIN_HEADLINE = Pattern.compile(
            "^(?:(?:Co-?)?[Ff]ounder|CEO|CTO|COO|CFO|Chief [A-Z][a-z]+ Officer|(?:Mit)?[Gg]ründer(?:in)?|Geschäftsführer(?:in)?)"
                    + "(?:\\s*(?:&|and|und|\\+|/|,)\\s*(?:(?:Co-?)?[Ff]ounder|CEO|CTO|COO|CFO|(?:Mit)?[Gg]ründer(?:in)?|Geschäftsführer(?:in)?))*"
                    + "\\s+(?:at|of|@|bei|von)\\s+(\\p{Lu}[\\p{L}\\d&.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.\\-]*){0,3})\\s*(?:[|•·,(]|$)");
    /** "星河智算创始人兼CEO", "星河智算 联合创始人": a Han name right before the founder's title. */
    private static final Pattern HAN_HEADLINE = Pattern.compile(
            "^(\\p{IsHan}{2,12})\\s*(?:联合|聯合)?(?:创始人|創始人|首席执行官|首席執行官|CEO)(?:[兼、]|\\s|$|[|•·])");
    private static final int HEADER_LINES = 6;

    private BylineOrganisation() {
    }

    static String find(String text) {
        for (String l : SenderOrganisation.headLines(text.split("\n", -1), HEADER_LINES)) {
            Matcher m = LATIN_HEADLINE.matcher(l);
            if (!m.find()) {
                m = HAN_HEADLINE.matcher(l);
                if (!m.find()) {
                    continue;
                }
            }
            String name = m.group(1).replaceAll("[.\\-]+$", "").strip();
            return SenderOrganisation.NOT_AN_OPERATOR.matcher(name).find() ? null : name;
        }
        return null;
    }
}
