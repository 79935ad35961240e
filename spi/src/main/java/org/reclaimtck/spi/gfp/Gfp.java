package org.reclaimtck.spi.gfp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An allocation mask: models {@code include/linux/gfp_types.h}, printed as {@code %pGg} does
 * ({@code include/trace/events/mmflags.h}). Immutable. Rules K-GFP-1..6.
 */
public final class Gfp {
    private static final Map<String, Integer> FLAG_BITS = new LinkedHashMap<>();

    public static final Gfp NONE = new Gfp(0);
    public static final Gfp __GFP_DMA = flag("__GFP_DMA");
    public static final Gfp __GFP_HIGHMEM = flag("__GFP_HIGHMEM");
    public static final Gfp __GFP_DMA32 = flag("__GFP_DMA32");
    public static final Gfp __GFP_MOVABLE = flag("__GFP_MOVABLE");
    public static final Gfp __GFP_RECLAIMABLE = flag("__GFP_RECLAIMABLE");
    public static final Gfp __GFP_HIGH = flag("__GFP_HIGH");
    public static final Gfp __GFP_IO = flag("__GFP_IO");
    public static final Gfp __GFP_FS = flag("__GFP_FS");
    public static final Gfp __GFP_ZERO = flag("__GFP_ZERO");
    public static final Gfp __GFP_DIRECT_RECLAIM = flag("__GFP_DIRECT_RECLAIM");
    public static final Gfp __GFP_KSWAPD_RECLAIM = flag("__GFP_KSWAPD_RECLAIM");
    public static final Gfp __GFP_WRITE = flag("__GFP_WRITE");
    public static final Gfp __GFP_NOWARN = flag("__GFP_NOWARN");
    public static final Gfp __GFP_RETRY_MAYFAIL = flag("__GFP_RETRY_MAYFAIL");
    public static final Gfp __GFP_NOFAIL = flag("__GFP_NOFAIL");
    public static final Gfp __GFP_NORETRY = flag("__GFP_NORETRY");
    public static final Gfp __GFP_MEMALLOC = flag("__GFP_MEMALLOC");
    public static final Gfp __GFP_COMP = flag("__GFP_COMP");
    public static final Gfp __GFP_NOMEMALLOC = flag("__GFP_NOMEMALLOC");
    public static final Gfp __GFP_HARDWALL = flag("__GFP_HARDWALL");
    public static final Gfp __GFP_THISNODE = flag("__GFP_THISNODE");
    public static final Gfp __GFP_ACCOUNT = flag("__GFP_ACCOUNT");
    public static final Gfp __GFP_NOLOCKDEP = flag("__GFP_NOLOCKDEP");

    /** Both reclaim bits: {@code __GFP_DIRECT_RECLAIM|__GFP_KSWAPD_RECLAIM}. */
    public static final Gfp __GFP_RECLAIM = __GFP_DIRECT_RECLAIM.or(__GFP_KSWAPD_RECLAIM);

    public static final Gfp GFP_ATOMIC = __GFP_HIGH.or(__GFP_KSWAPD_RECLAIM);
    public static final Gfp GFP_KERNEL = __GFP_RECLAIM.or(__GFP_IO).or(__GFP_FS);
    public static final Gfp GFP_KERNEL_ACCOUNT = GFP_KERNEL.or(__GFP_ACCOUNT);
    public static final Gfp GFP_NOWAIT = __GFP_KSWAPD_RECLAIM.or(__GFP_NOWARN);
    public static final Gfp GFP_NOIO = __GFP_RECLAIM;
    public static final Gfp GFP_NOFS = __GFP_RECLAIM.or(__GFP_IO);
    public static final Gfp GFP_USER = GFP_KERNEL.or(__GFP_HARDWALL);
    public static final Gfp GFP_DMA = __GFP_DMA;
    public static final Gfp GFP_DMA32 = __GFP_DMA32;
    public static final Gfp GFP_HIGHUSER = GFP_USER.or(__GFP_HIGHMEM);
    public static final Gfp GFP_HIGHUSER_MOVABLE = GFP_HIGHUSER.or(__GFP_MOVABLE);
    public static final Gfp GFP_TRANSHUGE_LIGHT =
            GFP_HIGHUSER_MOVABLE.or(__GFP_COMP).or(__GFP_NOMEMALLOC).or(__GFP_NOWARN).andNot(__GFP_RECLAIM);
    public static final Gfp GFP_TRANSHUGE = GFP_TRANSHUGE_LIGHT.or(__GFP_DIRECT_RECLAIM);

    /** Printing table, in the kernel's order: composites first, then single flags. */
    private static final Map<String, Gfp> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("GFP_TRANSHUGE", GFP_TRANSHUGE);
        NAMES.put("GFP_TRANSHUGE_LIGHT", GFP_TRANSHUGE_LIGHT);
        NAMES.put("GFP_HIGHUSER_MOVABLE", GFP_HIGHUSER_MOVABLE);
        NAMES.put("GFP_HIGHUSER", GFP_HIGHUSER);
        NAMES.put("GFP_USER", GFP_USER);
        NAMES.put("GFP_KERNEL_ACCOUNT", GFP_KERNEL_ACCOUNT);
        NAMES.put("GFP_KERNEL", GFP_KERNEL);
        NAMES.put("GFP_NOFS", GFP_NOFS);
        NAMES.put("GFP_ATOMIC", GFP_ATOMIC);
        NAMES.put("GFP_NOIO", GFP_NOIO);
        NAMES.put("GFP_NOWAIT", GFP_NOWAIT);
        NAMES.put("GFP_DMA", GFP_DMA);
        NAMES.put("__GFP_HIGHMEM", __GFP_HIGHMEM);
        NAMES.put("GFP_DMA32", GFP_DMA32);
        for (String single : List.of("__GFP_HIGH", "__GFP_IO", "__GFP_FS", "__GFP_NOWARN",
                "__GFP_RETRY_MAYFAIL", "__GFP_NOFAIL", "__GFP_NORETRY", "__GFP_COMP", "__GFP_ZERO",
                "__GFP_NOMEMALLOC", "__GFP_MEMALLOC", "__GFP_HARDWALL", "__GFP_THISNODE",
                "__GFP_RECLAIMABLE", "__GFP_MOVABLE", "__GFP_ACCOUNT", "__GFP_WRITE")) {
            NAMES.put(single, new Gfp(1 << FLAG_BITS.get(single)));
        }
        NAMES.put("__GFP_RECLAIM", __GFP_RECLAIM);
        NAMES.put("__GFP_DIRECT_RECLAIM", __GFP_DIRECT_RECLAIM);
        NAMES.put("__GFP_KSWAPD_RECLAIM", __GFP_KSWAPD_RECLAIM);
        NAMES.put("__GFP_NOLOCKDEP", __GFP_NOLOCKDEP);
        NAMES.put("__GFP_DMA", __GFP_DMA);
    }

    private final int bits;

    private Gfp(int bits) {
        this.bits = bits;
    }

    private static Gfp flag(String name) {
        int bit = FLAG_BITS.size();
        FLAG_BITS.put(name, bit);
        return new Gfp(1 << bit);
    }

    /** The raw bits; stable within one version of this SPI only. */
    public int bits() {
        return bits;
    }

    public Gfp or(Gfp other) {
        return new Gfp(bits | other.bits);
    }

    public Gfp andNot(Gfp other) {
        return new Gfp(bits & ~other.bits);
    }

    public Gfp and(Gfp other) {
        return new Gfp(bits & other.bits);
    }

    /** True if every bit of {@code other} is set here. */
    public boolean has(Gfp other) {
        return (bits & other.bits) == other.bits;
    }

    /** True if any bit of {@code other} is set here. */
    public boolean hasAny(Gfp other) {
        return (bits & other.bits) != 0;
    }

    /** {@code gfpflags_allow_blocking}: the request may sleep (K-GFP-2). */
    public boolean allowsBlocking() {
        return has(__GFP_DIRECT_RECLAIM);
    }

    /** Reclaim started by this request may call into filesystems (K-GFP-3). */
    public boolean allowsFs() {
        return has(__GFP_FS);
    }

    /** Reclaim started by this request may start physical I/O (K-GFP-3). */
    public boolean allowsIo() {
        return has(__GFP_IO);
    }

    /**
     * Reads the kernel's text form back: names joined by {@code |}, e.g.
     * {@code GFP_NOFS|__GFP_NOFAIL}; {@code none} or {@code 0} is the empty mask.
     *
     * @throws IllegalArgumentException naming the unknown flag
     */
    public static Gfp parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty gfp mask: expected e.g. GFP_NOFS|__GFP_NOFAIL");
        }
        String trimmed = text.trim();
        if (trimmed.equals("none") || trimmed.equals("0")) {
            return NONE;
        }
        int result = 0;
        for (String part : trimmed.split("\\|", -1)) {
            String name = part.trim();
            Gfp g = NAMES.get(name);
            if (g == null) {
                throw new IllegalArgumentException("unknown gfp flag '" + name + "' in '" + text
                        + "' (known: " + String.join(", ", NAMES.keySet()) + ")");
            }
            result |= g.bits;
        }
        return new Gfp(result);
    }

    /** Every name this class can print or parse, composites first, in the kernel's order. */
    public static List<String> knownNames() {
        return Collections.unmodifiableList(new ArrayList<>(NAMES.keySet()));
    }

    @Override
    public String toString() {
        if (bits == 0) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        int rest = bits;
        for (Map.Entry<String, Gfp> e : NAMES.entrySet()) {
            int mask = e.getValue().bits;
            if (mask != 0 && (rest & mask) == mask) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(e.getKey());
                rest &= ~mask;
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gfp && ((Gfp) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }
}
