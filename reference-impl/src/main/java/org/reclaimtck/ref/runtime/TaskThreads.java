package org.reclaimtck.ref.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * Creates the Java thread behind each simulated task: a virtual thread when the JVM has them (JDK 21+,
 * found at run time; this code is compiled for release 17), else a daemon platform thread. Only one
 * runs at a time, so the choice changes speed, never the trace. Property {@code reclaimtck.ref.threads}
 * = {@code auto} (default), {@code virtual} or {@code platform}.
 */
public final class TaskThreads {
    /** The property that chooses the thread kind. */
    public static final String PROPERTY = "reclaimtck.ref.threads";

    private static final MethodHandle OF_VIRTUAL;
    private static final MethodHandle UNSTARTED;

    static {
        MethodHandle ofVirtual = null;
        MethodHandle unstarted = null;
        try {
            // One carrier keeps a handoff on one CPU (performance.md); respect an explicit setting.
            if (System.getProperty("jdk.virtualThreadScheduler.parallelism") == null) {
                System.setProperty("jdk.virtualThreadScheduler.parallelism", "1");
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder$OfVirtual");
            ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(builder));
            unstarted = lookup.findVirtual(builder, "unstarted", MethodType.methodType(Thread.class, Runnable.class));
        } catch (ReflectiveOperationException | SecurityException e) {
            ofVirtual = null;
            unstarted = null;
        }
        OF_VIRTUAL = ofVirtual;
        UNSTARTED = unstarted;
    }

    /**
     * Set once a run was abandoned with a task spinning on a virtual thread: it holds the one carrier for good
     * (nothing can stop a thread that never reaches a scheduling point), so later runs in this JVM use
     * platform threads, whose trace is the same.
     */
    private static volatile String carrierLost;

    private final boolean virtual;

    private TaskThreads(boolean virtual) {
        this.virtual = virtual;
    }

    /** True if this JVM can create virtual threads. */
    public static boolean virtualThreadsAvailable() {
        return OF_VIRTUAL != null;
    }

    /** The kind chosen by {@value #PROPERTY}. */
    public static TaskThreads fromSystemProperty() {
        String mode = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "auto":
                return new TaskThreads(virtualThreadsAvailable() && carrierLost == null);
            case "virtual":
                if (!virtualThreadsAvailable()) {
                    throw new IllegalStateException(PROPERTY + "=virtual needs JDK 21+, this is " + Runtime.version());
                }
                return new TaskThreads(true);
            case "platform":
                return new TaskThreads(false);
            default:
                throw new IllegalArgumentException(PROPERTY + ": '" + mode + "' is not auto, virtual or platform");
        }
    }

    public static TaskThreads platform() {
        return new TaskThreads(false);
    }

    /** Virtual threads; fails on a JVM without them. */
    public static TaskThreads virtual() {
        if (!virtualThreadsAvailable()) {
            throw new IllegalStateException("virtual threads need JDK 21+, this is " + Runtime.version());
        }
        return new TaskThreads(true);
    }

    /**
     * An aborted run left {@code spinner} (null if none) running without a scheduling point. On virtual threads that
     * task keeps the carrier; {@code auto} then chooses platform threads for every later run, said once on stderr.
     */
    void abandoned(Object spinner) {
        if (spinner != null && virtual && carrierLost == null) {
            carrierLost = String.valueOf(spinner);
            System.err.println("reclaim-reference: " + carrierLost + " of an aborted run spins without a scheduling"
                    + " point and keeps the virtual-thread carrier; later runs in this JVM use platform threads");
        }
    }

    /** Why {@code auto} no longer picks virtual threads in this JVM, or null. */
    public static String carrierLost() {
        return carrierLost;
    }

    public boolean isVirtual() {
        return virtual;
    }

    Thread newThread(String name, Runnable body) {
        if (virtual) {
            try {
                Thread t = (Thread) UNSTARTED.invoke(OF_VIRTUAL.invoke(), body);
                t.setName(name);
                return t;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create a virtual thread", e);
            }
        }
        Thread t = new Thread(null, body, name, 0);
        t.setDaemon(true);
        return t;
    }

    @Override
    public String toString() {
        return virtual ? "virtual threads" : "platform threads";
    }
}
