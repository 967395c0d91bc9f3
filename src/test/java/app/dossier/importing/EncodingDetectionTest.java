package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same words come out whatever encoding the file was saved in. */
class EncodingDetectionTest {
    private static final String SIMPLIFIED = "这家人工智能公司今年完成了两轮融资，估值达到三十亿美元，投资人看好它在机器人领域的发展。";
    private static final String TRADITIONAL = "這家人工智能公司今年完成了兩輪融資，估值達到三十億美元，投資人看好它在機器人領域的發展。";
    private static final String GERMAN = "Die Gründer möchten das Geschäft in Österreich und der Schweiz ausbauen; für 2026 planen sie größere Büros.";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void utf8WithAndWithoutByteOrderMarkReadsTheSame() throws Exception {
        byte[] plain = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        assertEquals(SIMPLIFIED, reader.read("a.txt", plain).text());
        assertEquals(SIMPLIFIED, reader.read("a.txt", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain)).text());
    }

    @Test
    void utf16WithByteOrderMarkInBothByteOrders() throws Exception {
        ExtractedDocument le = reader.read("a.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, TRADITIONAL.getBytes(StandardCharsets.UTF_16LE)));
        ExtractedDocument be = reader.read("a.txt", concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, GERMAN.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(TRADITIONAL, le.text());
        assertEquals("UTF-16LE", le.charset());
        assertEquals(GERMAN, be.text());
        assertEquals("UTF-16BE", be.charset());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws Exception {
        ExtractedDocument doc = reader.read("a.txt", GERMAN.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(GERMAN, doc.text());
        assertEquals("UTF-16LE", doc.charset());
    }

    @Test
    void shiftJisIsLeftToIcuAndStillReadsAsWords() throws Exception {
        String japanese = "東京の新しい研究所は、人工知能の安全性について三年間の調査を始めると発表しました。研究者は百人を超える予定です。";
        ExtractedDocument doc = reader.read("a.txt", japanese.repeat(3).getBytes(Charset.forName("Shift_JIS")));
        assertTrue(doc.text().startsWith("東京の新しい研究所"), doc.text());
    }

    @Test
    void gb18030IsRecognisedForSimplifiedChinese() throws Exception {
        ExtractedDocument doc = reader.read("a.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")));
        assertEquals(SIMPLIFIED, doc.text());
        assertEquals("GB18030", doc.charset());
        assertEquals("zh-Hans", doc.language());
    }

    @Test
    void gbkBytesAreReadWithTheGb18030Decoder() throws Exception {
        assertEquals(SIMPLIFIED, reader.read("a.txt", SIMPLIFIED.getBytes(Charset.forName("GBK"))).text());
    }

    @Test
    void big5IsRecognisedForTraditionalChinese() throws Exception {
        ExtractedDocument doc = reader.read("a.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(TRADITIONAL, doc.text());
        assertTrue(doc.charset().startsWith("Big5"), doc.charset());
        assertEquals("zh-Hant", doc.language());
    }

    @Test
    void windows1252IsRecognisedForGermanWithUmlauts() throws Exception {
        ExtractedDocument doc = reader.read("a.txt", (GERMAN + " Preis: 20 € – ab sofort.").getBytes(Charset.forName("windows-1252")));
        assertEquals(GERMAN + " Preis: 20 € – ab sofort.", doc.text());
        assertEquals("windows-1252", doc.charset());
    }

    @Test
    void htmlMetaCharsetGb2312IsReadAsBrowsersDo() throws Exception {
        // "镕" is outside GB2312 but inside GBK: browsers decode gb2312 labels as GBK
        String html = "<html><head><meta charset=\"gb2312\"><title>朱镕基谈改革</title></head><body><p>" + SIMPLIFIED + "</p></body></html>";
        ExtractedDocument doc = reader.read("page.html", html.getBytes(Charset.forName("GBK")));
        assertEquals("朱镕基谈改革", doc.title());
        assertEquals(SIMPLIFIED, doc.text());
    }

    @Test
    void htmlLabelIso88591IsReadAsWindows1252() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>Der Umsatz stieg auf 12 Millionen € – ein Rekord für das Unternehmen aus Köln.</p></body></html>";
        ExtractedDocument doc = reader.read("page.htm", html.getBytes(Charset.forName("windows-1252")));
        assertEquals("Der Umsatz stieg auf 12 Millionen € – ein Rekord für das Unternehmen aus Köln.", doc.text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
