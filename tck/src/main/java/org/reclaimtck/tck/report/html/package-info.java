/** report.html: the run's self-contained page, with wait-for graphs and per-task timelines drawn as inline SVG. */
package org.reclaimtck.tck.report.html;
