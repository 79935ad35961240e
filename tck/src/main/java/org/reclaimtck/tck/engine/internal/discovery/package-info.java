/** Discovery: selector resolvers (case class, marker, package and classpath scans, unique ids) and filters. */
package org.reclaimtck.tck.engine.internal.discovery;
