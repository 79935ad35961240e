/** The descriptor tree: engine -> suite -> rule -> case -> seed, each a JUnit {@code Node}. */
package org.reclaimtck.tck.engine.internal.descriptor;
