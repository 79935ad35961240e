package org.reclaimtck.tck.engine.internal.config;

import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code reclaimtck.case}: case ids as {@code suite/id} ({@code runtime/abba-mutex}), a bare {@code id}, or a
 * prefix ending in {@code *} ({@code runtime/*}).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CaseFilter {
    private final List<String> patterns;

    private CaseFilter(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static CaseFilter all() {
        return new CaseFilter(List.of());
    }

    static CaseFilter parse(String parameter, String value) {
        return new CaseFilter(ConfigValues.list(parameter, value));
    }

    /** True if the case {@code suite/id} is selected. */
    public boolean accepts(String suite, String id) {
        if (patterns.isEmpty()) {
            return true;
        }
        String qualified = suite + "/" + id;
        for (String p : patterns) {
            boolean hit = p.endsWith("*") ? qualified.startsWith(p.substring(0, p.length() - 1))
                    : p.equals(qualified) || p.equals(id);
            if (hit) {
                return true;
            }
        }
        return false;
    }

    public boolean isSet() {
        return !patterns.isEmpty();
    }

    @Override
    public String toString() {
        return patterns.isEmpty() ? "all" : String.join(",", patterns);
    }
}
