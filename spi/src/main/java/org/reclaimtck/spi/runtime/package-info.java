/** The primitives model code blocks through: locks, waits, completions, kthreads, workqueues, timers, virtual time. */
package org.reclaimtck.spi.runtime;
