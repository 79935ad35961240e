/** The rule catalogue: rule ids, levels and texts that every case names and every failure quotes. */
package org.reclaimtck.tck.rules;
