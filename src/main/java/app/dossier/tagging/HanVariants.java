package app.dossier.tagging;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The shorter forms a Chinese company goes by in the same report: 深圳芯衡微电子有限公司 is also
 * 深圳芯衡微电子, 芯衡微电子 and 芯衡 (without legal form, city, industry word).
 */
final class HanVariants {
    private HanVariants() {
    }

    /** "衡舟数智Hengzhou": a Chinese name with its Latin name glued after it. */
    private static final java.util.regex.Pattern GLUED_LATIN = java.util.regex.Pattern.compile("(\\p{IsHan}{2,})([A-Za-z][A-Za-z\\d .&-]{2,})");

    static Set<String> of(String written, DiscoveryRules rules) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(written);
        java.util.regex.Matcher glued = GLUED_LATIN.matcher(written);
        if (glued.matches()) {
            forms.add(glued.group(2).strip());
            written = glued.group(1);
            forms.add(written);
        }
        String name = withoutLegalForm(written, rules);
        forms.add(name);
        String local = withoutPlace(name, rules);
        forms.add(local);
        String core = core(name, rules);
        if (core.length() >= 2) {
            forms.add(core);
        }
        String distinct = distinct(core, rules);
        if (distinct.length() >= 2 && !rules.cjkPlaces.contains(distinct)) {
            forms.add(distinct); // 澜舟 of 澜舟算力网络: the report calls it so once it has named it in full
        }
        forms.removeIf(f -> f.length() < 2);
        return forms;
    }

    /**
     * The forms of a name in one text: besides those of {@link #of(String, DiscoveryRules)}, the first two
     * characters of a registered name whose distinctive part is longer ("澄岳熱控股份有限公司" is "澄岳" once the
     * text calls it so on its own): the industry word of its tail ("熱控") is not one the rules know.
     */
    static Set<String> of(String written, DiscoveryRules rules, String text) {
        Set<String> forms = of(written, rules);
        String head = recurringHead(written, rules, text);
        if (head != null) {
            forms.add(head);
        }
        return forms;
    }

    private static String recurringHead(String written, DiscoveryRules rules, String text) {
        String name = withoutLegalForm(written, rules);
        if (name.equals(written)) {
            return null; // only a name given in full with its legal form is sure enough to shorten this way
        }
        String distinct = distinct(core(name, rules), rules);
        if (distinct.length() < 4 || distinct.length() > 5 || !distinct.chars().allMatch(c -> DiscoveryRules.isHan((char) c))) {
            return null;
        }
        String head = distinct.substring(0, 2);
        String folded = CharFolding.fold(head);
        if (rules.cjkPlaces.contains(head) || rules.cjkGenericParts.stream().anyMatch(folded::contains)
                || rules.cjkGenericStarts.stream().anyMatch(folded::startsWith)) {
            return null;
        }
        String rest = distinct.substring(2);
        for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
            if (!text.startsWith(rest, at + 2)) {
                return head;
            }
        }
        return null;
    }

    static String withoutLegalForm(String s, DiscoveryRules rules) {
        for (String form : rules.cjkLegalForms) {
            if (s.endsWith(form) && s.length() > form.length()) {
                return s.substring(0, s.length() - form.length());
            }
        }
        return s;
    }

    static String withoutPlace(String s, DiscoveryRules rules) {
        for (String place : rules.cjkPlaces) {
            if (s.startsWith(place) && s.length() >= place.length() + 2) {
                String rest = s.substring(place.length());
                return rest.startsWith("市") && rest.length() >= 3 ? rest.substring(1) : rest;
            }
        }
        return s;
    }

    /** The distinctive part: without legal form, leading place and trailing industry words. */
    static String core(String s, DiscoveryRules rules) {
        String core = withoutPlace(withoutLegalForm(s, rules), rules);
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String part : rules.cjkIndustryParts) {
                if (core.endsWith(part) && core.length() - part.length() >= 2) {
                    core = core.substring(0, core.length() - part.length());
                    cut = true;
                    break;
                }
            }
        }
        return core;
    }

    /** The core without the words of its trade that end it: 澜舟 of 澜舟算力, 鼎智 of 鼎智雲端 ("" when nothing is left). */
    static String distinct(String core, DiscoveryRules rules) {
        String rest = core;
        boolean cut = true;
        while (cut) {
            cut = false;
            String folded = CharFolding.fold(rest);
            for (String w : rules.cjkNameDescriptors) {
                if (folded.endsWith(w)) {
                    rest = rest.substring(0, rest.length() - w.length());
                    cut = true;
                    break;
                }
            }
            for (String part : rules.cjkIndustryParts) {
                if (!cut && rest.endsWith(part)) {
                    rest = rest.substring(0, rest.length() - part.length());
                    cut = true;
                }
            }
        }
        return rest;
    }
}
