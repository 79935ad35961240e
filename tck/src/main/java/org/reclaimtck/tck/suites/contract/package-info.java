/**
 * The {@code trace-contract} suite: a provider's trace carries what the dependency oracle reads (TRACE-1..6): the
 * device and id of every waited bio, the task that completed each bio, {@code might_alloc} on blocking allocations,
 * the transaction class of log-space waits, trylocks marked, and proactive reclaim traced as direct reclaim.
 */
package org.reclaimtck.tck.suites.contract;
