package app.dossier.importing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inflates every stream of a PDF into a counter before PDFBox reads it: PDFBox decodes a stream whole
 * into memory, so a few kilobytes that inflate to gigabytes would exhaust the heap before any limit of
 * ours could act. Images are skipped (text extraction never decodes them).
 */
final class DecodedSizeCheck {
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

    private final ReadingBudget budget;
    private final long deadline;
    private long total;

    DecodedSizeCheck(ReadingBudget budget, long deadline) {
        this.budget = budget;
        this.deadline = deadline;
    }

    /** Object streams first (they hold the other objects), then every other stream. */
    void verify(COSDocument document) {
        List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
        Map<COSObjectKey, Long> offsets = document.getXrefTable();
        keys.sort((a, b) -> Boolean.compare(offsets.getOrDefault(a, 0L) < 0, offsets.getOrDefault(b, 0L) < 0));
        for (COSObjectKey key : keys) {
            try {
                var object = document.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSStream stream && !isImage(stream)) {
                    measure(stream);
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ReadingBudget.Exceeded exceeded) {
                    throw exceeded;
                }
                // a damaged object or stream: text extraction copes with it as it always did
            }
        }
    }

    private static boolean isImage(COSStream stream) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return true;
        }
        return filters(stream).stream().anyMatch(IMAGE_FILTERS::contains);
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase f = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (f instanceof COSName n) {
            names.add(n);
        } else if (f instanceof COSArray a) {
            for (COSBase b : a) {
                if (b instanceof COSName n) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** Decodes filter by filter, each stage bounded, so that memory never exceeds the budget. */
    private void measure(COSStream stream) throws IOException {
        List<COSName> names = filters(stream);
        if (names.isEmpty()) {
            count(stream.getLength());
            return;
        }
        byte[] stage;
        try (InputStream raw = stream.createRawInputStream()) {
            stage = raw.readAllBytes();
        }
        for (int i = 0; i < names.size(); i++) {
            Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
            boolean last = i == names.size() - 1;
            CappedSink sink = new CappedSink(last);
            filter.decode(new ByteArrayInputStream(stage), sink, stream, i);
            stage = last ? null : sink.bytes();
            if (last) {
                count(sink.size);
            }
        }
    }

    private void count(long bytes) {
        total += bytes;
        if (total > budget.maxDecodedBytes()) {
            throw new ReadingBudget.Exceeded("its compressed contents expand beyond "
                    + ReadingBudget.megabytes(budget.maxDecodedBytes()) + " (a decompression bomb, or a damaged file)");
        }
    }

    /** Counts what a filter writes and stops it at the limit; keeps the bytes only between two filters. */
    private final class CappedSink extends OutputStream {
        private final ByteArrayOutputStream kept;
        private long size;

        CappedSink(boolean last) {
            kept = last ? null : new ByteArrayOutputStream();
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            size += len;
            if (size > budget.maxStreamBytes()) {
                throw new ReadingBudget.Exceeded("a compressed stream in it expands beyond "
                        + ReadingBudget.megabytes(budget.maxStreamBytes()) + " (a decompression bomb, or a damaged file)");
            }
            if ((size & 0xFFFFF) < len) {
                ReadingBudget.checkDeadline(deadline, budget.timeLimit());
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
