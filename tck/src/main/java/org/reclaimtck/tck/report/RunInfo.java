package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/** What was run: the kit's version, the provider, the seeds, the variants; the header of every report. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RunInfo(String tckVersion, String providerName, String providerVersion, String seeds,
                      VariantsInEffect variants) {
    /** A run with no variants selected or known. */
    public RunInfo(String tckVersion, String providerName, String providerVersion, String seeds) {
        this(tckVersion, providerName, providerVersion, seeds, VariantsInEffect.none());
    }
}
