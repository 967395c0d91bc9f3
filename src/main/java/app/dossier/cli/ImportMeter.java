package app.dossier.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one phase of the bench costs the process beyond its wall time: the largest resident set seen
 * (sampled from /proc every 20 ms; 0 where there is no /proc) and the bytes allocated on the heap by
 * every thread (what the collectors freed plus what the heap grew by), workers that ended included.
 */
final class ImportMeter implements AutoCloseable {
    private final AtomicLong freedBytes = new AtomicLong();
    private final AtomicLong maxRssBytes = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final long heapUsedAtStart;
    private final Thread sampler;
    private volatile boolean running = true;

    ImportMeter() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        long before = info.getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        long after = info.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        freedBytes.addAndGet(Math.max(0, before - after));
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        heapUsedAtStart = heapUsed();
        sampler = new Thread(() -> {
            while (running) {
                maxRssBytes.accumulateAndGet(rssBytes(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    double maxRssMB() {
        return Math.max(maxRssBytes.get(), rssBytes()) / 1e6;
    }

    double allocatedMB() {
        return (freedBytes.get() + heapUsed() - heapUsedAtStart) / 1e6;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux): resident size unknown
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
