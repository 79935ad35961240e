package org.reclaimtck.realkernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * The kernel's gfp masks ({@code include/linux/gfp_types.h} of the traced kernel) read through the
 * {@code __print_flags} table of an event's own format file ({@code kmem/mm_page_alloc}'s {@code gfp_flags}, which
 * {@code include/trace/events/mmflags.h} generates): text or hex from a trace line becomes the kernel's bits, and the
 * bits become the SPI's {@link Gfp} by their single-bit names ({@code __GFP_IO}, {@code __GFP_FS}, ...). Bits the SPI
 * does not model ({@code __GFP_ATOMIC}, {@code __GFP_ZEROTAGS}) are dropped from the SPI mask, not from the text.
 */
final class KernelGfp {
    /** The format files committed with this module, as the traced kernel (Debian 12's 6.1) exported them. */
    static final String FORMATS = "/org/reclaimtck/realkernel/formats/";

    private final FlagTable table;
    private final Map<Long, Gfp> cache = new HashMap<>();
    private final Set<String> spiNames = Set.copyOf(Gfp.knownNames());

    KernelGfp(FlagTable table) {
        this.table = table;
    }

    /** The gfp table of the committed {@code kmem/mm_page_alloc} format. */
    static KernelGfp fromResources() {
        return new KernelGfp(FlagTable.parse(printFmt(format("kmem/mm_page_alloc")), "gfp_flags"));
    }

    /** A committed format file's text, e.g. {@code vmscan/mm_shrink_slab_start}. */
    static String format(String event) {
        try (InputStream in = KernelGfp.class.getResourceAsStream(FORMATS + event)) {
            if (in == null) {
                throw new IllegalStateException("no committed format file for " + event);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String printFmt(String format) {
        int at = format.indexOf("print fmt:");
        if (at < 0) {
            throw new IllegalArgumentException("format file without 'print fmt:'");
        }
        return format.substring(at + "print fmt:".length()).trim();
    }

    FlagTable table() {
        return table;
    }

    /** The kernel bits of a mask as a trace line prints it: {@code GFP_NOFS|__GFP_NOWARN}, {@code none} or {@code 0xc40}. */
    long bits(String text) {
        String t = text.trim();
        if (t.equals("none") || t.equals("0") || t.equals("0x0")) {
            return 0;
        }
        return table.encode(t);
    }

    /** The mask as the kernel prints it, e.g. {@code GFP_NOFS|__GFP_COMP}. */
    String text(long bits) {
        return bits == 0 ? "none" : String.join("|", table.decode(bits));
    }

    /** The SPI's mask for kernel {@code bits}: each set bit by its single-bit name in the format's table. */
    Gfp spi(long bits) {
        return cache.computeIfAbsent(bits, b -> {
            // one name per bit, the __GFP_ one where the table has it (6.1's GFP_NOWAIT is a single bit too)
            Map<Long, String> byBit = new HashMap<>();
            for (String name : table.names()) {
                long v = table.value(name);
                if (Long.bitCount(v) == 1 && spiNames.contains(name)) {
                    byBit.merge(v, name, (old, n) -> n.startsWith("__") && !old.startsWith("__") ? n : old);
                }
            }
            Gfp g = Gfp.NONE;
            for (Map.Entry<Long, String> e : byBit.entrySet()) {
                if ((b & e.getKey()) != 0) {
                    g = g.or(Gfp.parse(e.getValue()));
                }
            }
            return g;
        });
    }

    Gfp spi(String text) {
        return spi(bits(text));
    }

    boolean hasFs(long bits) {
        return (bits & table.value("__GFP_FS")) != 0;
    }

    boolean hasIo(long bits) {
        return (bits & table.value("__GFP_IO")) != 0;
    }

    /** The class a mask falls in for the cross-check: the first of GFP_KERNEL, GFP_NOFS, GFP_NOIO, ... it contains. */
    String gfpClass(long bits) {
        for (String c : List.of("GFP_KERNEL", "GFP_NOFS", "GFP_NOIO", "GFP_NOWAIT", "GFP_ATOMIC")) {
            long v = table.value(c);
            if (v > 0 && (bits & v) == v) {
                return c;
            }
        }
        return bits == 0 ? "none" : "other";
    }
}
