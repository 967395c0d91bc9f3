package app.dossier.importing;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Small PDFs that cost far more to read than their size says, built in the test rather than kept as
 * files: a page whose compressed contents inflate to one enormous string, and one whose contents are
 * a flood of text operators.
 */
public final class PdfBombs {
    private PdfBombs() {
    }

    /** One show-text operator whose string inflates to about {@code megabytes} MB. */
    public static byte[] inflatingString(int megabytes) throws IOException {
        return pageOf(z -> {
            z.write("BT /F1 12 Tf 72 700 Td (".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "A".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes * 16; i++) {
                z.write(chunk);
            }
            z.write(") Tj ET".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** {@code operators} show-text operators of two letters each on one page. */
    public static byte[] textOperatorFlood(int operators) throws IOException {
        return pageOf(z -> {
            z.write("BT /F1 1 Tf 72 700 Td ".getBytes(StandardCharsets.US_ASCII));
            byte[] op = "(ab) Tj ".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < operators; i++) {
                z.write(op);
            }
            z.write("ET".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** A normal PDF of {@code pages} pages, each carrying the same few lines. */
    public static byte[] repeatedPages(int pages, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private interface Contents {
        void writeTo(OutputStream z) throws IOException;
    }

    private static byte[] pageOf(Contents contents) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            contents.writeTo(z);
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(compressed.toByteArray());
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
