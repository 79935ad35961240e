/**
 * Room for the OOM killer ({@code mm/oom_kill.c}: {@code out_of_memory}, victim selection, {@code mark_oom_victim},
 * K-OOM). Empty until the reclaim-core work; today {@code mm.PageAlloc} ends the run as out of memory. Sits beside
 * {@code vmscan}.
 */
package org.reclaimtck.ref.oom;
