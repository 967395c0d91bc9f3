package app.dossier.annotations;

import app.dossier.model.ReviewStatus;
import app.dossier.model.Annotation;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The library as a REFI-QDA project (.qdpx): a zip of project.qde and sources/GUID.txt. Companies
 * (those mentioned or tagged) and themes become codes; mentions, theme tags that were not rejected,
 * and notes become coded selections; notes also become Notes linked to their selection. GUIDs are
 * derived from Dossier's ids, so exporting twice gives the same project. Positions count code points.
 */
public final class QdpxExport {
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    private final NotesCorpus corpus;
    private final String projectName;
    private final String user = guid("user", "dossier");

    private QdpxExport(NotesCorpus corpus, String projectName) {
        this.corpus = corpus;
        this.projectName = projectName;
    }

    public static void write(NotesCorpus corpus, String projectName, OutputStream out) throws IOException {
        new QdpxExport(corpus, projectName).write(out);
    }

    static String guid(String kind, String id) {
        return UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("project.qde"));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
            project(xml);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the REFI-QDA project: " + e.getMessage(), e);
        }
        zip.closeEntry();
        for (Report r : corpus.reports()) {
            zip.putNextEntry(new ZipEntry("sources/" + sourceGuid(r) + ".txt"));
            zip.write(r.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private void project(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("Project");
        x.writeDefaultNamespace(NAMESPACE);
        x.writeAttribute("name", clean(projectName));
        x.writeAttribute("origin", "Dossier");
        x.writeAttribute("creatingUserGUID", user);
        x.writeAttribute("creationDateTime", now());
        x.writeStartElement("Users");
        x.writeEmptyElement("User");
        x.writeAttribute("guid", user);
        x.writeAttribute("name", "Dossier");
        x.writeEndElement();
        codeBook(x);
        x.writeStartElement("Sources");
        for (Report r : corpus.reports()) {
            source(x, r);
        }
        x.writeEndElement();
        if (!corpus.annotations().isEmpty()) {
            x.writeStartElement("Notes");
            for (Annotation a : corpus.annotations()) {
                note(x, a);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
    }

    private List<String> companyCodes() {
        Set<String> ids = new LinkedHashSet<>();
        corpus.mentions().forEach(m -> ids.add(m.companyId()));
        corpus.annotations().forEach(a -> ids.addAll(AnnotationTags.companies(a.tags())));
        return new ArrayList<>(ids);
    }

    private void codeBook(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("CodeBook");
        x.writeStartElement("Codes");
        x.writeStartElement("Code");
        x.writeAttribute("guid", guid("codes", "companies"));
        x.writeAttribute("name", "Companies");
        x.writeAttribute("isCodable", "false");
        for (String id : companyCodes()) {
            code(x, guid("company", id), corpus.companyName(id), "#0969DA", "Company id in Dossier: " + id);
        }
        x.writeEndElement();
        x.writeStartElement("Code");
        x.writeAttribute("guid", guid("codes", "themes"));
        x.writeAttribute("name", "Themes");
        x.writeAttribute("isCodable", "false");
        for (Theme t : corpus.themes().values()) {
            code(x, guid("theme", t.id()), t.name(), "#8250DF", t.description());
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void code(XMLStreamWriter x, String guid, String name, String color, String description)
            throws XMLStreamException {
        x.writeStartElement("Code");
        x.writeAttribute("guid", guid);
        x.writeAttribute("name", clean(name));
        x.writeAttribute("isCodable", "true");
        x.writeAttribute("color", color);
        if (description != null && !description.isBlank()) {
            x.writeStartElement("Description");
            x.writeCharacters(clean(description));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private void source(XMLStreamWriter x, Report r) throws XMLStreamException {
        String guid = sourceGuid(r);
        x.writeStartElement("TextSource");
        x.writeAttribute("guid", guid);
        x.writeAttribute("name", clean(r.title()));
        x.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
        x.writeAttribute("creatingUser", user);
        x.writeAttribute("creationDateTime", r.importedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        String text = r.text();
        for (Mention m : corpus.mentions()) {
            if (m.reportId().equals(r.id())) {
                selection(x, text, "mention", r.id() + ":" + m.companyId() + ":" + m.start() + ":" + m.end(),
                        m.start(), m.end(), m.text(), List.of(guid("company", m.companyId())), null);
            }
        }
        for (ThemeTag t : corpus.themeTags()) {
            if (t.reportId().equals(r.id()) && t.status() != ReviewStatus.REJECTED) {
                selection(x, text, "theme-tag", t.id(), t.start(), t.end(), corpus.themeName(t.themeId()),
                        List.of(guid("theme", t.themeId())), null);
            }
        }
        for (Annotation a : corpus.annotations()) {
            if (a.reportId().equals(r.id()) && !a.orphaned()) {
                List<String> codes = new ArrayList<>();
                AnnotationTags.companies(a.tags()).forEach(c -> codes.add(guid("company", c)));
                AnnotationTags.themes(a.tags()).forEach(t -> codes.add(guid("theme", t)));
                selection(x, text, "annotation", a.id(), a.start(), a.end(), a.quote(), codes, guid("note", a.id()));
            }
        }
        x.writeEndElement();
    }

    private void selection(XMLStreamWriter x, String text, String kind, String id, int start, int end, String name,
                           List<String> codes, String noteGuid) throws XMLStreamException {
        if (start < 0 || end > text.length() || end <= start) {
            return;
        }
        x.writeStartElement("PlainTextSelection");
        x.writeAttribute("guid", guid(kind, id));
        x.writeAttribute("name", clean(abbreviate(name)));
        x.writeAttribute("startPosition", Integer.toString(CodePoints.fromUtf16(text, start)));
        x.writeAttribute("endPosition", Integer.toString(CodePoints.fromUtf16(text, end)));
        x.writeAttribute("creatingUser", user);
        for (String code : codes) {
            x.writeStartElement("Coding");
            x.writeAttribute("guid", guid("coding", id + ":" + code));
            x.writeAttribute("creatingUser", user);
            x.writeEmptyElement("CodeRef");
            x.writeAttribute("targetGUID", code);
            x.writeEndElement();
        }
        if (noteGuid != null) {
            x.writeEmptyElement("NoteRef");
            x.writeAttribute("targetGUID", noteGuid);
        }
        x.writeEndElement();
    }

    private void note(XMLStreamWriter x, Annotation a) throws XMLStreamException {
        x.writeStartElement("Note");
        x.writeAttribute("guid", guid("note", a.id()));
        x.writeAttribute("name", clean(abbreviate(a.note() == null || a.note().isBlank() ? a.quote() : a.note())));
        x.writeAttribute("creatingUser", user);
        x.writeAttribute("creationDateTime", a.created().truncatedTo(ChronoUnit.SECONDS).toString());
        x.writeAttribute("modifyingUser", user);
        x.writeAttribute("modifiedDateTime", a.modified().truncatedTo(ChronoUnit.SECONDS).toString());
        x.writeStartElement("PlainTextContent");
        StringBuilder content = new StringBuilder(a.note() == null ? "" : a.note());
        List<String> free = AnnotationTags.free(a.tags());
        if (!free.isEmpty()) {
            content.append("\n\nTags: ").append(String.join(", ", free));
        }
        if (a.orphaned()) {
            content.append("\n\n(Passage not found in the current text: “").append(a.quote()).append("”)");
        }
        x.writeCharacters(clean(content.toString()));
        x.writeEndElement();
        x.writeEndElement();
    }

    private String sourceGuid(Report r) {
        return guid("source", r.sha256() == null ? r.id() : r.sha256());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, one.offsetByCodePoints(0, Math.min(79,
                one.codePointCount(0, one.length())))) + "…" : one;
    }

    /** XML 1.0 cannot carry most control characters; damaged reports sometimes hold them. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
