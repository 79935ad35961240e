/**
 * Memory pools ({@code mm/mempool.c}, K-MEMPOOL-1..3): a reserve of preallocated elements that a blocking caller
 * waits for instead of failing. Sits above {@code mm} and below {@code block}, whose biosets are mempools.
 */
package org.reclaimtck.ref.mempool;
