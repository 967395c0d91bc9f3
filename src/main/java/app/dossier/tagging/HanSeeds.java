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
    /** A name before a funding verb, with a Latin form glued to it: "衡舟数智Hengzhou". */
    private static final int MAX_FUNDED_NAME = 16;
    /** An amount right after a name: "澄光机器人，约8000万元", "雲躍資料（3.5億元）". */
    private static final java.util.regex.Pattern AMOUNT_AFTER = java.util.regex.Pattern.compile(
            "^[，,（(：:\\s]{0,2}[约約近超逾]?\\d[\\d,.]*\\s*[万萬亿億]?(?:元|美元|人民币|人民幣|新台幣|港元)");
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
            boolean named = rules.cjkWeakSuffixes.contains(m.group(1)) ? amountAfter(text, m.end()) : looksNamed(text, name, start, m.end());
            if (head.length() >= 2 && !generic(head) && named) {
                out.add(new Seed(name, name, start, m.end(), false, true));
            }
        }
        placeOf(text, out);
        beforeEvent(text, out);
        latinInBrackets(text, out);
        Matcher m = rules.cjkFunding.matcher(text);
        while (m.find()) {
            int verb = beforeTimeWords(text, m.start());
            int from = verb;
            while (from > 0 && verb - from < MAX_FUNDED_NAME && isFundedNameChar(text.charAt(from - 1))) {
                from--;
            }
            String head = afterBoundary(text.substring(from, verb));
            int end = verb;
            while (!head.isEmpty() && rules.cjkTrailingChars.indexOf(head.charAt(head.length() - 1)) >= 0) {
                head = head.substring(0, head.length() - 1);
                end--;
            }
            if (head.length() >= 2 && !generic(head)) {
                out.add(new Seed(head, head, end - head.length(), end, false, true));
            }
        }
    }

    /** "芯曜法說會", "去聽了晶川的法說": the company whose results meeting it is. */
    private void beforeEvent(String text, List<Seed> out) {
        for (String event : rules.cjkEventAfter) {
            for (int at = text.indexOf(event); at >= 0; at = text.indexOf(event, at + 1)) {
                int end = at > 0 && text.charAt(at - 1) == '的' ? at - 1 : at;
                int from = end;
                while (from > 0 && end - from < 8 && isNameChar(text.charAt(from - 1))) {
                    from--;
                }
                String name = afterBoundary(text.substring(from, end));
                // "兩場法說會", "很辛苦法說會上": only a name the text uses again elsewhere
                boolean recurs = text.indexOf(name) != end - name.length() || text.indexOf(name, end) >= 0;
                if (name.length() >= 2 && name.length() <= 6 && recurs && !generic(name) && !rules.cjkPlaces.contains(name)) {
                    out.add(new Seed(name, name, end - name.length(), end, false, true));
                }
            }
        }
    }

    /** "深圳的知衡数据": a name with an industry word after a city and "的" (the Chinese "Shenzhen-based X"). */
    private void placeOf(String text, List<Seed> out) {
        for (String place : rules.cjkPlaces) {
            String cue = place + "的";
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int from = at + cue.length();
                int to = from;
                while (to < text.length() && to - from < 8 && isNameChar(text.charAt(to))) {
                    to++;
                }
                String run = beforeBoundary(beforeLegalForm(text.substring(from, to)));
                String name = longestIndustryEnding(run);
                if (name.length() >= 4 && !generic(name) && !onlyIndustryWords(name)) {
                    out.add(new Seed(name, name, from, from + name.length(), false, true));
                }
            }
        }
    }

    /** The longest start of {@code run} ending in an industry word ("知衡数据" of "知衡数据其"), else "". */
    private String longestIndustryEnding(String run) {
        for (int end = run.length(); end >= 3; end--) {
            String head = run.substring(0, end);
            if (rules.cjkIndustryParts.stream().anyMatch(w -> head.endsWith(w) && head.length() > w.length() + 1)) {
                return head;
            }
        }
        return "";
    }

    /**
     * "康耐视（Cognex）仍占据…份额": a Chinese name followed by its Latin name in brackets, then what companies do
     * (a share, revenue, a round). One Latin word, as firms are written; a person has two ("黄仁勋（Jensen Huang）").
     */
    private static final java.util.regex.Pattern LATIN_IN_BRACKETS = java.util.regex.Pattern.compile(
            "[（(]([A-Z][A-Za-z0-9.&-]{1,24})[）)]");

    private void latinInBrackets(String text, List<Seed> out) {
        Matcher m = LATIN_IN_BRACKETS.matcher(text);
        while (m.find()) {
            int end = m.start();
            int from = end;
            while (from > 0 && end - from < 6 && isNameChar(text.charAt(from - 1))) {
                from--;
            }
            String name = afterBoundary(text.substring(from, end));
            String next = CharFolding.fold(text.substring(m.end(), Math.min(text.length(), m.end() + 8)));
            boolean acts = rules.cjkSubjectAfter.stream().map(CharFolding::fold).anyMatch(next::contains);
            if (name.length() >= 2 && acts && !generic(name) && !rules.cjkPlaces.contains(name)
                    && (!isAcronym(m.group(1)) || endsLikeFirm(name))) {
                int start = end - name.length();
                out.add(new Seed(name, name + m.group(1), start, end, false, true)); // the Latin name becomes one of its forms
            }
        }
    }

    /**
     * "冷卻液分配單元（CDU）", "高效能運算（HPC）": capitals alone in brackets gloss a technical term far more
     * often than they name a firm, so the Chinese before them must end like a firm's name ("…科技", "…半導體").
     */
    private static boolean isAcronym(String latin) {
        return latin.chars().noneMatch(Character::isLowerCase);
    }

    private boolean endsLikeFirm(String name) {
        return rules.cjkIndustryParts.stream().anyMatch(w -> name.endsWith(w) && name.length() > w.length());
    }

    /** Where "衡舟数智今年3月完成…" has its name end: dates and adverbs before the verb are not part of it. */
    private int beforeTimeWords(String text, int verb) {
        int end = verb;
        while (end > 0) {
            Matcher time = rules.cjkTimeBeforeVerb.matcher(text.substring(Math.max(0, end - 8), end));
            if (!time.find() || time.start() == time.end()) {
                return end;
            }
            end -= time.end() - time.start();
        }
        return end;
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
            String name = beforeBoundary(beforeLegalForm(text.substring(from, to)));
            boolean industry = rules.cjkIndustryParts.stream().anyMatch(name::endsWith);
            String next = CharFolding.fold(text.substring(from + name.length(), Math.min(text.length(), from + name.length() + 4)));
            boolean companyContext = rules.cjkContextWords.stream().anyMatch(next::startsWith);
            if (name.length() >= 2 && name.length() <= 8 && (industry || companyContext) && !generic(name)) {
                out.add(new Seed(name, name, from, from + name.length(), false, true));
            }
        }
    }

    /** "新創晶熠光通股份有限公司": the name after a descriptor ends where its legal form starts. */
    private String beforeLegalForm(String han) {
        int cut = han.length();
        for (String form : rules.cjkLegalForms) {
            int at = han.indexOf(form);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return han.substring(0, cut);
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
        boolean[] inWord = inIndustryWord(han);
        int cut = 0;
        for (int i = 0; i < han.length(); i++) {
            if (!inPlace[i] && !inWord[i] && rules.cjkFunctionChars.indexOf(han.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        if (placeStart > cut && han.length() - placeStart >= 4) {
            cut = placeStart; // "欢迎参加上海岫算软件": the name starts at its city
        }
        for (List<String> words : List.of(rules.cjkBoundaryWords, rules.cjkDescriptors)) {
            for (String w : words) {
                int i = han.lastIndexOf(w);
                if (i >= 0 && i + w.length() > cut) {
                    cut = i + w.length();
                }
            }
        }
        return han.substring(cut);
    }

    /**
     * A long head whose distinctive part recurs in the text on its own ("欢迎参加云岫智算科技" when
     * "云岫智算" recurs) starts where that part starts.
     */
    private String recurringTail(String text, String head, int headStart) {
        if (head.length() <= 4 || !HanVariants.withoutPlace(head, rules).equals(head)) {
            return head;
        }
        for (int i = 1; i + 2 <= head.length(); i++) {
            String tail = head.substring(i);
            String core = HanVariants.core(tail, rules);
            if (core.length() >= 2 && core.length() < tail.length() + 1 && recursAlone(text, core, head)
                    && (head.length() > 6 || !onlyIndustryWords(core) && recursWithoutPrefix(text, core, head.charAt(i - 1)))) {
                // a short head is cut only where a name recurs: "智能" recurring in "智能體" says nothing about "澄曜智能"
                return tail;
            }
        }
        return head;
    }

    /** "先講雲垣智能股份有限公司" when "去雲垣智能" recurs: the part recurs after another character than the one cut off. */
    private static boolean recursWithoutPrefix(String text, String core, char cut) {
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
            if (at == 0 || text.charAt(at - 1) != cut) {
                return true;
            }
        }
        return false;
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

    /** "数据" holds the function character "据" ("according to"): a character inside an industry word is no boundary. */
    private boolean[] inIndustryWord(String han) {
        boolean[] in = new boolean[han.length()];
        for (String word : rules.cjkIndustryParts) {
            for (int at = han.indexOf(word); at >= 0; at = han.indexOf(word, at + 1)) {
                java.util.Arrays.fill(in, at, at + word.length(), true);
            }
        }
        return in;
    }

    /** The part of a run of Han before its first function character or boundary word. */
    private String beforeBoundary(String han) {
        int cut = han.length();
        boolean[] inWord = inIndustryWord(han);
        for (int i = 0; i < han.length(); i++) {
            if (!inWord[i] && rules.cjkFunctionChars.indexOf(han.charAt(i)) >= 0) {
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

    /**
     * A generic word anywhere in the name; a generic character (a pronoun, "该", "本") only where the name
     * starts, since the same character is part of many names (启元, 元衡).
     */
    private boolean generic(String head) {
        String folded = CharFolding.fold(head);
        return rules.cjkGenericParts.stream().anyMatch(folded::contains)
                || rules.cjkGenericStarts.stream().anyMatch(folded::startsWith)
                || rules.cjkPlaces.stream().anyMatch(head::equals)
                || onlyIndustryWords(head);
    }

    /** "科技" of "其科技基金", "智能" alone: industry words with nothing of a name before them. */
    private boolean onlyIndustryWords(String head) {
        String rest = head;
        boolean cut = true;
        while (cut && !rest.isEmpty()) {
            cut = false;
            for (String part : rules.cjkIndustryParts) {
                if (rest.endsWith(part)) {
                    rest = rest.substring(0, rest.length() - part.length());
                    cut = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
    }

    /**
     * A legal name may hold a place, industry words and words of its trade (北京智谱华章科技, 杭州澜舟算力网络,
     * 鼎智雲端), but not be nothing else, nor hold words of a sentence (可以, 我们).
     */
    private boolean genericWhole(String head) {
        String core = HanVariants.core(head, rules);
        if (core.length() < 2) {
            return true;
        }
        String folded = CharFolding.fold(core);
        boolean sentenceWord = rules.cjkGenericParts.stream().filter(w -> !rules.cjkNameDescriptors.contains(w)).anyMatch(folded::contains);
        return sentenceWord || rules.cjkGenericStarts.stream().anyMatch(folded::startsWith) || rules.cjkPlaces.contains(core)
                || HanVariants.distinct(core, rules).length() < 2;
    }

    private static boolean amountAfter(String text, int end) {
        return AMOUNT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).find();
    }

    /** A Chinese name counts when quoted, repeated, or next to a company word (创始人, 完成...融资). */
    private boolean looksNamed(String text, String name, int start, int end) {
        String core = HanVariants.core(name, rules);
        boolean coreRecurs = core.length() >= 2 && !generic(core) && (text.indexOf(core, end) >= 0 || text.lastIndexOf(core, start - 1) >= 0);
        if (coreRecurs || text.indexOf(name, end) >= 0 || (start > 0 && "“\"「《『".indexOf(text.charAt(start - 1)) >= 0)
                || amountAfter(text, end)) {
            return true;
        }
        String around = CharFolding.fold(text.substring(Math.max(0, start - rules.cjkContextReach), start)
                + "|" + text.substring(end, Math.min(text.length(), end + rules.cjkContextReach)));
        return rules.cjkContextWords.stream().anyMatch(around::contains);
    }
}
