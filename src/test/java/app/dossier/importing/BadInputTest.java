package app.dossier.importing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot be imported are refused with a reason a user understands, never with a crash. */
class BadInputTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void emptyFileIsRefusedAsEmpty() {
        assertEquals("the file is empty", refuse("leer.txt", new byte[0]));
    }

    @Test
    void blankFileIsRefusedForHavingNoText() {
        assertTrue(refuse("blank.txt", " \n\n\t \n".getBytes(StandardCharsets.UTF_8)).contains("no text"));
    }

    @Test
    void randomBinaryDataIsRefusedAsBinary() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertTrue(refuse("notes.txt", noise).startsWith("binary data, not text"));
    }

    @Test
    void zipArchiveNamedTxtIsRefusedAndNamed() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4};
        String reason = refuse("report.txt", zip);
        assertTrue(reason.startsWith("binary data, not text") && reason.contains("ZIP"), reason);
    }

    @Test
    void imageNamedHtmlIsRefusedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(refuse("page.html", png).contains("PNG image"));
    }

    @Test
    void pdfNamedTxtIsReadAsThePdfItIs() throws Exception {
        byte[] pdf = pdfWithText("Quarterly revenue grew by twelve percent.", null);
        ExtractedDocument doc = reader.read("report.txt", pdf);
        assertEquals("pdf", doc.format());
        assertTrue(doc.text().contains("Quarterly revenue grew by twelve percent."), doc.text());
    }

    @Test
    void textNamedPdfIsReadAsText() throws Exception {
        ExtractedDocument doc = reader.read("memo.pdf", "The memo is plain text after all.".getBytes(StandardCharsets.UTF_8));
        assertEquals("txt", doc.format());
        assertEquals("The memo is plain text after all.", doc.text());
    }

    @Test
    void corruptPdfIsRefusedAsDamagedPdf() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref garbage trailer"
                .getBytes(StandardCharsets.ISO_8859_1);
        String reason = refuse("broken.pdf", broken);
        assertTrue(reason.contains("PDF"), reason);
    }

    @Test
    void truncatedPdfIsRefusedAsDamagedPdf() throws Exception {
        byte[] pdf = pdfWithText("This text will be cut off.", null);
        String reason = refuse("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        assertTrue(reason.contains("PDF"), reason);
    }

    @Test
    void passwordProtectedPdfIsRefusedForItsPassword() throws Exception {
        byte[] pdf = pdfWithText("Confidential figures.", "secret");
        assertTrue(refuse("locked.pdf", pdf).contains("password"));
    }

    @Test
    void damagedUtf8IsRefusedAsUndecodable() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("Grüße aus München, Zürich und Köln. ");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 10; i < bytes.length; i += 97) {
            if ((bytes[i] & 0xC0) == 0x80) {
                bytes[i] = 'x'; // cut a multi-byte sequence
            }
        }
        // make sure enough sequences are broken, wherever the stride landed
        byte[] damaged = Arrays.copyOf(bytes, bytes.length + 8);
        for (int k = 0; k < 8; k += 2) {
            damaged[bytes.length + k] = (byte) 0xC3;
            damaged[bytes.length + k + 1] = ' ';
        }
        assertTrue(refuse("damaged.txt", damaged).contains("cannot be decoded"));
    }

    @Test
    void bytesThatReadAsNoKnownEncodingAreRefused() {
        byte[] symbols = new byte[600];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = (byte) (i % 2 == 0 ? 0xA7 : ' '); // lone section signs and spaces
        }
        symbols[0] = (byte) 0x81; // undefined in windows-1252 and a dangling GB18030 lead byte
        assertTrue(refuse("odd.txt", symbols).contains("cannot be decoded"));
    }

    @Test
    void fileAboveTheLimitIsRefusedStatingTheLimit() {
        byte[] huge = new byte[(int) DocumentReader.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        String reason = refuse("huge.txt", huge);
        assertTrue(reason.contains("64 MB"), reason);
    }

    private String refuse(String name, byte[] bytes) {
        return assertThrows(UnreadableFileException.class, () -> reader.read(name, bytes)).getMessage();
    }

    static byte[] pdfWithText(String line, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
