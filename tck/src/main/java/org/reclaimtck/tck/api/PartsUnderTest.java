package org.reclaimtck.tck.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The part types a run holds to their contracts, by role, as {@code -Dreclaimtck.parts=role:type[,role:type...]}
 * selects them (e.g. {@code block-device:acmeblk,filesystem:acmefs,shrinker:acme-cache,allocator:counting}); the rest
 * of the kernel is the provider's. A case learns them before its machine is built, through
 * {@link KernelCase#machine(org.reclaimtck.spi.kernel.MachineSpec.Builder, PartsUnderTest)}, and builds its machine
 * on them. Roles not selected are the reference's defaults: the provider's own page allocator, filesystem type
 * {@code xfs}, block driver {@code disk} and the reference's dm-bufio client's and superblock shrinkers.
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class PartsUnderTest {
    public static final String ALLOCATOR = "allocator";
    public static final String SHRINKER = "shrinker";
    public static final String BLOCK_DEVICE = "block-device";
    public static final String FILESYSTEM = "filesystem";

    /** The roles, in the order the parameter's value lists them. */
    public static final List<String> ROLES = List.of(ALLOCATOR, SHRINKER, BLOCK_DEVICE, FILESYSTEM);

    /** The default block driver: the reference's {@code disk}; stacked types sit on a disk {@code vda}. */
    public static final String DEFAULT_BLOCK_DEVICE = "disk";
    /** The default filesystem type: the reference's {@code xfs}. */
    public static final String DEFAULT_FILESYSTEM = "xfs";
    /** The default shrinker owner: the reference's {@code dm-bufio} client (with the superblock shrinker). */
    public static final String DEFAULT_SHRINKER = "dm-bufio";

    private static final PartsUnderTest DEFAULTS = new PartsUnderTest(Map.of());

    private final Map<String, String> selected;

    private PartsUnderTest(Map<String, String> selected) {
        this.selected = Collections.unmodifiableMap(new LinkedHashMap<>(selected));
    }

    /** Every role at its default. */
    public static PartsUnderTest defaults() {
        return DEFAULTS;
    }

    /**
     * The parts of {@code selected} (role to part type name), the other roles at their defaults.
     *
     * @throws IllegalArgumentException for an unknown role or a blank type name
     */
    public static PartsUnderTest of(Map<String, String> selected) {
        for (Map.Entry<String, String> e : selected.entrySet()) {
            if (!ROLES.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown role '" + e.getKey() + "' (roles: " + String.join(", ", ROLES) + ")");
            }
            if (Objects.requireNonNull(e.getValue()).isBlank()) {
                throw new IllegalArgumentException("no part type for role '" + e.getKey() + "'");
            }
        }
        return selected.isEmpty() ? DEFAULTS : new PartsUnderTest(selected);
    }

    /** The page allocator type to boot with, or {@code ""} for the provider's own ({@code MachineSpec.Builder.pageAllocator}). */
    public String allocator() {
        return selected.getOrDefault(ALLOCATOR, "");
    }

    /** The block driver type under test; {@value #DEFAULT_BLOCK_DEVICE} by default. */
    public String blockDevice() {
        return selected.getOrDefault(BLOCK_DEVICE, DEFAULT_BLOCK_DEVICE);
    }

    /** The filesystem type under test; {@value #DEFAULT_FILESYSTEM} by default. */
    public String filesystem() {
        return selected.getOrDefault(FILESYSTEM, DEFAULT_FILESYSTEM);
    }

    /** The module type whose shrinker is under test; {@value #DEFAULT_SHRINKER} by default. */
    public String shrinker() {
        return selected.getOrDefault(SHRINKER, DEFAULT_SHRINKER);
    }

    /** True if {@code role} was selected (is not the default). */
    public boolean isSelected(String role) {
        return selected.containsKey(role);
    }

    /** The selected roles only, in the order given. */
    public Map<String, String> selected() {
        return selected;
    }

    public boolean isDefault() {
        return selected.isEmpty();
    }

    /** The parameter's value that selects the same again, e.g. {@code block-device:acmeblk}; empty if all default. */
    @Override
    public String toString() {
        return selected.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    /** {@code allocator page-alloc (provider's), shrinker dm-bufio, ...} for report headers. */
    public String describe() {
        return (allocator().isEmpty() ? "allocator (provider's own)" : "allocator " + allocator())
                + ", shrinker " + shrinker() + ", block-device " + blockDevice() + ", filesystem " + filesystem();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartsUnderTest p && p.selected.equals(selected);
    }

    @Override
    public int hashCode() {
        return selected.hashCode();
    }
}
