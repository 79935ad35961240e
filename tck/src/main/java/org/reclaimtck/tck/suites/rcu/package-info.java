/**
 * RCU cases (S10): deferred freeing with {@code kvfree_rcu} under memory pressure while readers hold read-side
 * critical sections, judged by RCU-1 and RCU-2 on what the kernel traced.
 */
package org.reclaimtck.tck.suites.rcu;
