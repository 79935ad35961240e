package org.reclaimtck.spi.mm;

/** A zone's watermarks in pages: models {@code _watermark[WMARK_MIN..WMARK_HIGH]} of {@code struct zone} (K-ALLOC-1). */
public record Watermarks(long min, long low, long high) {
    @Override
    public String toString() {
        return "min " + min + " low " + low + " high " + high;
    }
}
