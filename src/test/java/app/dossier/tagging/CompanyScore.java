package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.Mention;
import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores company mentions against golden companies the way ../shared/tools/evaluate.py does: a golden
 * company is found when a mentioned company shares a name with it; a mentioned company not golden and
 * not optional counts against precision.
 */
final class CompanyScore {
    private final Map<String, Company> byId;
    private final Function<String, Set<String>> goldNames;
    private int gold;
    private int hit;
    private int out;
    private int good;

    /** @param goldNames the normalised names a golden company may go by */
    CompanyScore(Map<String, Company> byId, Function<String, Set<String>> goldNames) {
        this.byId = byId;
        this.goldNames = goldNames;
    }

    /** Adds one report (its golden entry with companies and optional_companies) and prints its line. */
    void add(JsonNode report, String text, List<Mention> mentions) {
        Set<String> found = new HashSet<>();
        Set<String> mentioned = new HashSet<>();
        for (Mention m : mentions) {
            found.addAll(names(byId.get(m.companyId())));
            mentioned.add(m.companyId());
        }
        List<String> missing = new ArrayList<>();
        Set<String> allGold = new HashSet<>();
        for (JsonNode c : report.path("companies")) {
            Set<String> g = goldNames.apply(c.asText());
            allGold.addAll(g);
            if (g.stream().noneMatch(found::contains)) {
                missing.add(c.asText());
            }
        }
        Set<String> optional = new HashSet<>();
        report.path("optional_companies").forEach(o -> optional.add(norm(o.asText())));
        mentioned.removeIf(id -> names(byId.get(id)).stream().anyMatch(optional::contains));
        List<String> extra = new ArrayList<>();
        for (String id : mentioned) {
            if (names(byId.get(id)).stream().noneMatch(allGold::contains)) {
                extra.add(byId.get(id).name() + " " + snippets(mentions, id, text));
            }
        }
        int expected = report.path("companies").size();
        gold += expected;
        hit += expected - missing.size();
        out += mentioned.size();
        good += mentioned.size() - extra.size();
        System.out.printf("%s: %d/%d missing=%s extra=%s%n", report.path("file").asText(),
                expected - missing.size(), expected, missing, extra);
    }

    double recall() {
        return (double) hit / gold;
    }

    double precision() {
        return (double) good / out;
    }

    String summary() {
        return String.format(Locale.ROOT, "recall=%.3f precision=%.3f (%d/%d found, %d/%d right)",
                recall(), precision(), hit, gold, good, out);
    }

    static Set<String> names(Company c) {
        Set<String> s = new HashSet<>();
        s.add(norm(c.name()));
        c.aliases().forEach(a -> s.add(norm(a)));
        c.products().forEach(a -> s.add(norm(a)));
        return s;
    }

    /** evaluate.py's norm(): NFKC, lower case, without spaces and . - _ ' ’ ( ) （ ） ·. */
    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.\\-_'’()（）·]", "");
    }

    private static String snippets(List<Mention> mentions, String id, String text) {
        StringBuilder b = new StringBuilder();
        mentions.stream().filter(m -> m.companyId().equals(id)).limit(2).forEach(m -> b.append("[")
                .append(text, Math.max(0, m.start() - 12), Math.min(text.length(), m.end() + 12)).append("]"));
        return b.toString().replace('\n', ' ');
    }
}
