package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reclaim usage states of lock classes: models lockdep's {@code RECLAIM_FS} usage bits of v2.6.30..v4.13
 * ({@code LOCK_ENABLED_RECLAIM_FS}, {@code LOCK_USED_IN_RECLAIM_FS}): a class held across an allocation that may
 * enter reclaim ({@code RECLAIM_FS-ON}) and a class taken inside reclaim ({@code IN-RECLAIM_FS}); the same for
 * {@code io_reclaim} as {@code RECLAIM_IO}.
 */
final class ReclaimUsage {
    private record Mark(boolean read, Sighting at) {
    }

    private final Map<String, Mark> on = new LinkedHashMap<>();
    private final Map<String, Mark> in = new LinkedHashMap<>();

    private static String key(String lockClass, String reclaimClass) {
        return reclaimClass + "\u0000" + lockClass;
    }

    /** {@code lockClass} was held ({@code read}-held or not) when the task might enter {@code reclaimClass}. */
    void on(String lockClass, String reclaimClass, boolean read, Supplier<Sighting> at) {
        on.computeIfAbsent(key(lockClass, reclaimClass), k -> new Mark(read, at.get()));
    }

    /** {@code lockClass} was acquired by blocking while the task held {@code reclaimClass}. */
    void in(String lockClass, String reclaimClass, boolean read, Supplier<Sighting> at) {
        in.computeIfAbsent(key(lockClass, reclaimClass), k -> new Mark(read, at.get()));
    }

    /** Every class in both states (not both read), in order of when the second state was seen. */
    List<InconsistentUsage> inconsistent() {
        List<InconsistentUsage> out = new ArrayList<>();
        for (Map.Entry<String, Mark> e : in.entrySet()) {
            Mark onMark = on.get(e.getKey());
            Mark inMark = e.getValue();
            if (onMark == null || (onMark.read() && inMark.read())) {
                continue;
            }
            String[] k = e.getKey().split("\u0000", 2);
            out.add(new InconsistentUsage(k[1], k[0], onMark.read(), onMark.at(), inMark.read(), inMark.at()));
        }
        out.sort(Comparator.comparingInt(u -> Math.max(u.on().position(), u.in().position())));
        return out;
    }
}
