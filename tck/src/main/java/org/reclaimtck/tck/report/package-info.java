/** Reports: per-rule results, the stdout summary, report.json, report.md and the conformance badge. */
package org.reclaimtck.tck.report;
