"""The mutation corpus as data: each m(...) is one single-defect patch of the reference (file, the exact text it
replaces, the replacement, which kernel behaviour it breaks, which rule should catch it). Running this script
rewrites mutation/patches/*.patch from the current sources; a mutant whose text no longer matches stops it with
the mutant's name, so a refactoring of the reference shows which mutants to re-aim. mutation/run reads only the
patches, so a patch may also be written or edited by hand (a first line "# breaks: ...", a second "# expect: ...",
then a unified diff against the repository root, as `git diff` prints it).
Usage: python3 mutation/corpus.py
"""
import difflib, os, sys
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF='reference-impl/src/main/java/org/reclaimtck/ref/'
M = []
def m(name, pkg, f, old, new, breaks, expect):
    M.append((name, pkg, f, old, new, breaks, expect))

# ---- mm
m('fastpath-at-min','mm','mm/PageAlloc.java',
  'if (zone.watermarkOk(order, zone.wmark.low(), 0)) {\n            return take(order);',
  'if (zone.watermarkOk(order, zone.wmark.min(), 0)) {\n            return take(order);',
  'the fast path checks MIN instead of LOW, so kswapd is woken only below MIN (K-ALLOC-3)',
  'allocator: fast path at LOW, kswapd woken by the slow path')
m('slowpath-at-low','mm','mm/PageAlloc.java',
  '            if (zone.watermarkOk(order, zone.wmark.min(), allocFlags)) {\n                return take(order);\n            }\n            int reserve',
  '            if (zone.watermarkOk(order, zone.wmark.low(), allocFlags)) {\n                return take(order);\n            }\n            int reserve',
  'the slow path allocates only above LOW instead of MIN: direct reclaim from LOW (K-ALLOC-4)',
  'allocator: slow path at MIN')
m('no-kswapd-wake','mm','mm/PageAlloc.java',
  '                reclaimer.wakeupKswapd(gfp, order);',
  '                // wakeup_kswapd dropped',
  'the slow path never wakes kswapd (K-ALLOC-2, K-VMSCAN-14)',
  'allocator: kswapd woken by the slow path; FP-1 and S11 need kswapd')
m('no-pfmemalloc-reserve','mm','mm/AllocFlags.java',
  'if (gfp.has(Gfp.__GFP_MEMALLOC) || pfMemalloc) {',
  'if (gfp.has(Gfp.__GFP_MEMALLOC)) {',
  'PF_MEMALLOC no longer grants ALLOC_NO_WATERMARKS: reclaimers cannot use the reserves (K-ALLOC-6)',
  'allocator: reserves for PF_MEMALLOC')
m('nomemalloc-loses','mm','mm/AllocFlags.java',
  '        if (gfp.has(Gfp.__GFP_NOMEMALLOC)) {\n            return 0;\n        }\n',
  '',
  '__GFP_NOMEMALLOC no longer wins over PF_MEMALLOC/__GFP_MEMALLOC (K-ALLOC-6)',
  'allocator: __GFP_NOMEMALLOC wins')
m('nested-direct-reclaim','mm','mm/PageAlloc.java',
  'if (!gfp.allowsBlocking() || pfMemalloc || reclaimer == null) {',
  'if (!gfp.allowsBlocking() || reclaimer == null) {',
  'a task already in reclaim (PF_MEMALLOC) enters direct reclaim again (K-ALLOC-9, K-SCOPE-5)',
  'SCOPE-5 no nested direct reclaim')
m('noretry-retries','mm','mm/PageAlloc.java',
  '            if (!nofail && gfp.has(Gfp.__GFP_NORETRY)) {\n                return nopage(me, gfp, order);\n            }\n',
  '',
  '__GFP_NORETRY retries direct reclaim instead of failing after one attempt (K-ALLOC-10)',
  'allocator: NORETRY fails after one reclaim')
m('costly-retries','mm','mm/PageAlloc.java',
  '            if (!nofail && costly && !gfp.has(Gfp.__GFP_RETRY_MAYFAIL)) {\n                return nopage(me, gfp, order);\n            }\n',
  '',
  'costly orders (> PAGE_ALLOC_COSTLY_ORDER) retry like order-0 (K-ALLOC-11)',
  'allocator: costly orders fail early')
m('nofail-fails','mm','mm/PageAlloc.java',
  '            if (nofail) {\n                allocFlags = nofailRetry(allocFlags);\n                noProgressLoops = 0;\n                continue;\n            }\n            return nopage',
  '            return nopage',
  'a blocking __GFP_NOFAIL request can return no page (K-ALLOC-14)',
  'allocator: NOFAIL never fails')
m('nofail-no-warn','mm','mm/PageAlloc.java',
  '        if (nofail) {\n            nofailChecks(me, gfp, order, pfMemalloc);\n        }\n',
  '',
  'NOFAIL misuse (order > 1, non-blocking, from PF_MEMALLOC) is not warned about (K-ALLOC-13)',
  'allocator: NOFAIL warns as the kernel warns')
m('unscoped-mask-at-entry','mm','mm/PageAlloc.java',
  '        return slowpath(me, eff, order, pfMemalloc);',
  '        return slowpath(me, gfp, order, pfMemalloc);',
  'the slow path uses the caller\'s mask, not current_gfp_context(): NOFS/NOIO scopes ignored in reclaim (K-SCOPE-3)',
  'SCOPE-3/DL-1 (S1, S3 under a NOFS scope)')
m('watermark-off-by-one','mm','mm/Zone.java',
  'return free - ((1L << order) - 1) > min;',
  'return free - ((1L << order) - 1) >= min;',
  '__zone_watermark_ok accepts free == mark (K-ALLOC-1)',
  'allocator: watermark arithmetic')
m('no-might-alloc-trace','mm','mm/PageAllocEntry.java',
  '                rt.trace(new TraceEvent.AllocMightReclaim(rt.clock().nanos(), me.comm(), eff));\n',
  '',
  'blocking allocations no longer trace might_alloc() (fs_reclaim annotation, K-LOCKDEP-2)',
  'TRACE-3')
# ---- shrinker
m('no-deferral','shrinker','shrinker/ShrinkerList.java',
  '        long nr = e.nrDeferred;',
  '        long nr = 0;',
  'do_shrink_slab drops the work deferred by earlier calls (K-SHRINK-2)',
  'reclaim: deferred work carried between calls')
m('shrink-stop-ignored','shrinker','shrinker/ShrinkerList.java',
  '                if (ret == Shrinker.SHRINK_STOP) {\n                    break;\n                }\n                freed += ret;',
  '                if (ret != Shrinker.SHRINK_STOP) {\n                    freed += ret;\n                }',
  'SHRINK_STOP does not end the shrinker\'s round: it is called again batch after batch (K-SHRINK-3)',
  'reclaim: SHRINK_STOP ends the round')
m('small-cache-never-scanned','shrinker','shrinker/ShrinkerList.java',
  'while (totalScan >= SHRINK_BATCH || totalScan >= freeable) {',
  'while (totalScan >= SHRINK_BATCH) {',
  'a cache smaller than a batch is never scanned (K-SHRINK-2 batches)',
  'reclaim: do_shrink_slab batches')
m('shrinker-gets-gfp-kernel','shrinker','shrinker/ShrinkerList.java',
  'ShrinkControl sc = new ShrinkControl(gfp, nid, nrToScan, memcg);',
  'ShrinkControl sc = new ShrinkControl(Gfp.GFP_KERNEL, nid, nrToScan, memcg);',
  'shrinkers are called with GFP_KERNEL, not the caller\'s scoped mask (K-RECLAIM-4)',
  'SCOPE-3/SCOPE-4, DL-1')
m('kswapd-balances-to-low','vmscan','vmscan/Kswapd.java',
  '        long high = pages.watermarks().high();',
  '        long high = pages.watermarks().low();',
  'kswapd stops at LOW instead of balancing to HIGH (K-VMSCAN-14)',
  'reclaim: kswapd balances to HIGH')
m('kswapd-never-hopeless','vmscan','vmscan/Kswapd.java',
  '            failures++;',
  '            failures += 0;',
  'kswapd never becomes hopeless after MAX_RECLAIM_RETRIES failed runs (K-VMSCAN-15)',
  'reclaim: kswapd\'s hopeless state')
m('kswapd-no-pf-memalloc','vmscan','vmscan/Kswapd.java',
  '        task.setFlag(PfFlag.PF_MEMALLOC);\n',
  '',
  'kswapd runs without PF_MEMALLOC: its own allocations recurse into direct reclaim (K-SCOPE-5)',
  'SCOPE-5 / reclaim: kswapd context')
m('one-priority-only','vmscan','vmscan/Vmscan.java',
  '                && !sc.balanced.getAsBoolean(); sc.priority--) {',
  '                && !sc.balanced.getAsBoolean(); sc.priority = -1) {',
  'do_try_to_free_pages gives up after DEF_PRIORITY instead of raising the pressure (K-RECLAIM-3)',
  'reclaim: priorities')
m('proactive-no-pf-memalloc','vmscan','vmscan/ProactiveReclaim.java',
  '        try (MemallocScope noreclaim = me.memallocNoreclaimSave()) {\n            reclaimed = vmscan.doTryToFreePages(new ScanControl(scoped, nrPages, 0, ScanControl.NEVER, true));\n        }',
  '        reclaimed = vmscan.doTryToFreePages(new ScanControl(scoped, nrPages, 0, ScanControl.NEVER, true));',
  'proactive reclaim runs without PF_MEMALLOC (K-SCOPE-5)',
  'reclaim: proactive reclaim under PF_MEMALLOC')
m('proactive-unscoped','vmscan','vmscan/ProactiveReclaim.java',
  '        Gfp scoped = me.currentGfpContext(gfp);',
  '        Gfp scoped = gfp;',
  'proactive reclaim ignores the caller\'s NOFS/NOIO scope (K-SCOPE-3)',
  'SCOPE-3/SCOPE-4 via the reclaim probe')
m('direct-reclaim-no-pf-memalloc','mm','mm/PageAlloc.java',
  '        try (MemallocScope noreclaim = me.memallocNoreclaimSave()) {\n            reclaimed = reclaimer.tryToFreePages(gfp, order);\n        }',
  '        reclaimed = reclaimer.tryToFreePages(gfp, order);',
  'direct reclaim runs without PF_MEMALLOC: allocations inside reclaim recurse (K-ALLOC-9)',
  'SCOPE-5')
# ---- block
m('bio-endio-twice-silent','block','block/BlockLayerCore.java',
  '        if (b.ended()) {\n            throw new IllegalStateException("bio_endio of " + b + " a second time (by " + rt.contextComm() + ")");\n        }\n',
  '',
  'a second bio_endio of the same bio is accepted and completes the waiter twice (K-BLK-2)',
  'block-device: a bio completes exactly once')
m('bio-completion-misattributed','block','block/BlockLayerCore.java',
  'rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), rt.contextComm(), b.id, b.disk().name(),',
  'rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), "softirq", b.id, b.disk().name(),',
  'bio completions are attributed to softirq, not to the task that ran bio_endio',
  'TRACE-2 / block-device: completions attributed')
m('super-cache-scan-ignores-fs','vfs','vfs/SuperCacheShrinker.java',
  '        if (!SuperblockNofs.mayEnter(sb.runtime(), sb, sc.gfpMask())) {\n            return SHRINK_STOP;\n        }\n',
  '',
  'super_cache_scan enters the filesystem without __GFP_FS (K-FS-1)',
  'SCOPE-3, DL-1')
m('log-space-never-returned','journal','journal/JournalLog.java',
  '            free += units;\n',
  '',
  'committed log space is never returned to the log (K-FS-5 log grant heads)',
  'filesystem: log space returned on commit; DL-1')
m('xfs-no-nofs-scope','xfs','xfs/Xfs.java',
  'this.nofsScope = !NO_NOFS_SCOPE.equals(ctx.variant());',
  'this.nofsScope = false;',
  'transactions run without memalloc_nofs_save (K-FS-5, S3)',
  'SCOPE-6, DL-1')
m('evict-without-transaction','xfs','xfs/Xfs.java',
  '            transStart("inactive " + inode.ino(), 1).close();',
  '            // xfs_inactive without a transaction',
  'inode eviction takes no transaction, so it never waits for log space (K-FS-3)',
  'filesystem: eviction\'s cost')
# ---- drivers
m('loop-noio-ignored','drivers','drivers/LoopDevice.java',
  'this.noio = NOIO.equals(ctx.variant());',
  'this.noio = false;',
  'the loop worker allocates without memalloc_noio_save (K-LOOP-1, S2)',
  'DL-1 (S2), SCOPE-4')
m('bufio-async-blocks','drivers','drivers/BufioShrinker.java',
  '            default:\n                return false;',
  '            default:\n                return gfp.allowsIo();',
  'the async dm-bufio shrinker blocks and writes whenever __GFP_IO is set (K-DM-1, S1)',
  'DL-1 (S1), FP-1 (S11)')
m('loop-endio-before-write','drivers','drivers/LoopDevice.java',
  '        long page = pages.allocPages(Gfp.GFP_KERNEL, 0);\n        try {',
  '        long page = pages.allocPages(Gfp.GFP_KERNEL, 0);\n        block.bioEndio(bio, 0);\n        try {',
  'loop completes a bio before its data is on the backing file (and bio_endio runs twice)',
  'block-device: completes after its data is where it says')
# ---- runtime
m('mutex-unlock-no-handoff','runtime','runtime/SimMutex.java',
  '        if (next != null) {\n            sim.wake(next, me.comm());\n            acquire(next, false);\n        }',
  '        if (next != null) {\n            sim.wake(next, me.comm());\n        }',
  'mutex_unlock wakes a waiter without handing it the lock: two owners, or none (kernel/locking/mutex.c)',
  'RT-2 / DL-1')
m('complete-wakes-nobody','runtime','runtime/SimCompletion.java',
  '        if (w != null) {\n            sim.wake(w, sim.comm());\n        } else if (!all) {',
  '        if (w != null) {\n            waiters.addFirst(w);\n        } else if (!all) {',
  'complete() with a waiter wakes nobody: a lost wake-up (kernel/sched/completion.c)',
  'RT-3, DL-1')
m('timer-fires-early','runtime','runtime/Clockwork.java',
  '        if (first.expiresNanos > now) {\n            now = first.expiresNanos;\n        }\n        for (SimTimer t = timers.pollDue(now); t != null; t = timers.pollDue(now)) {',
  '        for (SimTimer t = timers.pollDue(first.expiresNanos); t != null; t = timers.pollDue(first.expiresNanos)) {',
  'virtual time does not advance: timers fire at once, timed waits end early (kernel/time/timer.c)',
  'RT-4')
m('hung-task-never','runtime','runtime/HungTaskCheck.java',
  '&& now - t.blockedSince > timeoutNanos) {',
  '&& now - t.blockedSince > Long.MAX_VALUE / 2) {',
  'the hung-task check never fires (kernel/hung_task.c)',
  'RT-6')
m('random-walk-unseeded','runtime','runtime/RandomWalk.java',
  'this.rng = new SplitMix64(seed * 0x2545F4914F6CDD1DL + 1);',
  'this.rng = new SplitMix64(seed * 0x2545F4914F6CDD1DL + System.identityHashCode(this));',
  'the RANDOM scheduler is not a function of the seed: runs are not reproducible',
  'RT-1')
m('woken-not-traced','runtime','runtime/Sim.java',
  '        trace(new TraceEvent.Woken(clock.now, t.comm(), object, by));\n',
  '',
  'wake-ups are not traced (the trace no longer shows who woke whom)',
  'runtime: tracing of every wait and wake')

# ---- added with issue 9's reclaim core (folios, LRU, writeback, OOM killer): the K-ALLOC-12 mutant re-aimed at
# ref.oom (the !__GFP_FS skip moved there), and new mutants in the new mechanisms
m('kills-for-nofs','oom','oom/OomKiller.java',
  'if (!gfp.has(Gfp.__GFP_FS) && memcg == null && !OomType.KILL_FOR_NOFS.equals(variant)) {',
  'if (false) {',
  'a global OOM for a request without __GFP_FS kills a task instead of retrying (K-OOM-2, K-ALLOC-12)',
  'OOM-3: no global OOM kill for !__GFP_FS; ALLOC-9')
m('victim-no-reserves','mm','mm/AllocFlags.java',
  '        return oomVictim ? ALLOC_OOM : 0;',
  '        return 0;',
  'an OOM victim gets no ALLOC_OOM access to the reserves, so it may not be able to exit (K-OOM-4, K-ALLOC-6)',
  'OOM-2: a victim exits and its memory returns')
m('dirty-folio-not-tagged','vmscan','vmscan/ShrinkFolioList.java',
  '        if (dirty) {\n            // v6.17+',
  '        if (false) {\n            // v6.17+',
  'shrink_folio_list treats a dirty file folio as clean: __remove_mapping refuses it, so it stays on the inactive list without PG_reclaim and its writeback completion never rotates it (K-VMSCAN-5, K-VMSCAN-7)',
  'a rule on PG_reclaim tagging and rotation (none yet: the same gap as vmscan:no-reclaim-rotation)')
m('writeback-throttle-hz','vmscan','vmscan/ReclaimThrottle.java',
  '            case VMSCAN_THROTTLE_WRITEBACK:\n                timeout = Math.max(1, hz / 10);',
  '            case VMSCAN_THROTTLE_WRITEBACK:\n                timeout = Math.max(1, hz);',
  'reclaim_throttle(WRITEBACK) sleeps HZ instead of HZ/10 (K-VMSCAN-10)',
  'FP-3: reclaim throttling is bounded')

# ---- added with the rules of issue 13's last round (RT-8, BLK-4, BLK-5, ALLOC-10): new mutants in their areas
m('woken-by-wakee','runtime','runtime/Sim.java',
  '        trace(new TraceEvent.Woken(clock.now, t.comm(), object, by));\n',
  '        trace(new TraceEvent.Woken(clock.now, t.comm(), object, t.comm()));\n',
  '[new] wake-ups name the woken task as its own waker (sched_wakeup records the wrong waker)',
  'RT-8 every wait and wake-up is traced')
m('bio-endio-traced-before-check','block','block/BlockLayerCore.java',
  '        KernelBio b = own(bio);\n        if (b.ended()) {\n            throw new IllegalStateException("bio_endio of " + b + " a second time (by " + rt.contextComm() + ")");\n        }\n        if (!b.end(status)) {\n            return;\n        }\n        rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), rt.contextComm(), b.id, b.disk().name(),\n                b.status()));\n',
  '        KernelBio b = own(bio);\n        rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), rt.contextComm(), b.id, b.disk().name(), status));\n        if (b.ended()) {\n            throw new IllegalStateException("bio_endio of " + b + " a second time (by " + rt.contextComm() + ")");\n        }\n        if (!b.end(status)) {\n            return;\n        }\n',
  '[new] bio_endio traces block_bio_complete before it checks that the bio has not ended: a second completion is traced before the BUG',
  'BLK-4 a second bio_endio is a BUG')
m('costly-nofail-no-reserve','mm','mm/PageAlloc.java',
  '        rt.condResched();\n        return allocFlags | AllocFlags.ALLOC_MIN_RESERVE;',
  '        rt.condResched();\n        return allocFlags;',
  '[new] a NOFAIL request at nopage retries without ALLOC_MIN_RESERVE (K-ALLOC-14): at MIN with nothing reclaimable it loops for ever',
  'ALLOC-7 NOFAIL never fails (costly NOFAIL at MIN), or the watchdog')

# ---- issue 11: mempools and RCU
m('free-no-refill','mempool','mempool/PagePool.java',
  '        if (reserve.size() < minNr) {\n            reserve.push(element);\n            wait.wakeUpAll();\n            return;\n        }\n',
  '',
  '[new] mempool_free never refills the reserve (K-MEMPOOL-2): once drained, waiters only get what the allocator gives',
  'MEMPOOL-1 a blocking mempool_alloc never fails (the writers never finish)')
m('gp-ignores-readers','rcu','rcu/RcuTree.java',
  '            blockers.addAll(readers.keySet());\n',
  '',
  '[new] a grace period does not wait for the readers in a section when it started (K-RCU-2)',
  'RCU-3 a grace period waits for the readers before it')
m('kfree-frees-at-drain','rcu','rcu/KfreeRcu.java',
  '        tree.callRcu("kfree_rcu batch of " + n + " pages", () -> free(drained, n));',
  '        free(drained, n);',
  '[new] kvfree_rcu frees a batch when it drains, without a grace period (K-RCU-2)',
  'RCU-3 a grace period waits for the readers before it')
m('kfree-shrinker-counts-nothing','rcu','rcu/KfreeRcu.java',
  '        return batchPages == 0 ? SHRINK_EMPTY : batchPages;',
  '        return SHRINK_EMPTY;',
  '[new] the rcu-kfree shrinker reports nothing to free (K-RCU-3): reclaim never drains the batch',
  'RCU-2 no OOM kill while kvfree_rcu memory waits on its batch')
# ---- issue 11: bio sets
m('bioset-no-punt','block','block/BlockLayerCore.java',
  '            set.punt(list);\n',
  '',
  'bio_alloc_bioset retries with the full mask without punting the set\'s bios on current->bio_list to the rescuer (K-BIO-2)',
  'DL-1 deadlock/s9-bioset-nested-split')
m('bio-put-leaks-element','block','block/BlockLayerCore.java',
  '            b.bioset.pool().free(b.element);\n',
  '',
  'bio_endio never frees a bio set\'s element back to its mempool (bio_put, K-MEMPOOL-2)',
  'BIO-1 forward-progress/s9-bioset-reserve, DL-1 deadlock/s9-bioset-nested-split')

# ---- issue 11: dentry cache and inodegc
m('inactivate-in-destroy-inode','xfs','xfs/Xfs.java',
  '            inodegc.queue(inode);',
  '            inactive(inode);',
  '[new] ->destroy_inode inactivates the inode itself instead of queueing it to inodegc (K-FS-6): reclaim waits for'
  ' log space and the inode cluster read',
  'EVICT-1 reclaim never waits on journal space or I/O')

out = os.path.join(ROOT, 'mutation', 'patches')
# check every mutant before touching the patches: a stale corpus names all its mismatches and leaves the patches be
stale = []
for name, pkg, f, old, new, breaks, expect in M:
    n = open(os.path.join(ROOT, REF + f)).read().count(old)
    if n != 1:
        stale.append(f'{pkg}-{name}: {n} matches of its text in {f}')
if stale:
    sys.exit('mutation/corpus.py: re-aim these mutants (patches unchanged):\n  ' + '\n  '.join(stale))
os.makedirs(out, exist_ok=True)
for f in os.listdir(out):
    if f.endswith('.patch'):
        os.remove(os.path.join(out, f))
for i, (name, pkg, f, old, new, breaks, expect) in enumerate(M, 1):
    path = REF + f
    src = open(os.path.join(ROOT, path)).read()
    dst = src.replace(old, new)
    diff = difflib.unified_diff(src.splitlines(True), dst.splitlines(True), 'a/' + path, 'b/' + path, n=3)
    fn = f'{pkg}-{name}.patch'
    with open(os.path.join(out, fn), 'w') as o:
        o.write(f'# breaks: {breaks}\n# expect: {expect}\n')
        o.writelines(diff)
print(len(M), 'patches')
