package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.trace.LockKind;

/** A lock a task holds, as lockdep's {@code held_locks} lists it. */
final class HeldLock {
    final LockKind kind;
    final String name;
    final String lockClass;
    final Object lock;

    HeldLock(LockKind kind, String name, String lockClass, Object lock) {
        this.kind = kind;
        this.name = name;
        this.lockClass = lockClass;
        this.lock = lock;
    }

    String render() {
        return kind.label() + " " + name + (lockClass.equals(name) ? "" : " (class " + lockClass + ")");
    }
}
