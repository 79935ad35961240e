package org.reclaimtck.spi.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reclaimtck.spi.stack.StackSpec;

/**
 * The machine a kernel boots on and the bounds of one run: memory, clock rate, hung-task timeout,
 * budgets, seed and the selected variants of parts. Immutable; build with {@link #builder()}.
 */
public final class MachineSpec {
    /**
     * Machines of more managed pages than this (256 MiB of 4 KiB pages) keep the per-page tracepoints out of the trace
     * (each page allocation, folio lock, folio dirtying and writeback, bio): a trace kept whole for the judges cannot
     * hold events per page of a 16 GiB machine. Their kernel traces the {@code vmstat} counters instead where a rule
     * needs them ({@code TraceEvent.Vmstat}); see docs/model.md.
     */
    public static final long PER_PAGE_TRACE_MAX_PAGES = 1L << 16;

    private final long seed;
    private final int hz;
    private final long hungTaskTimeoutSecs;
    private final long stepBudget;
    private final long timeBudgetSecs;
    private final SchedulePolicy schedule;
    private final long memoryPages;
    private final Map<String, String> variants;
    private final StackSpec stack;
    private final List<PartType> partTypes;
    private final String pageAllocator;

    private MachineSpec(Builder b) {
        this.seed = b.seed;
        this.hz = b.hz;
        this.hungTaskTimeoutSecs = b.hungTaskTimeoutSecs;
        this.stepBudget = b.stepBudget;
        this.timeBudgetSecs = b.timeBudgetSecs;
        this.schedule = b.schedule;
        this.memoryPages = b.memoryPages;
        this.variants = Collections.unmodifiableMap(new LinkedHashMap<>(b.variants));
        this.stack = b.stack;
        this.partTypes = List.copyOf(b.partTypes);
        this.pageAllocator = b.pageAllocator;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.seed = seed;
        b.hz = hz;
        b.hungTaskTimeoutSecs = hungTaskTimeoutSecs;
        b.stepBudget = stepBudget;
        b.timeBudgetSecs = timeBudgetSecs;
        b.schedule = schedule;
        b.memoryPages = memoryPages;
        b.variants.putAll(variants);
        b.stack = stack;
        b.partTypes.addAll(partTypes);
        b.pageAllocator = pageAllocator;
        return b;
    }

    /** The scheduler's seed: a run is a function of (case, seed). */
    public long seed() {
        return seed;
    }

    /** {@code HZ}: jiffies per virtual second. */
    public int hz() {
        return hz;
    }

    /** {@code hung_task_timeout_secs}: a task blocked longer (virtual time) is a hung task. */
    public long hungTaskTimeoutSecs() {
        return hungTaskTimeoutSecs;
    }

    /** Scheduling points a run may take before it is judged "no progress". */
    public long stepBudget() {
        return stepBudget;
    }

    /** Virtual seconds a run may take before it is judged "no progress". */
    public long timeBudgetSecs() {
        return timeBudgetSecs;
    }

    public SchedulePolicy schedule() {
        return schedule;
    }

    /** Managed pages of memory; 0 means the case does not use the page allocator. */
    public long memoryPages() {
        return memoryPages;
    }

    /** True unless the machine has more than {@link #PER_PAGE_TRACE_MAX_PAGES} pages: per-page events are traced. */
    public boolean perPageTrace() {
        return memoryPages <= PER_PAGE_TRACE_MAX_PAGES;
    }

    /** Selected variants by part, e.g. {@code loop -> no-noio}; parts not named use their default. */
    public Map<String, String> variants() {
        return variants;
    }

    /** The variant selected for a kind of part, or {@code fallback}. */
    public String variant(String part, String fallback) {
        return variants.getOrDefault(part, fallback);
    }

    /** The storage stack to build at boot; empty if the case needs none. */
    public StackSpec stack() {
        return stack;
    }

    /** Part types registered for this machine only (a case's own parts), beside those the provider finds. */
    public List<PartType> partTypes() {
        return partTypes;
    }

    /** The page allocator type to boot with, or {@code ""} for the provider's own. */
    public String pageAllocator() {
        return pageAllocator;
    }

    @Override
    public String toString() {
        return "MachineSpec{seed=" + seed + ", HZ=" + hz + ", hung_task_timeout_secs=" + hungTaskTimeoutSecs
                + ", steps<=" + stepBudget + ", time<=" + timeBudgetSecs + "s, schedule=" + schedule
                + ", pages=" + memoryPages + (variants.isEmpty() ? "" : ", variants=" + variants)
                + (partTypes.isEmpty() ? "" : ", parts=" + partTypes.stream().map(PartType::name).toList())
                + (pageAllocator.isEmpty() ? "" : ", page allocator=" + pageAllocator) + "}";
    }

    /** Builder with the defaults in one place. */
    public static final class Builder {
        private long seed = 1;
        private int hz = 1000;
        private long hungTaskTimeoutSecs = 120;
        private long stepBudget = 2_000_000;
        private long timeBudgetSecs = 3600;
        private SchedulePolicy schedule = SchedulePolicy.PORTFOLIO;
        private long memoryPages;
        private final Map<String, String> variants = new LinkedHashMap<>();
        private StackSpec stack = StackSpec.empty();
        private final List<PartType> partTypes = new ArrayList<>();
        private String pageAllocator = "";

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder hz(int hz) {
            if (hz <= 0) {
                throw new IllegalArgumentException("HZ must be positive: " + hz);
            }
            this.hz = hz;
            return this;
        }

        public Builder hungTaskTimeoutSecs(long secs) {
            if (secs <= 0) {
                throw new IllegalArgumentException("hung_task_timeout_secs must be positive: " + secs);
            }
            this.hungTaskTimeoutSecs = secs;
            return this;
        }

        public Builder stepBudget(long steps) {
            if (steps <= 0) {
                throw new IllegalArgumentException("step budget must be positive: " + steps);
            }
            this.stepBudget = steps;
            return this;
        }

        public Builder timeBudgetSecs(long secs) {
            if (secs <= 0) {
                throw new IllegalArgumentException("time budget must be positive: " + secs);
            }
            this.timeBudgetSecs = secs;
            return this;
        }

        public Builder schedule(SchedulePolicy policy) {
            this.schedule = Objects.requireNonNull(policy);
            return this;
        }

        public Builder memoryPages(long pages) {
            if (pages < 0) {
                throw new IllegalArgumentException("memory pages must not be negative: " + pages);
            }
            this.memoryPages = pages;
            return this;
        }

        public Builder variant(String part, String variant) {
            variants.put(Objects.requireNonNull(part), Objects.requireNonNull(variant));
            return this;
        }

        public Builder stack(StackSpec stack) {
            this.stack = Objects.requireNonNull(stack);
            return this;
        }

        /**
         * Registers part types for this machine, as a case that brings its own filesystem, driver or module does;
         * a stack then names them by {@link PartType#name()}.
         *
         * @throws IllegalArgumentException if a type of the same name is already registered here
         */
        public Builder register(PartType... types) {
            next:
            for (PartType t : types) {
                Objects.requireNonNull(t);
                for (PartType q : partTypes) {
                    if (q.name().equals(t.name())) {
                        if (q == t) {
                            continue next;
                        }
                        throw new IllegalArgumentException("part type '" + t.name() + "' registered twice ("
                                + q.getClass().getName() + ", " + t.getClass().getName() + ")");
                    }
                }
                partTypes.add(t);
            }
            return this;
        }

        /** Boots with the page allocator type {@code name} (a {@code PageAllocatorType}) instead of the provider's. */
        public Builder pageAllocator(String name) {
            this.pageAllocator = Objects.requireNonNull(name);
            return this;
        }

        public MachineSpec build() {
            return new MachineSpec(this);
        }
    }
}
