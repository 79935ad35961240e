/** The kit's configuration parameters (reclaimtck.*), their defaults, and the choice of provider. */
package org.reclaimtck.tck.engine.internal.config;
