package org.reclaimtck.ref.block;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A block I/O request: models {@code struct bio} and {@code bio_endio} ({@code block/bio.c}). Waiting on
 * it is an I/O wait of lock class {@code bio:<device>} whose wakers are the tasks that complete its device's bios.
 */
public final class Bio {
    final long id;
    final BioOp op;
    final long sector;
    final BlockDev device;
    private final SimRuntime rt;
    private final Completion done;
    private Runnable endIo;
    int status;

    Bio(SimRuntime rt, long id, BlockDev device, BioOp op, long sector) {
        this.rt = rt;
        this.id = id;
        this.device = device;
        this.op = op;
        this.sector = sector;
        this.done = rt.completion("#" + id + " " + op + " sector " + sector + " on " + device.name(),
                "bio:" + device.name());
        this.done.wokenBy(device::completers);
    }

    /** Chains a completion callback, as a stacking driver's {@code bi_end_io} does. */
    void onEnd(Runnable callback) {
        this.endIo = callback;
    }

    /** {@code bio_endio()}: in the completing task's or softirq context. */
    void endio(int err) {
        this.status = err;
        rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), rt.contextComm(), id, device.name(), err));
        if (endIo != null) {
            endIo.run();
        }
        done.complete();
    }

    /** {@code submit_bio_wait()}'s sleep: an I/O wait on this bio. */
    int await() {
        done.waitForCompletionIo();
        return status;
    }

    @Override
    public String toString() {
        return "bio #" + id + " " + op + " sector " + sector + " on " + device.name();
    }
}
