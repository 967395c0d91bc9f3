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
        forms.removeIf(f -> f.length() < 2);
        return forms;
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
}
