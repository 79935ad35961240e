package org.reclaimtck.spi.kernel;

import java.util.List;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * One blocked task in a wait-for chain: who it is, its allocation context, what it holds and what it
 * waits for, as the kernel's hung-task and lockdep reports show them.
 *
 * @param task      comm of the blocked task
 * @param context   the task's {@code PF_MEMALLOC*} flags and, if blocked inside an allocation, its gfp
 *                  mask (e.g. {@code PF_MEMALLOC_NOFS gfp=GFP_NOFS}); empty if none
 * @param held      locks and transactions the task holds, e.g. {@code mutex c->lock (class dm_bufio_client)}
 * @param kind      what the task waits on
 * @param object    the instance it waits on
 * @param lockClass its class
 * @param waitsFor  the tasks whose progress would wake it (owners, holders, declared wakers)
 * @param stack     where in the model the task sleeps, innermost frame first as a kernel backtrace lists
 *                  it, e.g. {@code BlockDev.submitBioWait}, {@code DmBufio.writeAndWait}, ...; empty if the
 *                  provider cannot tell
 */
public record WaitEdge(String task, String context, List<String> held, WaitKind kind, String object,
                       String lockClass, List<String> waitsFor, List<String> stack) {
    public WaitEdge {
        held = List.copyOf(held);
        waitsFor = List.copyOf(waitsFor);
        stack = List.copyOf(stack);
    }

    /** An edge without a backtrace. */
    public WaitEdge(String task, String context, List<String> held, WaitKind kind, String object, String lockClass,
                    List<String> waitsFor) {
        this(task, context, held, kind, object, lockClass, waitsFor, List.of());
    }

    /** {@code task-a [PF_MEMALLOC_NOFS] holds mutex A; waits for mutex B (class b) held by task-b}. */
    public String render() {
        StringBuilder sb = new StringBuilder(task);
        if (!context.isEmpty()) {
            sb.append(" [").append(context).append(']');
        }
        sb.append(held.isEmpty() ? " holds nothing" : " holds " + String.join(", ", held));
        sb.append("; waits for ").append(kind.label()).append(' ').append(object);
        if (!lockClass.equals(object)) {
            sb.append(" (class ").append(lockClass).append(')');
        }
        if (waitsFor.isEmpty()) {
            sb.append(", which no task holds or can signal");
        } else {
            sb.append(kind == WaitKind.MUTEX || kind == WaitKind.RWSEM_READ || kind == WaitKind.RWSEM_WRITE
                    ? " held by " : " to be signalled by ").append(String.join(", ", waitsFor));
        }
        return sb.toString();
    }
}
