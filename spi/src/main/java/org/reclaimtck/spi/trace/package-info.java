/** The trace: a sealed vocabulary of events, the only way the TCK observes an implementation. */
package org.reclaimtck.spi.trace;
