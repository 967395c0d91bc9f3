package app.dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Widens a parsed query by the other names of the companies it names: the word Moonshot becomes
 * (Moonshot OR "月之暗面"), the words Zhipu AI become ("Zhipu AI" OR "智谱" OR ...). Done on the parsed query,
 * not with Lucene's SynonymGraphFilter, so that each added name is an ordinary phrase the hit locator marks
 * in the text and the user is told about, and so that editing the registry never requires re-indexing.
 * Excluded words (NOT, -word) are left as typed.
 */
final class QueryExpansion {
    /** The longest company name, in words, looked for among consecutive query words. */
    private static final int MAX_NAME_WORDS = 5;

    record Expanded(QueryNode node, List<String> alsoSearched) {
    }

    private final CompanyNames names;
    private final Set<String> added = new LinkedHashSet<>();

    private QueryExpansion(CompanyNames names) {
        this.names = names;
    }

    static Expanded expand(QueryNode node, CompanyNames names) {
        if (names.isEmpty()) {
            return new Expanded(node, List.of());
        }
        QueryExpansion expansion = new QueryExpansion(names);
        QueryNode expanded = expansion.visit(node);
        return new Expanded(expanded, List.copyOf(expansion.added));
    }

    private QueryNode visit(QueryNode node) {
        if (node instanceof QueryNode.Word word) {
            return widen(node, word.text());
        } else if (node instanceof QueryNode.Phrase phrase) {
            return widen(node, phrase.text());
        } else if (node instanceof QueryNode.Or or) {
            return new QueryNode.Or(or.nodes().stream().map(this::visit).toList());
        } else if (node instanceof QueryNode.And and) {
            return new QueryNode.And(visitAll(and.nodes()));
        }
        return node;
    }

    /** Runs of consecutive words are matched against names longest first, so "Zhipu AI" is one name. */
    private List<QueryNode> visitAll(List<QueryNode> nodes) {
        List<QueryNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); ) {
            int matched = 0;
            for (int n = Math.min(MAX_NAME_WORDS, nodes.size() - i); n >= 2 && matched == 0; n--) {
                String run = wordsText(nodes.subList(i, i + n));
                if (run != null && names.byForm(run) != null) {
                    out.add(widen(new QueryNode.And(List.copyOf(nodes.subList(i, i + n))), run));
                    matched = n;
                }
            }
            if (matched == 0) {
                out.add(visit(nodes.get(i)));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }

    private static String wordsText(List<QueryNode> run) {
        StringBuilder text = new StringBuilder();
        for (QueryNode node : run) {
            if (!(node instanceof QueryNode.Word word)) {
                return null;
            }
            text.append(text.length() == 0 ? "" : " ").append(word.text());
        }
        return text.toString();
    }

    private QueryNode widen(QueryNode typedNode, String typed) {
        CompanyNames.Entry company = names.byForm(typed);
        if (company == null) {
            return typedNode;
        }
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(typedNode);
        List<String> covered = new ArrayList<>(List.of(FilterValues.normalize(typed)));
        for (String form : CompanyNames.otherForms(company, typed)) {
            String key = FilterValues.normalize(form);
            if (covered.stream().noneMatch(shorter -> contains(key, shorter))) {
                covered.add(key);
                alternatives.add(new QueryNode.Phrase(form));
                added.add(form);
            }
        }
        return alternatives.size() == 1 ? typedNode : new QueryNode.Or(alternatives);
    }

    /** True when a text that holds shorter is already found by searching for shorter: "moonshot-ai" holds "moonshot". */
    private static boolean contains(String key, String shorter) {
        return ("-" + key + "-").contains("-" + shorter + "-")
                || (DossierAnalyzer.isCjk(shorter) && key.contains(shorter));
    }
}
