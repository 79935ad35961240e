package org.reclaimtck.tck.suites.fs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/** FS-1..5 on filesystem {@code fs} of a trace. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class FsJudge {
    private FsJudge() {
    }

    /** FS-1: allocations while a transaction is held have no __GFP_FS. */
    public static List<String> nofsTransactions(RunResult result) {
        List<String> out = new ArrayList<>();
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                if (event instanceof TraceEvent.AllocRequested a && a.effectiveGfp().allowsFs()) {
                    TaskModel t = model.taskOf(event);
                    if (!t.transactions().isEmpty()) {
                        out.add(t.comm() + " allocated with effective " + a.effectiveGfp() + " while holding "
                                + t.transactions() + ": " + a.render());
                    }
                }
            }
        });
        return out;
    }

    /** FS-2: every transaction acquired is released by the task that holds it. */
    public static List<String> transactionsReleased(RunResult result) {
        Map<String, TraceEvent> held = new HashMap<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.LockAcquired a && a.kind() == LockKind.TRANSACTION) {
                held.put(e.task() + " " + a.object(), e);
            } else if (e instanceof TraceEvent.LockReleased r && r.kind() == LockKind.TRANSACTION) {
                held.remove(e.task() + " " + r.object());
            }
        }
        return held.values().stream().map(e -> "transaction never committed or cancelled: " + e.render()).toList();
    }

    /** FS-3: no entry into {@code fs} inside reclaim without __GFP_FS; its shrinkers stop for such masks. */
    public static List<String> staysOutWithoutFs(RunResult result, String fs) {
        List<String> out = new ArrayList<>();
        Set<String> fsShrinkers = new HashSet<>();
        Map<String, TraceEvent.ShrinkerScanBegin> scanning = new HashMap<>();
        List<TraceEvent.ShrinkerScanEnd> noFsEnds = new ArrayList<>();
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                TaskModel t = model.taskOf(event);
                if (event instanceof TraceEvent.ShrinkerScanBegin s) {
                    scanning.put(t.comm(), s);
                } else if (event instanceof TraceEvent.ShrinkerScanEnd end) {
                    TraceEvent.ShrinkerScanBegin s = scanning.remove(t.comm());
                    if (s != null && !s.control().gfpMask().allowsFs()) {
                        noFsEnds.add(end);
                    }
                } else if (event instanceof TraceEvent.FsEnter f && f.superBlock().equals(fs)) {
                    t.reclaim().stream().filter(r -> r.shrinker()).forEach(r ->
                            fsShrinkers.add(((TraceEvent.ShrinkerScanBegin) r.begin()).shrinker()));
                    ReclaimContext r = t.innermostReclaim().orElse(null);
                    if (r != null && !r.gfp().allowsFs()) {
                        out.add(t.comm() + " entered " + fs + " (" + f.operation() + ") inside " + r.describe()
                                + ", which lacks __GFP_FS: " + f.render());
                    }
                }
            }
        });
        for (TraceEvent.ShrinkerScanEnd end : noFsEnds) {
            if (fsShrinkers.contains(end.shrinker()) && end.freed() >= 0) {
                out.add(end.shrinker() + " (a shrinker of " + fs + ") returned " + end.freed() + " instead of"
                        + " SHRINK_STOP for a mask without __GFP_FS: " + end.render());
            }
        }
        return out;
    }

    /** FS-4: each evict_inode of {@code fs} inside reclaim waits for no bio and returns within {@code boundNanos}. */
    public static List<String> boundedEviction(RunResult result, String fs, long boundNanos) {
        List<String> out = new ArrayList<>();
        Map<String, TraceEvent.FsEnter> evicting = new HashMap<>();
        TraceModel.walk(result.trace(), new TraceVisitor() {
            @Override
            public void before(int position, TraceEvent event, TraceModel model) {
                TaskModel t = model.taskOf(event);
                if (event instanceof TraceEvent.FsEnter f && f.superBlock().equals(fs)
                        && f.operation().startsWith("evict_inode") && t.innermostReclaim().isPresent()) {
                    evicting.put(t.comm(), f);
                } else if (event instanceof TraceEvent.FsLeave l && evicting.containsKey(t.comm())
                        && l.operation().equals(evicting.get(t.comm()).operation())) {
                    TraceEvent.FsEnter f = evicting.remove(t.comm());
                    if (l.time() - f.time() > boundNanos) {
                        out.add(t.comm() + " spent " + (l.time() - f.time()) / 1_000_000 + " ms in " + fs + " "
                                + f.operation() + " inside " + t.innermostReclaim().get().describe() + ": "
                                + f.render());
                    }
                } else if (event instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.BIO
                        && evicting.containsKey(t.comm())) {
                    out.add(t.comm() + " waited for bio " + w.object() + " in " + fs + " "
                            + evicting.get(t.comm()).operation() + " inside reclaim: " + w.render());
                }
            }
        });
        return out;
    }

    /** FS-5: inside each write_iter on {@code fs}, writeback started ends and bios submitted complete before it returns. */
    public static List<String> durableWrites(RunResult result, String fs) {
        List<String> out = new ArrayList<>();
        Map<String, TraceEvent.FsEnter> writing = new HashMap<>();
        Map<String, Set<String>> folios = new HashMap<>();
        Map<String, Set<Long>> bios = new HashMap<>();
        Set<String> wroteBack = new HashSet<>();
        Set<Long> completed = new HashSet<>();
        int writes = 0;
        for (TraceEvent e : result.trace()) {
            String task = e.task();
            if (e instanceof TraceEvent.FsEnter f && f.superBlock().equals(fs) && f.operation().startsWith("write_iter")
                    && !writing.containsKey(task)) {
                writing.put(task, f);
                folios.put(task, new HashSet<>());
                bios.put(task, new HashSet<>());
                writes++;
            } else if (e instanceof TraceEvent.WritebackStart w && writing.containsKey(task)) {
                folios.get(task).add(w.mapping() + "#" + w.index());
                wroteBack.add(task);
            } else if (e instanceof TraceEvent.WritebackEnd w) {
                folios.values().forEach(s -> s.remove(w.mapping() + "#" + w.index()));
            } else if (e instanceof TraceEvent.BioSubmitted b && writing.containsKey(task)) {
                bios.get(task).add(b.bio());
            } else if (e instanceof TraceEvent.BioCompleted c) {
                completed.add(c.bio());
            } else if (e instanceof TraceEvent.FsLeave l && writing.containsKey(task)
                    && l.operation().equals(writing.get(task).operation())) {
                TraceEvent.FsEnter f = writing.remove(task);
                Set<String> open = folios.remove(task);
                Set<Long> pending = new HashSet<>(bios.remove(task));
                pending.removeAll(completed);
                if (!wroteBack.remove(task)) {
                    out.add(task + " returned from " + fs + " " + f.operation() + " without writing anything back"
                            + " (no folio_start_writeback): " + l.render());
                } else if (!open.isEmpty() || !pending.isEmpty()) {
                    out.add(task + " returned from " + fs + " " + f.operation() + " with " + (open.isEmpty() ? ""
                            : "folios " + open + " under writeback ") + (pending.isEmpty() ? "" : "bios " + pending
                            + " not completed ") + "(" + l.render() + ")");
                }
            }
        }
        if (writes == 0) {
            out.add("no write_iter on " + fs + " was traced");
        }
        return out;
    }
}
