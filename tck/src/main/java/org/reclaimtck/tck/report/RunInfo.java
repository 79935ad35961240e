package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/**
 * What was run: the kit's version, the provider, the seeds, the variants, the parts under test
 * ({@code reclaimtck.parts}, described), the scope: empty for a full run, else {@code kind: detail} saying what
 * makes it partial ({@code filtered: rules RT-*}, {@code replay: seed 7, rules RT-2}, {@code shard: 2/4}), and the
 * JDK and how long the run took (both empty if not known); the header of every report, and the badge says the kind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                      VariantsInEffect variants, String parts, String scope, String jdk, String duration) {
    /** The reference's parts under test. */
    public static final String DEFAULT_PARTS = "allocator (provider's own), shrinker dm-bufio, block-device disk,"
            + " filesystem xfs";

    /** A full run whose JDK and duration are not reported. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                   VariantsInEffect variants, String parts) {
        this(tckVersion, providerName, providerVersion, seeds, variants, parts, "");
    }

    /** A run of this scope whose JDK and duration are not reported. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                   VariantsInEffect variants, String parts, String scope) {
        this(tckVersion, providerName, providerVersion, seeds, variants, parts, scope, "", "");
    }

    /** True for a filtered, replay, sharded (or otherwise partial) run: its badge must not pass for a full run's. */
    public boolean partial() {
        return !scope.isEmpty();
    }

    /** {@code filtered}, {@code replay}, {@code shard}: the scope's kind, empty for a full run. */
    public String scopeKind() {
        int colon = scope.indexOf(':');
        return colon < 0 ? scope : scope.substring(0, colon);
    }

    /** {@code 17.0.15 (OpenJDK 64-Bit Server VM)}: this JVM. */
    public static String currentJdk() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The same run with its JDK and duration. */
    public RunInfo withRuntime(String jdk, String duration) {
        return new RunInfo(tckVersion, providerName, providerVersion, seeds, variants, parts, scope, jdk, duration);
    }

    /** The same run with another scope (a merge of shards is a full run again unless the shards were filtered). */
    public RunInfo withScope(String scope) {
        return new RunInfo(tckVersion, providerName, providerVersion, seeds, variants, parts, scope, jdk, duration);
    }

    /** A run of the default parts. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                   VariantsInEffect variants) {
        this(tckVersion, providerName, providerVersion, seeds, variants, DEFAULT_PARTS);
    }

    /** A run with no variants selected or known. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds) {
        this(tckVersion, providerName, providerVersion, seeds, VariantsInEffect.none());
    }
}
