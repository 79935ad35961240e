package org.reclaimtck.tck.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Variant;

/**
 * The variants a run used: those {@code reclaimtck.variant} selected for every case, and the provider's default for
 * each other part. A case may pin a variant of its own for a part the user left alone; each failure names the
 * variants its machine really had.
 *
 * @param selected part to variant, as {@code reclaimtck.variant} gave them
 * @param defaults part to the provider's default variant, for the parts not selected
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VariantsInEffect(Map<String, String> selected, Map<String, String> defaults) {
    public VariantsInEffect {
        selected = Collections.unmodifiableMap(new LinkedHashMap<>(selected));
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** No variants selected, none known. */
    public static VariantsInEffect none() {
        return new VariantsInEffect(Map.of(), Map.of());
    }

    /** The selection over the provider's list: the defaults of every part not selected. */
    public static VariantsInEffect of(List<Variant> known, Map<String, String> selected) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Variant v : known) {
            if (v.isDefault() && !selected.containsKey(v.part())) {
                defaults.put(v.part(), v.name());
            }
        }
        return new VariantsInEffect(selected, defaults);
    }

    /** {@code dm-bufio:gfp-io (selected); xfs:nofs-transactions, loop:noio (default)}. */
    public String describe() {
        if (selected.isEmpty() && defaults.isEmpty()) {
            return "none";
        }
        String sel = selected.isEmpty() ? "" : join(selected) + " (selected)";
        String def = defaults.isEmpty() ? "" : join(defaults) + " (default)";
        return sel.isEmpty() ? def : def.isEmpty() ? sel : sel + "; " + def;
    }

    /** {@code dm-bufio:gfp-io,loop:no-noio}. */
    public static String join(Map<String, String> variants) {
        return variants.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(", "));
    }
}
