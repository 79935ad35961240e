package org.reclaimtck.tck.engine.internal.descriptor;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;

/**
 * The unique-id scheme: {@code [engine:reclaim-tck]/[suite:runtime]/[rule:RT-2]/[case:<class>]/[seed:3]}.
 * A case is named by its class so an IDE rerun can load it.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TckIds {
    public static final String SUITE = "suite";
    public static final String RULE = "rule";
    public static final String CASE = "case";
    public static final String SEED = "seed";

    private TckIds() {
    }

    public static UniqueId suite(UniqueId engine, String suite) {
        return engine.append(SUITE, suite);
    }

    public static UniqueId rule(UniqueId engine, String suite, String ruleId) {
        return suite(engine, suite).append(RULE, ruleId);
    }

    public static UniqueId caseOf(UniqueId engine, String suite, String ruleId, Class<?> type) {
        return rule(engine, suite, ruleId).append(CASE, type.getName());
    }

    public static UniqueId seed(UniqueId caseId, long seed) {
        return caseId.append(SEED, String.valueOf(seed));
    }

    /** The value of the first segment of {@code type}, or null. */
    public static String value(UniqueId id, String type) {
        return id.getSegments().stream().filter(s -> s.getType().equals(type)).map(UniqueId.Segment::getValue)
                .findFirst().orElse(null);
    }
}
