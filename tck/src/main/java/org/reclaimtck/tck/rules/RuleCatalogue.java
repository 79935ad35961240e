package org.reclaimtck.tck.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** The rule catalogue in code: every rule id the kit checks; docs/rules.md must agree with it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleCatalogue {
    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(RuntimeRules.ALL);
        all.addAll(ScopeRules.ALL);
        all.addAll(StorageRules.ALL);
        all.addAll(ForwardProgressRules.ALL);
        all.addAll(DependencyRules.ALL);
        all.addAll(AllocatorRules.ALL);
        all.addAll(ReclaimRules.ALL);
        all.addAll(ShrinkerRules.ALL);
        all.addAll(BlockRules.ALL);
        all.addAll(FsRules.ALL);
        all.addAll(OomRules.ALL);
        all.addAll(SwapRules.ALL);
        all.addAll(MemcgRules.ALL);
        all.addAll(MempoolRules.ALL);
        all.addAll(RcuRules.ALL);
        all.addAll(BioRules.ALL);
        all.addAll(EvictRules.ALL);
        all.addAll(PolicyRules.ALL);
        for (Rule r : all) {
            if (BY_ID.put(r.id(), r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
        }
    }

    private RuleCatalogue() {
    }

    /** Every rule, in catalogue order (RT-1.., SCOPE-1..). */
    public static List<Rule> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_ID.values()));
    }

    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * Rules an entry of {@code reclaimtck.rules} selects: an exact id ({@code RT-2}) or a prefix ending in
     * {@code *} ({@code RT-*}, {@code SCOPE-*}).
     */
    public static List<Rule> matching(String pattern) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : BY_ID.values()) {
            if (matches(pattern, r.id())) {
                out.add(r);
            }
        }
        return out;
    }

    /** True if {@code pattern} (an id or a prefix ending in {@code *}) selects {@code id}. */
    public static boolean matches(String pattern, String id) {
        return pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(id);
    }

    /** {@code RT-1, RT-2, ...} for error messages. */
    public static String knownIds() {
        return String.join(", ", BY_ID.keySet());
    }
}
