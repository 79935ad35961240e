package org.reclaimtck.tck.engine;

import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.reclaimtck.tck.engine.internal.discovery.TckDiscovery;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;

/**
 * The JUnit Platform engine {@code reclaim-tck}: discovers the kit's cases and runs each (case, seed) against the
 * provider under test, one rule per test node. Works under Maven Surefire, the console launcher and IDEs.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReclaimTckEngine extends HierarchicalTestEngine<TckExecutionContext> {
    public static final String ENGINE_ID = "reclaim-tck";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("org.reclaimtck");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("reclaim-tck");
    }

    @Override
    public Optional<String> getVersion() {
        return Optional.of(TckVersion.get());
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return TckDiscovery.discover(request, uniqueId, TckVersion.get());
    }

    @Override
    protected TckExecutionContext createExecutionContext(ExecutionRequest request) {
        return new TckExecutionContext(request.getEngineExecutionListener());
    }
}
