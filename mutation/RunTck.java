import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * What {@code mvn verify -Pconformance} runs, without Maven: the reclaim-tck engine on
 * {@code org.reclaimtck.tck.ReferenceConformanceTest} (the README's conformance class, every built-in suite), with the
 * reclaimtck.* system properties as configuration. Used by mutation/run on each mutant's class path; the verdicts
 * are read from the report it writes to -Dreclaimtck.report.dir. Exit 0 if every rule passed, 1 otherwise.
 * Launch: java -cp CLASSPATH mutation/RunTck.java
 */
public class RunTck {
    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass("org.reclaimtck.tck.ReferenceConformanceTest"))
                .filters(EngineFilter.includeEngines("reclaim-tck"))
                .configurationParameters(Map.of())
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        long failed = summary.getSummary().getTotalFailureCount();
        System.out.println("RunTck: " + summary.getSummary().getTestsSucceededCount() + " passed, " + failed
                + " failed, " + summary.getSummary().getTestsSkippedCount() + " skipped");
        System.exit(failed == 0 ? 0 : 1);
    }
}
