/** The kernel as a whole: providers, machines, runs and their outcomes. */
package org.reclaimtck.spi.kernel;
