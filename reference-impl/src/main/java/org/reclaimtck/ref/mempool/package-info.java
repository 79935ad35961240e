/**
 * Room for mempools and biosets ({@code mm/mempool.c}, {@code block/bio.c} biosets: K-MEMPOOL, K-BIO). Empty until
 * the I/O-memory work; sits above {@code mm} and below {@code block}.
 */
package org.reclaimtck.ref.mempool;
