package org.reclaimtck.tck.engine.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.part.ModuleType;
import org.reclaimtck.spi.part.PageAllocatorType;
import org.reclaimtck.tck.api.PartsUnderTest;

/**
 * {@code reclaimtck.parts}: {@code role:type[,role:type...]} with roles {@code allocator}, {@code shrinker},
 * {@code block-device}, {@code filesystem}, e.g. {@code block-device:acmeblk,filesystem:acmefs}. The syntax is checked
 * with the other parameters; each type name against the part types on the class path ({@code ServiceLoader}) and
 * those the selected cases register, which must be of the role's kind.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class PartsSelection {
    private static final String P = Configuration.PARTS;
    private static final String EXAMPLE = "expected role:type[,role:type...] with roles "
            + String.join(", ", PartsUnderTest.ROLES) + ", e.g. block-device:acmeblk,filesystem:acmefs";

    private PartsSelection() {
    }

    static PartsUnderTest parse(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : value.split(",", -1)) {
            String entry = raw.trim();
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1 || entry.indexOf(':', colon + 1) >= 0) {
                throw new ConfigurationError(P, "'" + entry + "' is not role:type (" + EXAMPLE + ")");
            }
            String role = entry.substring(0, colon).trim();
            String type = entry.substring(colon + 1).trim();
            if (!PartsUnderTest.ROLES.contains(role)) {
                throw new ConfigurationError(P, "unknown role '" + role + "' in '" + value + "' (" + EXAMPLE + ")");
            }
            if (out.put(role, type) != null) {
                throw new ConfigurationError(P, "role '" + role + "' is selected twice in '" + value + "'");
            }
        }
        return PartsUnderTest.of(out);
    }

    /**
     * Checks that every selected type exists and is of its role's kind.
     *
     * @param registered the part types the selected cases register for their machines
     * @throws ConfigurationError naming the role, the type and the known types of that kind
     */
    public static void validate(PartsUnderTest parts, ClassLoader loader, List<PartType> registered) {
        if (parts.isDefault()) {
            return;
        }
        List<PartType> known = new ArrayList<>(registered);
        for (PartType t : ServiceLoader.load(PartType.class, loader)) {
            known.add(t);
        }
        for (Map.Entry<String, String> e : parts.selected().entrySet()) {
            Class<?> kind = kind(e.getKey());
            List<String> ofKind = known.stream().filter(kind::isInstance).map(PartType::name).distinct().toList();
            if (!ofKind.contains(e.getValue())) {
                boolean other = known.stream().anyMatch(t -> t.name().equals(e.getValue()));
                throw new ConfigurationError(P, "no " + kind.getSimpleName() + " '" + e.getValue() + "' for role '"
                        + e.getKey() + "'" + (other ? " (a part type of that name is of another kind)" : "")
                        + "; known: " + (ofKind.isEmpty() ? "none" : String.join(", ", ofKind)));
            }
        }
    }

    private static Class<?> kind(String role) {
        return switch (role) {
            case PartsUnderTest.ALLOCATOR -> PageAllocatorType.class;
            case PartsUnderTest.SHRINKER -> ModuleType.class;
            case PartsUnderTest.BLOCK_DEVICE -> BlockDriverType.class;
            case PartsUnderTest.FILESYSTEM -> FileSystemType.class;
            default -> throw new IllegalArgumentException(role);
        };
    }
}
