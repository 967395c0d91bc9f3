package app.dossier.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How much each kind of evidence counts when a sentence names no company (figures/attribution.json):
 * data, so that the weights can be tuned or learned without touching the code.
 */
record AttributionWeights(double firstPerson, double definiteDescription, double fallbackPenalty, double section,
                          double fragment, double fragmentBase, double topic, double titleBonus, double ownVoice, double threshold) {

    private static volatile AttributionWeights builtin;

    static AttributionWeights builtin() {
        AttributionWeights w = builtin;
        if (w == null) {
            JsonNode n = CueBook.readResource(new ObjectMapper(), "attribution.json").get("weights");
            w = new AttributionWeights(n.get("firstPerson").asDouble(), n.get("definiteDescription").asDouble(),
                    n.get("fallbackPenalty").asDouble(), n.get("section").asDouble(), n.get("fragment").asDouble(),
                    n.get("fragmentBase").asDouble(), n.get("topic").asDouble(), n.get("titleBonus").asDouble(), n.get("ownVoice").asDouble(),
                    n.get("threshold").asDouble());
            builtin = w;
        }
        return w;
    }
}
