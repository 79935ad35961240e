/** RCU as parts and workloads use it: read-side critical sections, grace periods, deferred freeing. */
package org.reclaimtck.spi.rcu;
