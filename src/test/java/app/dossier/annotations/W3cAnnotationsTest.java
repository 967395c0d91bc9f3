package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class W3cAnnotationsTest {
    private final Report zh = NotesFixtures.report("r-zh", "鹰隼智能融资", NotesFixtures.CHINESE);
    private final Annotation note = NotesFixtures.note(zh, "完成4000万美元融资", "同一轮 #funding", List.of("company:kestrel-ai", "funding"));

    private JsonNode exported() {
        return Json.MAPPER.valueToTree(W3cAnnotations.collection(List.of(note), Map.of(zh.id(), zh), "Notes"));
    }

    @Test
    void positionsAreCountedInCodePointsNotJavaCharacters() {
        JsonNode item = W3cAnnotations.items(exported()).get(0);
        JsonNode position = item.path("target").path("selector").get(1);
        assertEquals("TextPositionSelector", position.path("type").asText());
        // "🚀 𠀀 " is 6 UTF-16 units but 4 code points
        assertEquals(note.start() - 2, position.path("start").asInt());
        assertEquals(note.end() - 2, position.path("end").asInt());
        String text = zh.text();
        assertEquals(note.quote(), new String(text.codePoints().skip(position.path("start").asInt())
                .limit(position.path("end").asInt() - position.path("start").asInt()).toArray(), 0,
                position.path("end").asInt() - position.path("start").asInt()));
    }

    @Test
    void codePointOffsetsConvertBothWaysAroundSurrogatePairs() {
        String text = "a🚀b𠀀c";
        assertEquals(3, CodePoints.fromUtf16(text, 4));
        assertEquals(4, CodePoints.toUtf16(text, 3));
        for (int cp = 0; cp <= 5; cp++) {
            assertEquals(cp, CodePoints.fromUtf16(text, CodePoints.toUtf16(text, cp)));
        }
    }

    @Test
    void theDocumentFollowsTheWebAnnotationModel() {
        JsonNode doc = exported();
        assertEquals("http://www.w3.org/ns/anno.jsonld", doc.path("@context").asText());
        assertEquals("AnnotationCollection", doc.path("type").asText());
        JsonNode item = doc.path("first").path("items").get(0);
        assertEquals("Annotation", item.path("type").asText());
        assertEquals("urn:uuid:" + note.id(), item.path("id").asText().replace("urn:dossier:annotation:", "urn:uuid:"));
        assertEquals("urn:sha256:" + zh.sha256(), item.path("target").path("source").asText());
        JsonNode quote = item.path("target").path("selector").get(0);
        assertEquals("TextQuoteSelector", quote.path("type").asText());
        assertEquals("完成4000万美元融资", quote.path("exact").asText());
        assertEquals("commenting", item.path("body").get(0).path("purpose").asText());
        assertEquals("同一轮 #funding", item.path("body").get(0).path("value").asText());
        assertEquals("tagging", item.path("body").get(1).path("purpose").asText());
        assertEquals("company:kestrel-ai", item.path("body").get(1).path("value").asText());
        assertEquals("green", item.path("dossier:color").asText());
        assertTrue(item.path("created").asText().startsWith("2026-02-01T09:30:00.123456"));
    }

    @Test
    void readingBackOnTheSameTextGivesTheSameAnnotation() {
        JsonNode item = W3cAnnotations.items(exported()).get(0);
        assertEquals(note, W3cAnnotations.read(item, zh));
    }

    @Test
    void readingOnAChangedTextAnchorsByQuote() {
        JsonNode item = W3cAnnotations.items(exported()).get(0);
        Report edited = NotesFixtures.report("r-zh", "鹰隼智能融资", "快讯：" + NotesFixtures.CHINESE);
        Annotation moved = W3cAnnotations.read(item, edited);
        assertEquals(note.quote(), edited.text().substring(moved.start(), moved.end()));
        assertEquals(note.start() + 3, moved.start());
    }
}
