package org.reclaimtck.tck.engine.descriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.tck.engine.config.Configuration;
import org.reclaimtck.tck.engine.config.ConfigurationError;
import org.reclaimtck.tck.engine.config.Durations;
import org.reclaimtck.tck.engine.config.ProviderSelector;
import org.reclaimtck.tck.engine.config.SelectedProvider;
import org.reclaimtck.tck.engine.execution.TckExecutionContext;
import org.reclaimtck.tck.report.ReportWriter;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.SummaryTable;
import org.reclaimtck.tck.report.VariantsInEffect;

/**
 * The engine node: before the suites it fails with a one-line {@link ConfigurationError} (found at discovery or
 * when choosing the provider) or starts the run; after them it prints the summary and writes the reports.
 */
public final class TckEngineDescriptor extends EngineDescriptor implements Node<TckExecutionContext> {
    private final Configuration configuration;
    private final String tckVersion;
    private ConfigurationError error;

    public TckEngineDescriptor(UniqueId uniqueId, Configuration configuration, String tckVersion) {
        super(uniqueId, "ReclaimTCK");
        this.configuration = configuration;
        this.tckVersion = tckVersion;
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Records a configuration error found at discovery; it fails the engine node at execution. */
    public void fail(ConfigurationError e) {
        this.error = e;
    }

    @Override
    public TckExecutionContext before(TckExecutionContext context) {
        if (error != null) {
            throw report(error);
        }
        if (getChildren().isEmpty()) {
            return context;
        }
        SelectedProvider provider;
        try {
            provider = ProviderSelector.select(configuration.provider(), loader());
            configuration.variants().validate(provider.provider());
        } catch (ConfigurationError e) {
            throw report(e);
        }
        context.start(configuration, provider);
        if (configuration.listVariants()) {
            return context;
        }
        for (TestDescriptor d : getDescendants()) {
            if (d instanceof SeedDescriptor s) {
                context.cache().expect(s.definition().type(), s.seed());
            } else if (d instanceof RuleDescriptor r) {
                context.results().rule(r.suite(), r.rule());
            }
        }
        System.out.println("reclaim-tck " + tckVersion + ": provider " + provider.label() + " (" + provider.key()
                + "), seeds " + configuration.seedsDescription() + ", timeout " + Durations.format(configuration.timeout())
                + ", rules " + configuration.rules() + ", cases " + configuration.cases() + ", variants "
                + variants(provider).describe());
        return context;
    }

    @Override
    public void after(TckExecutionContext context) {
        if (!context.started() || configuration.listVariants()) {
            return;
        }
        SelectedProvider p = context.provider();
        RunInfo info = new RunInfo(tckVersion, p.provider().name(), p.provider().version(),
                configuration.seedsDescription(), variants(p));
        System.out.println(SummaryTable.render(info, context.results().records()));
        Path dir = configuration.reportDir().toAbsolutePath().normalize();
        try {
            List<Path> written = ReportWriter.write(dir, info, context.results().records());
            System.out.println("reclaim-tck reports in " + dir + ": " + written.stream()
                    .map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")));
        } catch (IOException e) {
            System.err.println("reclaim-tck: could not write the reports to " + dir + ": " + e);
        }
    }

    private VariantsInEffect variants(SelectedProvider p) {
        return VariantsInEffect.of(p.provider().variants(), configuration.variants().byPart());
    }

    private static ConfigurationError report(ConfigurationError e) {
        System.err.println(e.getMessage());
        return e;
    }

    private static ClassLoader loader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : TckEngineDescriptor.class.getClassLoader();
    }
}
