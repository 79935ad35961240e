/**
 * The OOM killer ({@code mm/oom_kill.c}): {@code out_of_memory}, victim selection and {@code oom_badness},
 * {@code oom_kill_process} with SIGKILL and {@code mark_oom_victim}, and the OOM reaper kthread (K-OOM-1..4); its
 * variants are part type {@code oom}. Sits beside {@code vmscan}; the allocator calls it through
 * {@code mm.OutOfMemory}.
 */
package org.reclaimtck.ref.oom;
