package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/**
 * What was run: the kit's version, the provider, the seeds, the variants, the parts under test
 * ({@code reclaimtck.parts}, described) and the scope: empty for a full run, else {@code kind: detail} saying what
 * makes it partial ({@code filtered: rules RT-*}, {@code replay: seed 7, rules RT-2}); the header of every report,
 * and the badge says the kind.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                      VariantsInEffect variants, String parts, String scope) {
    /** The reference's parts under test. */
    public static final String DEFAULT_PARTS = "allocator (provider's own), shrinker dm-bufio, block-device disk,"
            + " filesystem xfs";

    /** A full run. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                   VariantsInEffect variants, String parts) {
        this(tckVersion, providerName, providerVersion, seeds, variants, parts, "");
    }

    /** True for a filtered, replay (or otherwise partial) run: its badge must not pass for a full run's. */
    public boolean partial() {
        return !scope.isEmpty();
    }

    /** {@code filtered}, {@code replay}: the scope's kind, empty for a full run. */
    public String scopeKind() {
        int colon = scope.indexOf(':');
        return colon < 0 ? scope : scope.substring(0, colon);
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
