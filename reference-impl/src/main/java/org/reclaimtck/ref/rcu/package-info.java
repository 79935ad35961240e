/**
 * RCU and {@code kvfree_rcu} ({@code kernel/rcu/tree.c}, {@code mm/slab_common.c}: K-RCU-1..3): grace periods driven by
 * the tasks' read-side critical sections, callbacks, and deferred freeing with its drain timer and its shrinker. Sits
 * beside {@code vmscan} (its shrinker registers with {@code shrinker}).
 */
package org.reclaimtck.ref.rcu;
