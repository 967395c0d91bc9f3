package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One reader serves parallel imports and gives each the same result as a lone read. */
class SharedReaderTest {

    @Test
    void parallelReadsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<byte[]> inputs = List.of(
                "这家公司发布了新的语言模型，价格比竞争对手低很多，开发者反应热烈。".getBytes(Charset.forName("GB18030")),
                "這家公司發布了新的語言模型，價格比競爭對手低很多，開發者反應熱烈。".getBytes(Charset.forName("Big5")),
                "Die Gründer möchten das Geschäft in Österreich ausbauen; die KI - Plattform wächst.".getBytes(Charset.forName("windows-1252")),
                "Utilities ordered more storage than ever, and the prices of batteries fell again.".getBytes(Charset.forName("UTF-8")));
        DocumentReader shared = new DocumentReader();
        List<ExtractedDocument> expected = new ArrayList<>();
        for (byte[] in : inputs) {
            expected.add(new DocumentReader().read("x.txt", in));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedDocument>> futures = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (byte[] in : inputs) {
                    futures.add(pool.submit(() -> shared.read("x.txt", in)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
