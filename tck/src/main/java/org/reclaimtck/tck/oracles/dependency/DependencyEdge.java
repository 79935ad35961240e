package org.reclaimtck.tck.oracles.dependency;

import org.apiguardian.api.API;

/**
 * One dependency {@code from -> to}: a task held (or was completing) {@code from} when it acquired, waited for or
 * might allocate into {@code to}; models lockdep's {@code lock_list} entry of {@code kernel/locking/lockdep.c}.
 *
 * @param first where it was seen first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DependencyEdge(String from, String to, Sighting first) {
}
