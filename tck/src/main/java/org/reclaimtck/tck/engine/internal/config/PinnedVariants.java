package org.reclaimtck.tck.engine.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;

/**
 * The variants the selected cases' machines bring and pin: a case may register part types of its own
 * ({@code MachineSpec.Builder.register}), whose variants {@code reclaimtck.variant} may then select, and may pin a
 * variant its scenario needs. A pinned variant the provider does not have is a configuration error of that case,
 * found before any case runs, never a rule failure. A provider that lists no variants at all ignores pins.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PinnedVariants {
    private final Map<String, MachineSpec> machines;
    private final List<Variant> registered;

    private PinnedVariants(Map<String, MachineSpec> machines, List<Variant> registered) {
        this.machines = machines;
        this.registered = registered;
    }

    /**
     * Builds each case's machine once (a fresh instance, {@code machine()} only).
     *
     * @param cases case id to a factory of fresh instances
     */
    public static PinnedVariants of(Map<String, CaseFactory> cases) {
        return of(cases, PartsUnderTest.defaults());
    }

    /** As {@link #of(Map)}, each machine built for the parts under test. */
    public static PinnedVariants of(Map<String, CaseFactory> cases, PartsUnderTest parts) {
        Map<String, MachineSpec> machines = new LinkedHashMap<>();
        List<Variant> registered = new ArrayList<>();
        for (Map.Entry<String, CaseFactory> e : cases.entrySet()) {
            MachineSpec.Builder b = MachineSpec.builder();
            try {
                e.getValue().newInstance().machine(b, parts);
            } catch (Exception | LinkageError ex) {
                continue; // the case's own run reports it, with its seed
            }
            MachineSpec m = b.build();
            machines.put(e.getKey(), m);
            for (PartType t : m.partTypes()) {
                for (Variant v : t.variants()) {
                    if (!registered.contains(v)) {
                        registered.add(v);
                    }
                }
            }
        }
        return new PinnedVariants(machines, registered);
    }

    /** A fresh instance of a case. */
    @FunctionalInterface
    public interface CaseFactory {
        KernelCase newInstance() throws Exception;
    }

    /** The part types the cases register for their machines. */
    public List<PartType> registeredTypes() {
        List<PartType> out = new ArrayList<>();
        machines.values().forEach(m -> out.addAll(m.partTypes()));
        return out;
    }

    /** Variants of part types the cases register themselves, beside the provider's. */
    public List<Variant> registered() {
        return registered;
    }

    /**
     * Checks every case's pins against the provider's variants and those of the case's own part types.
     *
     * @throws ConfigurationError naming the case, the pin and the known variants
     */
    public void validate(KernelProvider provider) {
        List<Variant> offered = provider.variants();
        for (Map.Entry<String, MachineSpec> e : machines.entrySet()) {
            List<Variant> known = new ArrayList<>(offered);
            for (PartType t : e.getValue().partTypes()) {
                known.addAll(t.variants());
            }
            if (known.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> pin : e.getValue().variants().entrySet()) {
                VariantSelection.Lack lack = VariantSelection.lack(pin.getKey(), pin.getValue(), known);
                if (lack != VariantSelection.Lack.NONE) {
                    throw new ConfigurationError("case " + e.getKey(), "pins variant " + pin.getKey() + ":"
                            + pin.getValue() + ", but provider " + provider.name() + " has no "
                            + (lack == VariantSelection.Lack.VARIANT ? "such variant of part '" + pin.getKey() + "'"
                            : "part '" + pin.getKey() + "'")
                            + " (" + VariantSelection.knownList(known) + ")");
                }
            }
        }
    }
}
