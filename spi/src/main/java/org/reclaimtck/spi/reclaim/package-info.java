/** Reclaim contracts: shrinkers and their control block ({@code mm/shrinker.c}, {@code mm/vmscan.c}). */
package org.reclaimtck.spi.reclaim;
