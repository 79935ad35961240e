package org.reclaimtck.ref.oom;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the reference kernel's OOM killer ({@code mm/oom_kill.c}), not a stack part but a
 * mechanism whose historical behaviours are selectable, e.g. {@code -Dreclaimtck.variant=oom:kill-for-nofs}.
 */
public final class OomType implements PartType {
    public static final String NAME = "oom";
    public static final String SKIP_NOFS = "skip-nofs";
    public static final String KILL_FOR_NOFS = "kill-for-nofs";
    public static final String NO_REAPER = "no-reaper";
    public static final String NO_OOM_KILLER = "no-oom-killer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OOM killer and OOM reaper (mm/oom_kill.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, SKIP_NOFS, true, "a global OOM for a !__GFP_FS request kills nothing and reports"
                        + " progress (K-OOM-2); the OOM reaper frees a victim's memory (K-OOM-4)"),
                new Variant(NAME, KILL_FOR_NOFS, false, "the OOM killer also runs for a global !__GFP_FS OOM, as"
                        + " before out_of_memory's __GFP_FS check: a NOFS caller kills while the fs holds memory"),
                new Variant(NAME, NO_REAPER, false, "no OOM reaper (before v4.6): a victim stuck in an"
                        + " uninterruptible wait keeps its memory and every OOM waits for it"),
                new Variant(NAME, NO_OOM_KILLER, false, "no OOM killer, the model before issue 9: a global __GFP_FS"
                        + " OOM ends the run as out of memory (a baseline for measurements, not a kernel)"));
    }
}
