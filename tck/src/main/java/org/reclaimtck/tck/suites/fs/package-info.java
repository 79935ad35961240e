/**
 * The {@code filesystem} suite: a filesystem's contract (FS-n) for the type under test
 * ({@code reclaimtck.parts=filesystem:<type>}, mounted as {@code A} on a disk {@code vda}; by default the reference's
 * {@code xfs}), judged from the VFS's {@code fs_enter}/{@code fs_leave}, the journal's transaction locks, allocations,
 * writeback and bios in the trace.
 */
package org.reclaimtck.tck.suites.fs;
