package org.reclaimtck.ref.memcg;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the reference kernel's memory controller ({@code mm/memcontrol.c}), a mechanism whose
 * historical or plausible behaviours are selectable, e.g. {@code -Dreclaimtck.variant=memcg:oom-skips-nofs}; each
 * variant fails a named MEMCG rule.
 */
public final class MemcgType implements PartType {
    public static final String NAME = "memcg";
    public static final String KERNEL = "kernel";
    public static final String RECLAIM_IGNORES_SCOPE = "reclaim-ignores-scope";
    public static final String OOM_SKIPS_NOFS = "oom-skips-nofs";
    public static final String OOM_GLOBAL_VICTIM = "oom-global-victim";
    public static final String RECLAIM_ROOT_LRUVEC = "reclaim-root-lruvec";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "memory cgroups: memory.max, try_charge_memcg, memcg reclaim and memcg OOM (mm/memcontrol.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, KERNEL, true, "try_charge_memcg as K-ALLOC-16: memcg reclaim with the caller's"
                        + " scoped mask (current_gfp_context), memcg OOM among the memcg's tasks even for NOFS"
                        + " (K-OOM-2)"),
                new Variant(NAME, RECLAIM_IGNORES_SCOPE, false, "try_to_free_mem_cgroup_pages with the charge's"
                        + " mask as passed, not current_gfp_context: a charge in a memalloc_nofs_save scope reclaims"
                        + " with __GFP_FS and recurses into the filesystem (MEMCG-1)"),
                new Variant(NAME, OOM_SKIPS_NOFS, false, "out_of_memory's !__GFP_FS skip without the is_memcg_oom"
                        + " exception: a NOFS charge at memory.max kills nothing and retries until the memcg's"
                        + " memory is freed by someone else (MEMCG-2)"),
                new Variant(NAME, OOM_GLOBAL_VICTIM, false, "select_bad_process over every task instead of"
                        + " mem_cgroup_scan_tasks: a memcg OOM kills outside the memcg (MEMCG-3)"),
                new Variant(NAME, RECLAIM_ROOT_LRUVEC, false, "memcg reclaim shrinks the root's lruvec, as if"
                        + " folios had no per-memcg lruvec: it frees other cgroups' page cache, never the memcg's, and"
                        + " the memcg OOM kills while the memcg's own page cache is reclaimable (OOM-1)"));
    }
}
