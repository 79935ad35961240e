/**
 * The dependency oracle: lockdep's lock-class dependency graph rebuilt from any provider's trace, with the
 * {@code fs_reclaim} / {@code io_reclaim} pseudo-locks and with completions and bios as dependencies (what lockdep's
 * cross-release tried and could not keep), so a reclaim deadlock is found in one run without memory pressure.
 * Reports are printed as lockdep prints them; the structured findings are in
 * {@link org.reclaimtck.tck.oracles.dependency.DependencyReport}. The trace contract it relies on is checked by
 * {@link org.reclaimtck.tck.oracles.dependency.TraceContract}.
 */
package org.reclaimtck.tck.oracles.dependency;
