package org.reclaimtck.spi.kernel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reclaimtck.spi.trace.TraceEvent;

/** The fingerprint of a trace: 64-bit FNV-1a over each event's {@link TraceEvent#render()} line, in hex. */
public final class TraceHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TraceHash() {
    }

    public static String of(List<TraceEvent> trace) {
        long h = FNV_OFFSET;
        for (TraceEvent e : trace) {
            for (byte b : e.render().getBytes(StandardCharsets.UTF_8)) {
                h ^= b & 0xff;
                h *= FNV_PRIME;
            }
            h ^= '\n';
            h *= FNV_PRIME;
        }
        return String.format("%016x", h);
    }
}
