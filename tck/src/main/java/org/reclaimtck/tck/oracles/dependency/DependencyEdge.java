package org.reclaimtck.tck.oracles.dependency;

/**
 * One dependency {@code from -> to}: a task held (or was completing) {@code from} when it acquired, waited for or
 * might allocate into {@code to}; models lockdep's {@code lock_list} entry of {@code kernel/locking/lockdep.c}.
 *
 * @param first where it was seen first
 */
public record DependencyEdge(String from, String to, Sighting first) {
}
