package app.dossier.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How much each kind of evidence counts when a sentence names no company (figures/attribution.json):
 * data, so that the weights can be tuned or learned without touching the code.
 */
record AttributionWeights(double firstPerson, double definiteDescription, double fallbackPenalty, double section,
                          double fragment, double fragmentBase, double previousSubject, double topic, double titleBonus, double ownVoice, double threshold,
                          java.util.List<String> aboutHeadings, java.util.List<String> firstPersonDefinitions,
                          java.util.regex.Pattern placeholderName) {

    private static volatile AttributionWeights builtin;

    /**
     * "公司A", "Company B", "Wettbewerber C": a noun and one capital letter, a company kept anonymous. Bounded
     * by Latin letters and digits only: a Han character may follow ("公司A的").
     */
    private static java.util.regex.Pattern placeholderName(JsonNode root) {
        java.util.List<String> nouns = new java.util.ArrayList<>();
        root.path("placeholderNouns").forEach(h -> nouns.add(java.util.regex.Pattern.quote(h.asText())));
        return java.util.regex.Pattern.compile("(?<![A-Za-z\\d])(?:" + String.join("|", nouns) + ")[ \\t]?[A-H](?![A-Za-z\\d])");
    }

    /** The headings of the boilerplate that introduces the author of a press release: "About", "Über", "关于". */
    private static java.util.List<String> strings(JsonNode root, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        root.path(field).forEach(h -> out.add(h.asText()));
        return java.util.List.copyOf(out);
    }

    static AttributionWeights builtin() {
        AttributionWeights w = builtin;
        if (w == null) {
            JsonNode root = CueBook.readResource(new ObjectMapper(), "attribution.json");
            JsonNode n = root.get("weights");
            w = new AttributionWeights(n.get("firstPerson").asDouble(), n.get("definiteDescription").asDouble(),
                    n.get("fallbackPenalty").asDouble(), n.get("section").asDouble(), n.get("fragment").asDouble(),
                    n.get("fragmentBase").asDouble(), n.get("previousSubject").asDouble(), n.get("topic").asDouble(), n.get("titleBonus").asDouble(), n.get("ownVoice").asDouble(),
                    n.get("threshold").asDouble(), strings(root, "authorHeadings"), strings(root, "firstPersonDefinitions"),
                    placeholderName(root));
            builtin = w;
        }
        return w;
    }
}
