/**
 * Room for RCU and {@code kfree_rcu} ({@code kernel/rcu/}, {@code mm/slab_common.c}: K-RCU). Empty until the
 * I/O-memory work; sits beside {@code vmscan} (its shrinker registers with {@code shrinker}).
 */
package org.reclaimtck.ref.rcu;
