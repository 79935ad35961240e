package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.runtime.Timer;

/** A one-shot timer on virtual time: models {@code struct timer_list} of {@code kernel/time/timer.c}. */
final class SimTimer implements Timer {
    private final Sim sim;
    private final String name;
    final Runnable callback;
    long expiresNanos;
    long seq;
    boolean pending;

    SimTimer(Sim sim, String name, Runnable callback) {
        this.sim = sim;
        this.name = name;
        this.callback = callback;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void modTimer(long expires) {
        sim.armTimer(this, expires * sim.nanosPerJiffy());
    }

    /** Arms the timer {@code nanos} of virtual time from now. */
    void armIn(long nanos) {
        sim.armTimer(this, sim.now() + nanos);
    }

    @Override
    public boolean delTimer() {
        return sim.disarmTimer(this);
    }

    @Override
    public boolean pending() {
        return pending;
    }
}
