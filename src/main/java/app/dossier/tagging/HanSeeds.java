package app.dossier.tagging;

import app.dossier.tagging.NameSeeds.Seed;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Chinese company names: before a legal form (深圳芯衡微电子有限公司), ending in an industry word
 * (語森科技), after a descriptor (芯片设计公司芯衡微电子), before a funding phrase (悟界获得…融资).
 * Chinese has no spaces, so a name's start is where the words before it stop: a function character
 * or a verb (宣布, 完成, 旗下).
 */
final class HanSeeds {
    private static final int MAX_NAME = 14;
    private final DiscoveryRules rules;

    HanSeeds(DiscoveryRules rules) {
        this.rules = rules;
    }

    void find(String text, AnchoredPatterns.Scan anchors, List<Seed> out) {
        legalForms(text, anchors, out);
        descriptors(text, anchors, out);
        for (MatchResult m : anchors.matches(rules.cjkSuffix)) {
            int from = m.start();
            while (from > 0 && m.start() - from < 4 && DiscoveryRules.isHan(text.charAt(from - 1))) {
                from--;
            }
            String head = afterBoundary(text.substring(from, m.start()));
            int start = m.start() - head.length();
            String name = head + m.group(1);
            if (head.length() >= 2 && !generic(head) && looksNamed(text, name, start, m.end())) {
                out.add(new Seed(name, name, start, m.end(), false, true));
            }
        }
        Matcher m = rules.cjkFunding.matcher(text);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && m.start() - from < 8 && isFundedNameChar(text.charAt(from - 1))) {
                from--;
            }
            String head = afterBoundary(text.substring(from, m.start()));
            int end = m.start();
            while (!head.isEmpty() && rules.cjkTrailingChars.indexOf(head.charAt(head.length() - 1)) >= 0) {
                head = head.substring(0, head.length() - 1);
                end--;
            }
            if (head.length() >= 2 && !generic(head)) {
                out.add(new Seed(head, head, end - head.length(), end, false, true));
            }
        }
    }

    private static boolean isFundedNameChar(char c) {
        return DiscoveryRules.isHan(c) || c < 0x80 && (Character.isLetterOrDigit(c) || c == '.');
    }

    private void legalForms(String text, AnchoredPatterns.Scan anchors, List<Seed> out) {
        for (MatchResult m : anchors.matches(rules.cjkLegalForm)) { // longest form first: 股份有限公司 before 有限公司
            int at = m.start();
            int from = at;
            while (from > 0 && at - from < MAX_NAME && isNameChar(text.charAt(from - 1))) {
                from--;
            }
            String head = recurringTail(text, afterBoundary(text.substring(from, at)), from);
            if (head.length() >= 2 && !genericWhole(head)) {
                out.add(new Seed(head, head + m.group(), at - head.length(), m.end(), true, true));
            }
        }
    }

    private void descriptors(String text, AnchoredPatterns.Scan anchors, List<Seed> out) {
        for (MatchResult m : anchors.matches(rules.cjkDescriptor)) {
            int from = m.end();
            int to = from;
            while (to < text.length() && to - from < 10 && isNameChar(text.charAt(to))) {
                to++;
            }
            String name = beforeBoundary(text.substring(from, to));
            boolean industry = rules.cjkIndustryParts.stream().anyMatch(name::endsWith);
            String next = CharFolding.fold(text.substring(from + name.length(), Math.min(text.length(), from + name.length() + 4)));
            boolean companyContext = rules.cjkContextWords.stream().anyMatch(next::startsWith);
            if (name.length() >= 2 && name.length() <= 8 && (industry || companyContext) && !generic(name)) {
                out.add(new Seed(name, name, from, from + name.length(), false, true));
            }
        }
    }

    private static boolean isNameChar(char c) {
        return DiscoveryRules.isHan(c);
    }

    /** The part of a run of Han after its last function character or boundary word; a place name starts a name. */
    private String afterBoundary(String han) {
        boolean[] inPlace = new boolean[han.length()];
        int placeStart = -1;
        for (String place : rules.cjkPlaces) {
            for (int at = han.indexOf(place); at >= 0; at = han.indexOf(place, at + 1)) {
                java.util.Arrays.fill(inPlace, at, at + place.length(), true);
                placeStart = Math.max(placeStart, at);
            }
        }
        int cut = 0;
        for (int i = 0; i < han.length(); i++) {
            if (!inPlace[i] && rules.cjkFunctionChars.indexOf(han.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        if (placeStart > cut && han.length() - placeStart >= 4) {
            cut = placeStart; // "欢迎参加上海岫算软件": the name starts at its city
        }
        for (String w : rules.cjkBoundaryWords) {
            int i = han.lastIndexOf(w);
            if (i >= 0 && i + w.length() > cut) {
                cut = i + w.length();
            }
        }
        return han.substring(cut);
    }

    /**
     * A long head whose distinctive part recurs in the text on its own ("欢迎参加云岫智算科技" when
     * "云岫智算" recurs) starts where that part starts.
     */
    private String recurringTail(String text, String head, int headStart) {
        if (head.length() <= 6 || !HanVariants.withoutPlace(head, rules).equals(head)) {
            return head;
        }
        for (int i = 1; i + 2 <= head.length(); i++) {
            String tail = head.substring(i);
            String core = HanVariants.core(tail, rules);
            if (core.length() >= 2 && core.length() < tail.length() + 1 && recursAlone(text, core, head)) {
                return tail;
            }
        }
        return head;
    }

    private static boolean recursAlone(String text, String core, String head) {
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
            int headAt = text.lastIndexOf(head, at);
            if (headAt < 0 || headAt + head.length() < at) {
                return true;
            }
        }
        return false;
    }

    /** The part of a run of Han before its first function character or boundary word. */
    private String beforeBoundary(String han) {
        int cut = han.length();
        for (int i = 0; i < han.length(); i++) {
            if (rules.cjkFunctionChars.indexOf(han.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        for (String w : rules.cjkBoundaryWords) {
            int i = han.indexOf(w);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return han.substring(0, cut);
    }

    private boolean generic(String head) {
        String folded = CharFolding.fold(head);
        return rules.cjkGenericParts.stream().anyMatch(folded::contains)
                || rules.cjkPlaces.stream().anyMatch(head::equals);
    }

    /** A legal name may hold a place and a generic word (北京智谱华章科技), but not be nothing else. */
    private boolean genericWhole(String head) {
        String core = HanVariants.core(head, rules);
        return core.length() < 2 || generic(core);
    }

    /** A Chinese name counts when quoted, repeated, or next to a company word (创始人, 完成...融资). */
    private boolean looksNamed(String text, String name, int start, int end) {
        String core = HanVariants.core(name, rules);
        boolean coreRecurs = core.length() >= 2 && !generic(core) && (text.indexOf(core, end) >= 0 || text.lastIndexOf(core, start - 1) >= 0);
        if (coreRecurs || text.indexOf(name, end) >= 0 || (start > 0 && "“\"「《『".indexOf(text.charAt(start - 1)) >= 0)) {
            return true;
        }
        String around = CharFolding.fold(text.substring(Math.max(0, start - rules.cjkContextReach), start)
                + "|" + text.substring(end, Math.min(text.length(), end + rules.cjkContextReach)));
        return rules.cjkContextWords.stream().anyMatch(around::contains);
    }
}
