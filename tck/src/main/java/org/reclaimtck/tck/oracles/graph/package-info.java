/** Graph algorithms the oracles share. */
package org.reclaimtck.tck.oracles.graph;
