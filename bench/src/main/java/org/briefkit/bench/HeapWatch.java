package org.briefkit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap occupancy of this JVM, live objects and garbage together: the heap in use just
 * before each collection (from the collectors' notifications), and at the end.
 */
final class HeapWatch {
  private final Set<String> heapPools = new HashSet<>();
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, handback) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                  record(info.getGcInfo().getMemoryUsageBeforeGc());
                  collections.incrementAndGet();
                }
              },
              null,
              null);
    }
  }

  private void record(Map<String, MemoryUsage> usage) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    peak.accumulateAndGet(used, Math::max);
  }

  /** Forgets the peak so far and collects, so that what follows is measured alone. */
  long reset() throws InterruptedException {
    System.gc();
    Thread.sleep(100);
    peak.set(0);
    return used();
  }

  /** The heap in use now. */
  static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The peak since the last reset, counting the heap in use now. */
  long peak() throws InterruptedException {
    long now = used();
    Thread.sleep(100); // let the last notifications arrive
    return Math.max(peak.get(), now);
  }
}
