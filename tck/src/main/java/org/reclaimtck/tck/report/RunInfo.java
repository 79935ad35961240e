package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/**
 * What was run: the kit's version, the provider, the seeds, the variants and the parts under test
 * ({@code reclaimtck.parts}, described), the JDK and how long the run took (both empty if not known); the header of
 * every report.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                      VariantsInEffect variants, String parts, String jdk, String duration) {
    /** The reference's parts under test. */
    public static final String DEFAULT_PARTS = "allocator (provider's own), shrinker dm-bufio, block-device disk,"
            + " filesystem xfs";

    /** A run whose JDK and duration are not reported. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                   VariantsInEffect variants, String parts) {
        this(tckVersion, providerName, providerVersion, seeds, variants, parts, "", "");
    }

    /** {@code 17.0.15 (OpenJDK 64-Bit Server VM)}: this JVM. */
    public static String currentJdk() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The same run with its JDK and duration. */
    public RunInfo withRuntime(String jdk, String duration) {
        return new RunInfo(tckVersion, providerName, providerVersion, seeds, variants, parts, jdk, duration);
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
