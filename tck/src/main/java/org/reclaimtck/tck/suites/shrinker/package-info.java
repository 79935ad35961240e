/**
 * The {@code shrinker} suite: what any shrinker must do (SHRINK-n), judged on every shrinker of a storage stack whose
 * shrinker owner is the part under test ({@code reclaimtck.parts=shrinker:<module type>}; by default the reference's
 * dm-bufio client {@code bufio0}, beside the superblock shrinker of filesystem A), from the counts and scans the
 * kernel traces ({@code mm_shrink_slab_count}, {@code mm_shrink_slab_start}/{@code _end}).
 */
package org.reclaimtck.tck.suites.shrinker;
