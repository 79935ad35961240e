/**
 * Oracles: judge a run from its trace, not only from the provider's report: rebuild the final wait-for state,
 * find cycles, compare with the reported outcome, compare traces of reruns.
 */
package org.reclaimtck.tck.oracles;
