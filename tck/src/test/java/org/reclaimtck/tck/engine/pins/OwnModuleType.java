package org.reclaimtck.tck.engine.pins;

import java.util.List;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.part.ModuleType;

/** A module type a case brings itself, with two variants; the loaded instance remembers which one ran. */
public final class OwnModuleType implements ModuleType {
    /** What {@code load} returns: the variant it was loaded in. */
    public record Loaded(String variant) {
    }

    @Override
    public String name() {
        return "acme-mod";
    }

    @Override
    public List<Variant> variants() {
        return List.of(new Variant("acme-mod", "fixed", true, "the fixed module"),
                new Variant("acme-mod", "buggy", false, "the buggy module"));
    }

    @Override
    public Object load(ModuleContext ctx) {
        return new Loaded(ctx.variant());
    }
}
