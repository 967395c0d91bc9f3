package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Report;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Annotations as W3C Web Annotation JSON-LD: the note as a commenting TextualBody, each tag as a
 * tagging body, the target a report known by the hash of its original bytes with a quote selector
 * and a position selector (in code points, as the model requires). The colour and the orphaned flag
 * ride along as {@code dossier:} extension properties.
 */
public final class W3cAnnotations {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String COLOR = "dossier:color";
    static final String ORPHANED = "dossier:orphaned";
    static final String REPORT = "dossier:report";
    private static final String UUID_URN = "urn:uuid:";
    private static final String OWN_URN = "urn:dossier:annotation:";
    private static final String SHA_URN = "urn:sha256:";

    private W3cAnnotations() {
    }

    /** An AnnotationCollection holding all the annotations in one embedded page. */
    public static Map<String, Object> collection(List<Annotation> annotations, Map<String, Report> reportsById,
                                                 String label) {
        List<Object> items = new ArrayList<>();
        for (Annotation a : annotations) {
            Report r = reportsById.get(a.reportId());
            if (r != null) {
                items.add(annotation(a, r, false));
            }
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@context", CONTEXT);
        c.put("id", "urn:uuid:" + UUID.nameUUIDFromBytes(("collection:" + label).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        c.put("type", "AnnotationCollection");
        c.put("label", label);
        c.put("total", items.size());
        c.put("first", page);
        return c;
    }

    public static Map<String, Object> annotation(Annotation a, Report report, boolean withContext) {
        String text = report.text();
        Map<String, Object> m = new LinkedHashMap<>();
        if (withContext) {
            m.put("@context", CONTEXT);
        }
        m.put("id", isUuid(a.id()) ? UUID_URN + a.id() : OWN_URN + a.id());
        m.put("type", "Annotation");
        m.put("motivation", "commenting");
        m.put("created", a.created().toString());
        m.put("modified", a.modified().toString());
        List<Object> bodies = new ArrayList<>();
        bodies.add(Map.of("type", "TextualBody", "value", a.note() == null ? "" : a.note(), "format", "text/plain",
                "purpose", "commenting"));
        for (String tag : a.tags()) {
            bodies.add(Map.of("type", "TextualBody", "value", tag, "purpose", "tagging"));
        }
        m.put("body", bodies);
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.quote());
        quote.put("prefix", a.prefix() == null ? "" : a.prefix());
        quote.put("suffix", a.suffix() == null ? "" : a.suffix());
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", CodePoints.fromUtf16(text, a.start()));
        position.put("end", CodePoints.fromUtf16(text, a.end()));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", SHA_URN + report.sha256());
        target.put(REPORT, report.id());
        target.put("selector", List.of(quote, position));
        m.put("target", target);
        m.put(COLOR, NoteColor.of(a.color()).id());
        if (a.orphaned()) {
            m.put(ORPHANED, true);
        }
        return m;
    }

    /** Every Annotation object in a document: a collection, a page, a list, or one annotation. */
    public static List<JsonNode> items(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        if (doc.isArray()) {
            doc.forEach(n -> out.addAll(items(n)));
        } else if (doc.has("first")) {
            out.addAll(items(doc.get("first")));
        } else if (doc.has("items")) {
            out.addAll(items(doc.get("items")));
            if (doc.has("next") && doc.get("next").isObject()) {
                out.addAll(items(doc.get("next")));
            }
        } else if (doc.isObject() && doc.has("target")) {
            out.add(doc);
        }
        return out;
    }

    /** The report an annotation targets: by its hash; by the Dossier id when the hash is not in this library. */
    public static Report targetReport(JsonNode item, Map<String, Report> bySha256, Map<String, Report> byId) {
        JsonNode target = target(item);
        String source = target.isTextual() ? target.asText() : target.path("source").asText("");
        if (source.startsWith(SHA_URN)) {
            Report r = bySha256.get(source.substring(SHA_URN.length()));
            if (r != null) {
                return r;
            }
        }
        return byId.get(target.path(REPORT).asText(""));
    }

    /**
     * The annotation on this report. Positions are code points in the document and become UTF-16
     * offsets here; when the quote is not at that position (the text differs), it is anchored by quote.
     */
    public static Annotation read(JsonNode item, Report report) {
        String text = report.text();
        JsonNode target = target(item);
        String exact = "";
        String prefix = "";
        String suffix = "";
        int start = -1;
        int end = -1;
        for (JsonNode s : selectors(target.path("selector"))) {
            switch (s.path("type").asText()) {
                case "TextQuoteSelector" -> {
                    exact = s.path("exact").asText("");
                    prefix = s.path("prefix").asText("");
                    suffix = s.path("suffix").asText("");
                }
                case "TextPositionSelector" -> {
                    start = CodePoints.toUtf16(text, s.path("start").asInt());
                    end = CodePoints.toUtf16(text, s.path("end").asInt());
                }
                default -> { }
            }
        }
        if (start < 0) {
            start = 0;
            end = 0;
        }
        String note = "";
        List<String> tags = new ArrayList<>();
        for (JsonNode body : bodies(item)) {
            String purpose = body.path("purpose").asText("");
            String value = body.isTextual() ? body.asText() : body.path("value").asText("");
            if ("tagging".equals(purpose)) {
                tags.add(value);
            } else if (note.isEmpty()) {
                note = value;
            }
        }
        Instant created = instant(item.path("created"), Instant.now());
        Instant modified = instant(item.path("modified"), created);
        Annotation a = new Annotation(id(item.path("id").asText("")), report.id(), start, end, exact, prefix, suffix,
                note, tags, NoteColor.of(item.path(COLOR).asText(null)).id(), created, modified,
                item.path(ORPHANED).asBoolean(false));
        if (exact.isEmpty()) {
            return Anchoring.at(a, text, start, end);
        }
        return Reanchoring.reanchor(a, text);
    }

    private static JsonNode target(JsonNode item) {
        JsonNode t = item.path("target");
        return t.isArray() && !t.isEmpty() ? t.get(0) : t;
    }

    private static List<JsonNode> selectors(JsonNode s) {
        List<JsonNode> out = new ArrayList<>();
        if (s.isArray()) {
            s.forEach(out::add);
        } else if (s.isObject()) {
            out.add(s);
            if (s.has("refinedBy")) {
                out.addAll(selectors(s.get("refinedBy")));
            }
        }
        return out;
    }

    private static List<JsonNode> bodies(JsonNode item) {
        JsonNode b = item.has("body") ? item.get("body") : item.path("bodyValue");
        List<JsonNode> out = new ArrayList<>();
        if (b.isArray()) {
            b.forEach(out::add);
        } else if (!b.isMissingNode()) {
            out.add(b);
        }
        return out;
    }

    private static String id(String iri) {
        if (iri.startsWith(UUID_URN)) {
            return iri.substring(UUID_URN.length());
        }
        if (iri.startsWith(OWN_URN)) {
            return iri.substring(OWN_URN.length());
        }
        // someone else's annotation: a stable id from its IRI, or a fresh one when it has none
        return iri.isEmpty() ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static Instant instant(JsonNode n, Instant fallback) {
        try {
            return n.isTextual() ? java.time.OffsetDateTime.parse(n.asText()).toInstant() : fallback;
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    private static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
