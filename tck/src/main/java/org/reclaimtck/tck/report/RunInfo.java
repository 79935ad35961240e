package org.reclaimtck.tck.report;

/** What was run: the kit's version, the provider, the seeds; the header of every report. */
public record RunInfo(String tckVersion, String providerName, String providerVersion, String seeds) {
}
