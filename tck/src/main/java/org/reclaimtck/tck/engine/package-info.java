/** The JUnit Platform engine {@code reclaim-tck}. */
package org.reclaimtck.tck.engine;
