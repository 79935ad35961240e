/** Execution: guarded runs under the watchdog, the run cache, checks and failure messages. */
package org.reclaimtck.tck.engine.internal.execution;
