package app.dossier.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a call transcript or interview: who speaks where, and whether the speaker is from outside the
 * company whose document it is (an analyst asking about a rival names the rival, not the issuer; the bank in
 * "Priya Castellanos -- Analyst, Morgan Stanley" is the speaker's employer, not the subject). Labels and roles
 * are data (figures/speakers.json).
 */
final class SpeakerTurns {
    /** "Dana Whitfield -- Chief Executive Officer", "Sam Whitcombe - Brightwater Securities", "… Analyst, Firm:". */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3})\\s+(?:--|—|–|-)\\s+([^\\n]{2,90}?)\\s*[:：]?\\s*$");
    /** A paragraph opening with its speaker: "Operator:", "Sam Whitcombe:", "中金公司分析师 李然：". */
    private static final Pattern INLINE_LABEL = Pattern.compile("^\\s*([^\\n:：。.!?！？]{1,30})[:：]");

    record Turn(int start, int end, boolean outside) {
    }

    private static volatile Vocabulary builtin;

    private final List<Turn> turns = new ArrayList<>();
    private final List<int[]> labelLines = new ArrayList<>();
    private final String text;
    private final Pattern secondPerson;

    SpeakerTurns(String text, DocumentLayout layout) {
        this.text = text;
        Vocabulary v = vocabulary();
        Set<String> speakers = new HashSet<>();
        Set<String> outsiders = new HashSet<>();
        java.util.Map<Integer, String> labelAt = new java.util.HashMap<>();
        Matcher m = LABEL_LINE.matcher(text);
        for (DocumentLayout.Line l : layout.lines()) {
            if (l.kind() != DocumentLayout.Kind.BLANK && m.region(l.start(), l.end()).matches()) {
                labelLines.add(new int[]{l.start(), l.end()});
                labelAt.put(l.start(), m.group(1));
                speakers.add(m.group(1));
                if (v.outsideRole.matcher(m.group(2)).find()) {
                    outsiders.add(m.group(1));
                }
            }
        }
        int open = -1;
        boolean openOutside = false;
        Matcher inline = INLINE_LABEL.matcher(text);
        for (DocumentLayout.Line l : layout.lines()) {
            String speaker = l.kind() == DocumentLayout.Kind.BLANK ? null
                    : labelAt.containsKey(l.start()) ? labelAt.get(l.start()) : inlineSpeaker(inline, l, speakers, v);
            if (speaker == null) {
                continue;
            }
            if (open >= 0) {
                turns.add(new Turn(open, l.start(), openOutside));
            }
            open = l.start();
            openOutside = outsiders.contains(speaker) || v.outsideRole.matcher(speaker).find();
        }
        if (open >= 0) {
            turns.add(new Turn(open, text.length(), openOutside));
        }
        this.secondPerson = v.secondPerson;
        if (turns.stream().allMatch(Turn::outside) || turns.stream().noneMatch(Turn::outside)) {
            turns.clear(); // "分析师：…", "分析师声明：" in a broker's note are no dialogue; only a call has both sides
        }
    }

    /** The speaker a paragraph opens with, or null: a known name, a chair or a role before a colon. */
    private static String inlineSpeaker(Matcher inline, DocumentLayout.Line l, Set<String> speakers, Vocabulary v) {
        if (!inline.region(l.start(), l.end()).lookingAt()) {
            return null;
        }
        String label = inline.group(1).strip();
        boolean known = speakers.contains(label) || v.chair.matcher(label).matches() || v.outsideRole.matcher(label).find();
        return known ? label : null;
    }

    /** A speaker from outside the company speaks at pos (an analyst's question). */
    boolean outsideAt(int pos) {
        for (Turn t : turns) {
            if (pos >= t.start() && pos < t.end()) {
                return t.outside();
            }
        }
        return false;
    }

    /** The speaker addresses the company between from and to: "your 14%", "贵公司", "Sie". */
    boolean addressesCompany(int from, int to) {
        return secondPerson.matcher(text).region(from, to).find();
    }

    /** A label or participants line ("Name -- Analyst, Firm"): the firm named there is no subject of the text. */
    boolean inLabel(int pos) {
        for (int[] l : labelLines) {
            if (pos >= l[0] && pos < l[1]) {
                return true;
            }
        }
        return false;
    }

    private record Vocabulary(Pattern outsideRole, Pattern chair, Pattern secondPerson) {
    }

    private static Vocabulary vocabulary() {
        Vocabulary v = builtin;
        if (v == null) {
            JsonNode root = CueBook.readResource(new ObjectMapper(), "speakers.json");
            v = new Vocabulary(words(root.get("outsideRoles"), true), words(root.get("chairs"), true),
                    words(root.get("secondPerson"), false));
            builtin = v;
        }
        return v;
    }

    /** The words as one pattern; a Latin word stands alone ("you" not in "young"), Han words anywhere. */
    private static Pattern words(JsonNode list, boolean ignoreCase) {
        List<String> alternatives = new ArrayList<>();
        list.forEach(w -> {
            String s = w.asText();
            boolean latin = s.chars().allMatch(c -> c < 0x2E80);
            alternatives.add(latin ? "(?<![\\p{L}])" + Pattern.quote(s) + "(?![\\p{L}])" : Pattern.quote(s));
        });
        return Pattern.compile(String.join("|", alternatives), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

}
