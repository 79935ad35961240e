package org.reclaimtck.tck.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Variant;

/**
 * The reference provider's variants as the engine renders them in messages and reports, so tests of those formats
 * need not repeat the whole listing each time a part gains a variant.
 */
public final class ReferenceVariants {
    private ReferenceVariants() {
    }

    /** {@code xfs {nofs-transactions, no-nofs-scope, ...}, loop {noio, no-noio}, ...}: the "known:" list of errors. */
    public static String known() {
        return byPart().entrySet().stream()
                .map(e -> e.getKey() + " {" + e.getValue().stream().map(Variant::name)
                        .collect(Collectors.joining(", ")) + "}")
                .collect(Collectors.joining(", "));
    }

    /** report.json's {@code "defaults"} object: each part's default variant, but {@code selected}'s. */
    public static String defaultsJson(String selected) {
        return byPart().entrySet().stream().filter(e -> !e.getKey().equals(selected))
                .flatMap(e -> e.getValue().stream().filter(Variant::isDefault))
                .map(v -> "\"" + v.part() + "\": \"" + v.name() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static Map<String, List<Variant>> byPart() {
        return new ReferenceKernelProvider().variants().stream()
                .collect(Collectors.groupingBy(Variant::part, LinkedHashMap::new, Collectors.toList()));
    }
}
