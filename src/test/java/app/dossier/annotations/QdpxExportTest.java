package app.dossier.annotations;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QdpxExportTest {
    private static final String NS = "urn:QDA-XML:project:1.0";
    private final NotesCorpus corpus = NotesFixtures.corpus();

    private Map<String, byte[]> unzip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdpxExport.write(corpus, "Kestrel study", out);
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private Document project() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(unzip().get("project.qde")));
    }

    private static List<Element> all(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void theProjectHoldsUsersCodesSourcesSelectionsAndNotesInSchemaOrder() throws Exception {
        Document d = project();
        Element root = d.getDocumentElement();
        assertEquals("Project", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        List<String> order = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                order.add(e.getLocalName());
            }
        }
        assertEquals(List.of("Users", "CodeBook", "Sources", "Notes"), order);
        assertEquals(1, all(d, "User").size());
        List<Element> codable = all(d, "Code").stream().filter(c -> c.getAttribute("isCodable").equals("true")).toList();
        assertEquals(Set.of("Kestrel AI", "Harbor Ventures", "Funding rounds", "Talent and hiring"),
                new HashSet<>(codable.stream().map(c -> c.getAttribute("name")).toList()));
        assertEquals(2, all(d, "TextSource").size());
        // 3 mentions + 1 confirmed theme tag (the rejected one is left out) + 3 notes
        assertEquals(7, all(d, "PlainTextSelection").size());
        assertEquals(3, all(d, "Note").size());
        assertEquals(3, all(d, "NoteRef").size());
    }

    @Test
    void everyGuidIsAUuidAndEveryReferencePointsAtSomething() throws Exception {
        Document d = project();
        Set<String> guids = new HashSet<>();
        for (String tag : List.of("User", "Code", "TextSource", "PlainTextSelection", "Coding", "Note")) {
            for (Element e : all(d, tag)) {
                String g = e.getAttribute("guid");
                assertEquals(g, UUID.fromString(g).toString());
                assertTrue(guids.add(g), "duplicate guid " + g);
            }
        }
        for (String ref : List.of("CodeRef", "NoteRef")) {
            for (Element e : all(d, ref)) {
                assertTrue(guids.contains(e.getAttribute("targetGUID")), ref + " to nothing");
            }
        }
    }

    @Test
    void sourcesAreTheTextsAndSelectionsCountCodePoints() throws Exception {
        Map<String, byte[]> files = unzip();
        Document d = project();
        for (Element source : all(d, "TextSource")) {
            String path = source.getAttribute("plainTextPath");
            assertTrue(path.startsWith("internal://") && path.endsWith(".txt"), path);
            byte[] text = files.get("sources/" + path.substring("internal://".length()));
            assertTrue(text != null, "the source text is in the archive");
            if (source.getAttribute("name").equals("鹰隼智能融资")) {
                assertArrayEquals(NotesFixtures.CHINESE.getBytes(StandardCharsets.UTF_8), text);
                Element sel = (Element) source.getElementsByTagNameNS(NS, "PlainTextSelection").item(0);
                String s = new String(text, StandardCharsets.UTF_8);
                int[] cps = s.codePoints().toArray();
                int from = Integer.parseInt(sel.getAttribute("startPosition"));
                int to = Integer.parseInt(sel.getAttribute("endPosition"));
                assertEquals("完成4000万美元融资", new String(cps, from, to - from));
            }
        }
    }

    @Test
    void exportingTwiceGivesTheSameGuids() throws Exception {
        List<String> first = all(project(), "PlainTextSelection").stream().map(e -> e.getAttribute("guid")).toList();
        List<String> second = all(project(), "PlainTextSelection").stream().map(e -> e.getAttribute("guid")).toList();
        assertEquals(first, second);
    }
}
