package org.reclaimtck.tck.engine.internal.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.MachineSpec;

/**
 * {@code reclaimtck.memory}: the memory of every machine that has some ({@code 16g}, {@code 1g}, {@code 512m}; 4 KiB
 * pages), in place of the case's own; the cases of the forward-progress suite size their workloads from it. A machine
 * {@code k} times the case's gets {@code k} times its step, virtual-time and hung-task budgets: its workload is that
 * much longer. {@link #CASES} (the default) leaves every machine as its case made it.
 */
@API(status = API.Status.INTERNAL, since = "0.4.0")
public record MemorySize(long pages, String value) {
    public static final MemorySize CASES = new MemorySize(0, "");
    static final long PAGE_SIZE = 4096;
    static final long MAX_PAGES = 1L << 28;
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})([kmg]?)");

    static MemorySize parse(String parameter, String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigurationError(parameter, "'" + value + "' is not a memory size (expected e.g. 16g, 1g, 512m)");
        }
        long shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long bytes = Long.parseLong(m.group(1)) << shift;
        if (bytes < PAGE_SIZE || bytes % PAGE_SIZE != 0 || bytes / PAGE_SIZE > MAX_PAGES) {
            throw new ConfigurationError(parameter, "'" + value + "' is not a whole number of 4 KiB pages between 4k"
                    + " and 1024g");
        }
        return new MemorySize(bytes / PAGE_SIZE, value.trim());
    }

    /** {@code spec} with this memory and budgets scaled by the ratio to its own; unchanged for {@link #CASES}. */
    public MachineSpec applyTo(MachineSpec spec) {
        if (pages == 0 || spec.memoryPages() == 0 || spec.memoryPages() == pages) {
            return spec;
        }
        long k = Math.max(1, (pages + spec.memoryPages() - 1) / spec.memoryPages());
        return spec.toBuilder().memoryPages(pages)
                .stepBudget(scaled(spec.stepBudget(), k))
                .timeBudgetSecs(scaled(spec.timeBudgetSecs(), k))
                .hungTaskTimeoutSecs(scaled(spec.hungTaskTimeoutSecs(), k))
                .build();
    }

    private static long scaled(long budget, long k) {
        return budget > Long.MAX_VALUE / 4 / k ? Long.MAX_VALUE / 4 : budget * k;
    }

    /** {@code  -Dreclaimtck.memory=16g} if set, else empty: replay commands carry it. */
    public String argument() {
        return pages == 0 ? "" : " -D" + Configuration.MEMORY + "=" + value;
    }
}
