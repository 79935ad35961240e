package org.reclaimtck.ref.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.part.ModuleType;
import org.reclaimtck.spi.part.PageAllocatorType;

/**
 * The part types a kernel may be built from, by name: models the kernel's tables of registered filesystem types and
 * drivers ({@code register_filesystem}, module loading). The reference's own types and a user's are found the same
 * way, by {@link ServiceLoader}; a machine may add its own. Immutable.
 */
public final class PartRegistry {
    private final Map<String, PartType> byName;

    private PartRegistry(Map<String, PartType> byName) {
        this.byName = byName;
    }

    /**
     * Every {@code PartType} the reference's class loader and {@code loader} (the user's: the test class path) list
     * in {@code META-INF/services/org.reclaimtck.spi.kernel.PartType}; the reference's first.
     *
     * @throws IllegalStateException if two different classes register the same name, or a listed class cannot load
     */
    public static PartRegistry discover(ClassLoader loader) {
        PartRegistry r = new PartRegistry(new LinkedHashMap<>());
        r = r.withAll(load(PartRegistry.class.getClassLoader()), "ServiceLoader");
        if (loader != null && loader != PartRegistry.class.getClassLoader()) {
            r = r.withAll(load(loader), "ServiceLoader");
        }
        return r;
    }

    private static List<PartType> load(ClassLoader loader) {
        List<PartType> out = new ArrayList<>();
        try {
            for (PartType t : ServiceLoader.load(PartType.class, loader)) {
                out.add(t);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a part type listed in META-INF/services/"
                    + PartType.class.getName() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** This registry plus {@code types}; {@code how} names where they came from in a clash message. */
    public PartRegistry withAll(List<PartType> types, String how) {
        Map<String, PartType> out = new LinkedHashMap<>(byName);
        for (PartType t : types) {
            PartType old = out.get(t.name());
            if (old == null) {
                validateVariants(t);
                out.put(t.name(), t);
            } else if (old.getClass() != t.getClass()) {
                throw new IllegalStateException("part type '" + t.name() + "' is registered twice: "
                        + old.getClass().getName() + " and " + t.getClass().getName() + " (" + how + ")");
            }
        }
        return new PartRegistry(out);
    }

    private static void validateVariants(PartType t) {
        long defaults = 0;
        for (Variant v : t.variants()) {
            if (!v.part().equals(t.name())) {
                throw new IllegalStateException("part type '" + t.name() + "' (" + t.getClass().getName()
                        + ") lists variant '" + v.name() + "' of part '" + v.part() + "': a variant's part is its type");
            }
            defaults += v.isDefault() ? 1 : 0;
        }
        if (!t.variants().isEmpty() && defaults != 1) {
            throw new IllegalStateException("part type '" + t.name() + "' (" + t.getClass().getName() + ") has "
                    + defaults + " default variants; exactly one must be the default");
        }
    }

    /**
     * The type {@code name} of {@code kind}, for the stack part {@code forPart}.
     *
     * @throws IllegalArgumentException naming the part and listing the known types of that kind
     */
    public <T extends PartType> T require(String name, Class<T> kind, String forPart) {
        PartType t = byName.get(name);
        String known = " (known " + kindName(kind) + "s: " + String.join(", ", namesOf(kind)) + ")";
        if (t == null) {
            throw new IllegalArgumentException("no part type '" + name + "' for " + forPart + known
                    + "; register it in META-INF/services/" + PartType.class.getName() + " or MachineSpec.Builder.register");
        }
        if (!kind.isInstance(t)) {
            throw new IllegalArgumentException("part type '" + name + "' for " + forPart + " is not a " + kindName(kind)
                    + known);
        }
        return kind.cast(t);
    }

    private List<String> namesOf(Class<? extends PartType> kind) {
        return byName.values().stream().filter(kind::isInstance).map(PartType::name).collect(Collectors.toList());
    }

    private static String kindName(Class<? extends PartType> kind) {
        if (kind == BlockDriverType.class) {
            return "block driver";
        } else if (kind == FileSystemType.class) {
            return "filesystem type";
        } else if (kind == ModuleType.class) {
            return "module type";
        } else if (kind == PageAllocatorType.class) {
            return "page allocator";
        }
        return "part type";
    }

    /** Every variant of every type, in registration order. */
    public List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (PartType t : byName.values()) {
            out.addAll(t.variants());
        }
        return out;
    }

    /** The variant {@code selection} picks for {@code type}, else its default, else {@code ""}. */
    public String variantFor(String type, Map<String, String> selection) {
        String chosen = selection.get(type);
        if (chosen != null) {
            return chosen;
        }
        PartType t = byName.get(type);
        if (t != null) {
            for (Variant v : t.variants()) {
                if (v.isDefault()) {
                    return v.name();
                }
            }
        }
        return "";
    }

    /**
     * Rejects a selection that names an unknown part or variant.
     *
     * @throws IllegalArgumentException listing the parts with variants and theirs
     */
    public void validate(Map<String, String> selection) {
        for (Map.Entry<String, String> e : selection.entrySet()) {
            PartType t = byName.get(e.getKey());
            if (t == null || t.variants().isEmpty()) {
                throw new IllegalArgumentException("unknown part '" + e.getKey() + "' (parts with variants: "
                        + String.join(", ", partsWithVariants()) + ")");
            }
            if (t.variants().stream().noneMatch(v -> v.name().equals(e.getValue()))) {
                throw new IllegalArgumentException("unknown variant '" + e.getValue() + "' of part '" + e.getKey()
                        + "' (known: " + t.variants().stream().map(Variant::name).collect(Collectors.joining(", "))
                        + ")");
            }
        }
    }

    private List<String> partsWithVariants() {
        return byName.values().stream().filter(t -> !t.variants().isEmpty()).map(PartType::name)
                .collect(Collectors.toList());
    }

    /** The types, in registration order. */
    public List<PartType> types() {
        return List.copyOf(byName.values());
    }
}
