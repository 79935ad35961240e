package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Variant;

/** The table {@code reclaimtck.list=variants} prints: part, variant, default, description, one row per variant. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VariantTable {
    private static final String[] HEAD = {"part", "variant", "default", "description"};

    private VariantTable() {
    }

    /** The title line, then the table; a provider without variants gets one line saying so. */
    public static String render(String providerLabel, List<Variant> variants) {
        StringBuilder sb = new StringBuilder("variants of provider ").append(providerLabel);
        if (variants.isEmpty()) {
            return sb.append(": none (the provider lists no variants)").toString();
        }
        sb.append(" (select with -Dreclaimtck.variant=part:variant[,part:variant...]):\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(HEAD);
        for (Variant v : variants) {
            rows.add(new String[] {v.part(), v.name(), v.isDefault() ? "yes" : "", v.description()});
        }
        int[] width = new int[HEAD.length - 1];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            sb.append("  ");
            for (int i = 0; i < width.length; i++) {
                sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s  ", row[i]));
            }
            sb.append(row[width.length]).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
