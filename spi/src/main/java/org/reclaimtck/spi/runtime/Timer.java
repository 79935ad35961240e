package org.reclaimtck.spi.runtime;

/**
 * A one-shot timer on the virtual clock: models {@code kernel/time/timer.c}. The callback runs in
 * softirq context: it must not sleep; it may {@code complete()} or {@code wakeUpAll()}.
 */
public interface Timer {
    String name();

    /** The lock class of the callback's context, as lockdep names it: {@code (<name>)}. */
    default String lockClass() {
        return "(" + name() + ")";
    }

    /** {@code mod_timer()}: (re)arms the timer to fire at the absolute jiffy {@code expires}. */
    void modTimer(long expires);

    /** {@code del_timer()}: true if it was pending. */
    boolean delTimer();

    /** {@code timer_pending()}. */
    boolean pending();
}
