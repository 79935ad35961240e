package org.reclaimtck.ref.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.block.DmBufio;
import org.reclaimtck.ref.block.LoopDevice;
import org.reclaimtck.ref.fs.JournalFs;
import org.reclaimtck.spi.kernel.Variant;

/** Every selectable behaviour of the reference parts, with its default and where it comes from. */
public final class ReferenceVariants {
    public static final List<Variant> ALL = List.of(
            new Variant(JournalFs.PART, JournalFs.NOFS_TRANSACTIONS, true,
                    "transactions run under memalloc_nofs_save, as __xfs_trans_alloc does (K-FS-5)"),
            new Variant(JournalFs.PART, JournalFs.NO_NOFS_SCOPE, false,
                    "transactions without a NOFS scope: GFP_KERNEL inside recurses into the same fs (S3)"),
            new Variant(LoopDevice.PART, LoopDevice.NOIO, true,
                    "worker under memalloc_noio_save and PF_LOCAL_THROTTLE (d0a255e795ab, K-LOOP-1)"),
            new Variant(LoopDevice.PART, LoopDevice.NO_NOIO, false,
                    "worker allocates with GFP_KERNEL, before d0a255e795ab (K-LOOP-2, S2)"),
            new Variant(DmBufio.PART, DmBufio.ASYNC, true,
                    "shrinker never blocks; dirty buffers written by a WQ_MEM_RECLAIM worker (2020 thread)"),
            new Variant(DmBufio.PART, DmBufio.GFP_FS, false,
                    "shrinker blocks on I/O only with __GFP_FS (9d28eb12447e as merged, K-DM-2)"),
            new Variant(DmBufio.PART, DmBufio.GFP_IO, false,
                    "shrinker blocks on I/O whenever __GFP_IO is set (v3.2, before 9d28eb12447e, K-DM-1, S1)"));

    private ReferenceVariants() {
    }

    /** The variant selected for {@code part}, or its default. */
    static String selected(Map<String, String> selection, String part) {
        String chosen = selection.get(part);
        if (chosen != null) {
            return chosen;
        }
        for (Variant v : ALL) {
            if (v.part().equals(part) && v.isDefault()) {
                return v.name();
            }
        }
        throw new IllegalStateException("no default variant for part " + part);
    }

    /** Rejects an unknown part or variant with a message that lists the known ones. */
    static void validate(Map<String, String> selection) {
        for (Map.Entry<String, String> e : selection.entrySet()) {
            List<String> names = new ArrayList<>();
            for (Variant v : ALL) {
                if (v.part().equals(e.getKey())) {
                    names.add(v.name());
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("unknown part '" + e.getKey() + "' (parts with variants: fs, loop, "
                        + "dm-bufio)");
            }
            if (!names.contains(e.getValue())) {
                throw new IllegalArgumentException("unknown variant '" + e.getValue() + "' of part '" + e.getKey()
                        + "' (known: " + String.join(", ", names) + ")");
            }
        }
    }

    /** The table {@code part  variant  (default)  description}, one per line. */
    public static String describe() {
        StringBuilder sb = new StringBuilder();
        for (Variant v : ALL) {
            sb.append(String.format("%-9s %-18s %-9s %s%n", v.part(), v.name(), v.isDefault() ? "(default)" : "",
                    v.description()));
        }
        return sb.toString();
    }

    /** Prints the variants: {@code java -cp ... org.reclaimtck.ref.kernel.ReferenceVariants}. */
    public static void main(String[] args) {
        System.out.print(describe());
    }
}
