package org.reclaimtck.ref.kernel;

import org.reclaimtck.spi.kernel.Variant;

/** Lists the variants of every part type the reference finds: {@code java -cp ... org.reclaimtck.ref.kernel.ReferenceVariants}. */
public final class ReferenceVariants {
    private ReferenceVariants() {
    }

    /** The table {@code part  variant  (default)  description}, one per line. */
    public static String describe(ReferenceKernelProvider provider) {
        StringBuilder sb = new StringBuilder();
        for (Variant v : provider.variants()) {
            sb.append(String.format("%-9s %-18s %-9s %s%n", v.part(), v.name(), v.isDefault() ? "(default)" : "",
                    v.description()));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.print(describe(new ReferenceKernelProvider()));
    }
}
