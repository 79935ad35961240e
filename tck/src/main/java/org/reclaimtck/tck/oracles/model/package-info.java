/**
 * The trace model every oracle reads: one replay of a run's trace into per-task state ({@code PF_*} flags as
 * {@code EnumSet<PfFlag>}, open scopes, held locks, reclaim contexts, allocations in flight, waits, exit) and lock
 * owners, with a visitor that sees the state at each event. kswapd is the task with {@code PF_KSWAPD}.
 */
package org.reclaimtck.tck.oracles.model;
