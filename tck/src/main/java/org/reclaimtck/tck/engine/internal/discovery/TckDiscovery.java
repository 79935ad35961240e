package org.reclaimtck.tck.engine.internal.discovery;

import java.util.ArrayList;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.engine.internal.config.RuleBook;
import org.reclaimtck.tck.engine.internal.descriptor.ConfigurationDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.ListingDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.TckEngineDescriptor;
import org.reclaimtck.tck.report.shard.FailingSeeds;

/**
 * Discovery: reads the configuration, resolves the selectors into engine -> suite -> rule -> case -> seed,
 * prunes empty containers and orders the tree. A configuration error is kept for execution when the request
 * selected anything of the kit (the tree stays, so launchers execute the engine, whose node then fails before
 * any case runs); otherwise the kit stays silent. Under {@code reclaimtck.list=variants} the cases give way to one
 * listing node.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TckDiscovery {
    private TckDiscovery() {
    }

    public static TckEngineDescriptor discover(EngineDiscoveryRequest request, UniqueId engineId, String tckVersion) {
        Configuration config;
        ConfigurationError error = null;
        try {
            config = Configuration.from(request.getConfigurationParameters());
        } catch (ConfigurationError e) {
            error = e;
            config = Configuration.defaults();
        }
        TckEngineDescriptor engine = new TckEngineDescriptor(engineId, config, tckVersion);
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), engineId));
        // without the implementer's rules, their cases' rule ids would each be one more, misleading, issue
        boolean rulesKnown = error == null || !error.parameter().equals(RuleBook.SERVICES);
        DiscoveryScope scope = new DiscoveryScope(config, issues, rulesKnown);
        EngineDiscoveryRequestResolver.<TckEngineDescriptor>builder()
                .addSelectorResolver(ctx -> new MarkerClassResolver(scope))
                .addSelectorResolver(ctx -> new CaseClassResolver(scope, engineId))
                .addSelectorResolver(ctx -> new ScanResolver(ctx.getClassNameFilter()))
                .addSelectorResolver(ctx -> new UniqueIdResolver(scope, engineId))
                .build()
                .resolve(request, engine, issues);
        prune(engine);
        TreeOrder.apply(engine, config.ruleBook(), FailingSeeds.load(config.reportDir().toAbsolutePath().normalize()));
        if (error == null) {
            error = scope.filterError().orElse(null);
        }
        if (error != null && scope.sawCases()) {
            engine.fail(error, Configuration.reportDirOf(request.getConfigurationParameters()),
                    Configuration.quietOf(request.getConfigurationParameters()));
            if (engine.getChildren().isEmpty()) {
                engine.addChild(new ConfigurationDescriptor(engineId, error));
            }
        } else if (config.listVariants() && scope.sawCases()) {
            for (TestDescriptor child : new ArrayList<>(engine.getChildren())) {
                engine.removeChild(child);
            }
            engine.addChild(new ListingDescriptor(engineId));
        }
        return engine;
    }

    /** Removes containers without any test below them, bottom-up. */
    private static void prune(TestDescriptor node) {
        for (TestDescriptor child : new ArrayList<>(node.getChildren())) {
            prune(child);
        }
        if (!node.isRoot() && node.isContainer() && node.getChildren().isEmpty()) {
            node.removeFromHierarchy();
        }
    }
}
