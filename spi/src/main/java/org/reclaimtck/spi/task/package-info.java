/** The current task's allocation context and scopes ({@code include/linux/sched/mm.h}). */
package org.reclaimtck.spi.task;
