package org.reclaimtck.tck.engine.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Variant;

/**
 * {@code reclaimtck.variant}: {@code part:variant[,part:variant...]}, e.g. {@code dm-bufio:gfp-io,loop:no-noio}.
 * The syntax is checked with the other parameters; the names against the selected provider's
 * {@link KernelProvider#variants()}. Applied to every case's machine after the case's own {@code machine()}, so the
 * user's choice wins over a variant a case pins.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class VariantSelection {
    private static final String P = Configuration.VARIANT;
    private static final String EXAMPLE = "expected part:variant[,part:variant...], e.g. dm-bufio:gfp-io,loop:no-noio;"
            + " -D" + Configuration.LIST + "=variants lists them";

    private final Map<String, String> byPart;

    private VariantSelection(Map<String, String> byPart) {
        this.byPart = Collections.unmodifiableMap(new LinkedHashMap<>(byPart));
    }

    static VariantSelection none() {
        return new VariantSelection(Map.of());
    }

    static VariantSelection parse(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : value.split(",", -1)) {
            String entry = raw.trim();
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1 || entry.indexOf(':', colon + 1) >= 0) {
                throw new ConfigurationError(P, "'" + entry + "' is not part:variant (" + EXAMPLE + ")");
            }
            String part = entry.substring(0, colon).trim();
            String name = entry.substring(colon + 1).trim();
            if (out.put(part, name) != null) {
                throw new ConfigurationError(P, "part '" + part + "' is selected twice in '" + value + "'");
            }
        }
        return new VariantSelection(out);
    }

    /**
     * Checks every selected part and variant against the provider's list.
     *
     * @throws ConfigurationError naming the unknown part or variant and listing the known ones
     */
    public void validate(KernelProvider provider) {
        validate(provider, List.of());
    }

    /** As {@link #validate(KernelProvider)}, also knowing the variants of part types the cases register themselves. */
    public void validate(KernelProvider provider, List<Variant> registeredByCases) {
        if (byPart.isEmpty()) {
            return;
        }
        List<Variant> known = new ArrayList<>(provider.variants());
        known.addAll(registeredByCases);
        for (Map.Entry<String, String> e : byPart.entrySet()) {
            Lack lack = lack(e.getKey(), e.getValue(), known);
            if (lack == Lack.PART) {
                throw new ConfigurationError(P, "provider " + provider.name() + " has no part '" + e.getKey() + "' ("
                        + knownList(known) + ")");
            }
            if (lack == Lack.VARIANT) {
                throw new ConfigurationError(P, "provider " + provider.name() + " has no variant '" + e.getValue()
                        + "' of part '" + e.getKey() + "' (" + knownList(known) + ")");
            }
        }
    }

    /** What {@code known} lacks of a {@code part:variant} selection or pin. */
    enum Lack { NONE, PART, VARIANT }

    static Lack lack(String part, String variant, List<Variant> known) {
        if (known.stream().noneMatch(v -> v.part().equals(part))) {
            return Lack.PART;
        }
        return known.stream().anyMatch(v -> v.part().equals(part) && v.name().equals(variant)) ? Lack.NONE
                : Lack.VARIANT;
    }

    /** {@code known: xfs {nofs-transactions, no-nofs-scope}, loop {noio, no-noio}}, or that there are none. */
    static String knownList(List<Variant> known) {
        if (known.isEmpty()) {
            return "it lists no variants";
        }
        Map<String, List<String>> byPart = new LinkedHashMap<>();
        for (Variant v : known) {
            byPart.computeIfAbsent(v.part(), k -> new ArrayList<>()).add(v.name());
        }
        return "known: " + byPart.entrySet().stream().map(e -> e.getKey() + " {" + String.join(", ", e.getValue()) + "}")
                .collect(Collectors.joining(", "));
    }

    /** Sets each selected variant on the machine, over whatever the case chose for the same part. */
    public MachineSpec.Builder applyTo(MachineSpec.Builder machine) {
        byPart.forEach(machine::variant);
        return machine;
    }

    /** This selection with {@code part} set to {@code variant} (a policy comparison's run), in place or appended. */
    public VariantSelection with(String part, String variant) {
        Map<String, String> out = new LinkedHashMap<>(byPart);
        out.put(part, variant);
        return new VariantSelection(out);
    }

    public boolean isEmpty() {
        return byPart.isEmpty();
    }

    /** Part to variant, in the order given. */
    public Map<String, String> byPart() {
        return byPart;
    }

    /** The parameter's value that selects the same again: {@code dm-bufio:gfp-io,loop:no-noio}; empty if none. */
    @Override
    public String toString() {
        return byPart.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
