package org.reclaimtck.spi.runtime;

/**
 * Virtual time: models {@code jiffies} ({@code include/linux/jiffies.h}). It moves only when every task
 * is blocked and a timer or I/O completion is pending, never with the wall clock.
 */
public interface VirtualClock {
    /** Virtual nanoseconds since boot. */
    long nanos();

    /** {@code jiffies} since boot. */
    long jiffies();

    /** Ticks per second ({@code HZ}). */
    int hz();

    default long msecsToJiffies(long ms) {
        return (ms * hz() + 999) / 1000;
    }
}
