package org.reclaimtck.tck.engine.internal.descriptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.engine.internal.config.Durations;
import org.reclaimtck.tck.engine.internal.config.PartsSelection;
import org.reclaimtck.tck.engine.internal.config.PinnedVariants;
import org.reclaimtck.tck.engine.internal.config.ProviderSelector;
import org.reclaimtck.tck.engine.internal.config.SelectedProvider;
import org.reclaimtck.tck.engine.internal.execution.Console;
import org.reclaimtck.tck.engine.internal.execution.GuardedRunner;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;
import org.reclaimtck.tck.report.Certificate;
import org.reclaimtck.tck.report.CertificateInfo;
import org.reclaimtck.tck.report.CodeSourceHash;
import org.reclaimtck.tck.report.ReportWriter;
import org.reclaimtck.tck.report.RuleRecord;
import org.reclaimtck.tck.report.RunInfo;
import org.reclaimtck.tck.report.SummaryTable;
import org.reclaimtck.tck.report.VariantsInEffect;
import org.reclaimtck.tck.report.shard.RunOutputs;

/**
 * The engine node: before the suites it fails with a one-line {@link ConfigurationError} (found at discovery or
 * when choosing the provider) or starts the run; after them it prints the summary and writes the reports.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TckEngineDescriptor extends EngineDescriptor implements Node<TckExecutionContext> {
    private final Configuration configuration;
    private final String tckVersion;
    private ConfigurationError error;
    private Path staleReports;
    private boolean quietError;
    private long startNanos;

    public TckEngineDescriptor(UniqueId uniqueId, Configuration configuration, String tckVersion) {
        super(uniqueId, "ReclaimTCK");
        this.configuration = configuration;
        this.tckVersion = tckVersion;
    }

    public Configuration configuration() {
        return configuration;
    }

    /**
     * Records a configuration error found at discovery; it fails the engine node at execution, after removing the
     * previous run's reports from {@code reportDir} (the directory the parameters name).
     */
    public void fail(ConfigurationError e, Path reportDir, boolean quiet) {
        this.error = e;
        this.staleReports = reportDir;
        this.quietError = quiet;
    }

    @Override
    public TckExecutionContext before(TckExecutionContext context) {
        if (error != null) {
            throw report(error, staleReports, new Console(quietError));
        }
        if (getChildren().isEmpty()) {
            return context;
        }
        SelectedProvider provider;
        Path dir = configuration.reportDir().toAbsolutePath().normalize();
        try {
            provider = ProviderSelector.select(configuration.provider(), loader());
            PinnedVariants pinned = PinnedVariants.of(selectedCases(), configuration.parts());
            configuration.variants().validate(provider.provider(), pinned.registered());
            PartsSelection.validate(configuration.parts(), loader(), pinned.registeredTypes());
            pinned.validate(provider.provider());
            if (!configuration.listVariants()) {
                writable(dir);
            }
        } catch (ConfigurationError e) {
            throw report(e, dir, new Console(configuration.quiet()));
        }
        context.start(configuration, provider);
        startNanos = System.nanoTime();
        if (configuration.listVariants()) {
            return context;
        }
        try {
            ReportWriter.clear(dir);
        } catch (IOException e) {
            throw new ConfigurationError(Configuration.REPORT_DIR, "cannot remove the previous run's reports from '"
                    + dir + "': " + e);
        }
        for (TestDescriptor d : getDescendants()) {
            if (d instanceof SeedDescriptor s) {
                context.cache().expect(s.definition().type(), s.seed());
                context.policyRuns().expect(s.definition(), s.rule());
                context.progress().expect(s.definition().qualifiedId());
            } else if (d instanceof RuleDescriptor r) {
                context.results().rule(r.suite(), r.rule());
            }
        }
        context.progress().start();
        context.console().out("reclaim-tck " + tckVersion + ": provider " + provider.label() + " (" + provider.key()
                + "), seeds " + configuration.seedsDescription() + ", timeout " + Durations.format(configuration.timeout())
                + ", rules " + configuration.rules() + ", cases " + configuration.cases() + ", variants "
                + variants(provider).describe() + ", parts " + configuration.parts().describe());
        return context;
    }

    /** The cases under this engine node, by qualified id. */
    private Map<String, PinnedVariants.CaseFactory> selectedCases() {
        Map<String, PinnedVariants.CaseFactory> out = new LinkedHashMap<>();
        for (TestDescriptor d : getDescendants()) {
            if (d instanceof SeedDescriptor s) {
                out.putIfAbsent(s.definition().qualifiedId(), s.definition()::newInstance);
            }
        }
        return out;
    }

    @Override
    public void after(TckExecutionContext context) {
        if (!context.started() || configuration.listVariants()) {
            return;
        }
        SelectedProvider p = context.provider();
        RunInfo info = new RunInfo(tckVersion, p.provider().name(), p.provider().version(),
                configuration.seedsDescription(), variants(p), configuration.parts().describe(),
                configuration.partial().orElse(""))
                .withRuntime(RunInfo.currentJdk(), String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9));
        context.console().out(SummaryTable.render(info, context.results().records()));
        Path dir = configuration.reportDir().toAbsolutePath().normalize();
        CertificateInfo certificate = certificateInfo(p);
        try {
            List<Path> written = RunOutputs.write(dir, info, certificate, context.results().records(),
                    context.policyRuns().tables(), configuration.shard(), configuration.ruleBook()::indexOf);
            context.console().out("reclaim-tck reports in " + dir + ": " + written.stream()
                    .map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")));
        } catch (IOException e) {
            throw new ConfigurationError(Configuration.REPORT_DIR, "could not write the reports to '" + dir + "': " + e);
        }
        writeCertificate(dir, info, certificate, context);
    }

    /** The report directory exists (created if need be) and takes files, else a one-line error before any case runs. */
    private static void writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(Files.createTempFile(dir, ".reclaimtck-", ".probe"));
        } catch (IOException | SecurityException e) {
            throw new ConfigurationError(Configuration.REPORT_DIR, "'" + dir + "' is not a writable directory ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** certificate.json, if any (case, seed) was judged; else a stale one is removed. */
    private void writeCertificate(Path dir, RunInfo info, CertificateInfo certificate, TckExecutionContext context) {
        List<RuleRecord> records = context.results().records();
        Path file = dir.resolve(Certificate.FILE);
        try {
            if (records.stream().allMatch(r -> r.judged().isEmpty())) {
                Files.deleteIfExists(file);
                return;
            }
            Files.writeString(file, Certificate.render(info, certificate, records,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS)), StandardCharsets.UTF_8);
            context.console().out("reclaim-tck certificate: " + file);
        } catch (IOException e) {
            throw new ConfigurationError(Configuration.REPORT_DIR, "could not write '" + file + "': " + e);
        }
    }

    private CertificateInfo certificateInfo(SelectedProvider p) {
        Map<String, String> jdk = new LinkedHashMap<>();
        jdk.put("java.version", System.getProperty("java.version"));
        jdk.put("java.vm.name", System.getProperty("java.vm.name"));
        jdk.put("runnerThread", GuardedRunner.THREAD_KIND);
        Map<String, String> params = new LinkedHashMap<>();
        params.put(Configuration.SEEDS, configuration.seedsDescription());
        params.put(Configuration.RULES, configuration.rules().toString());
        params.put(Configuration.CASE, configuration.cases().toString());
        params.put(Configuration.VARIANT, configuration.variants().isEmpty() ? "none"
                : configuration.variants().toString());
        params.put(Configuration.PARTS, configuration.parts().isDefault() ? "defaults"
                : configuration.parts().toString());
        params.put(Configuration.TIMEOUT, Durations.format(configuration.timeout()));
        if (!configuration.shard().isAll()) {
            params.put(Configuration.SHARD, configuration.shard().toString());
        }
        return new CertificateInfo(CodeSourceHash.of(TckEngineDescriptor.class), p.key(),
                p.provider().getClass().getName(), CodeSourceHash.of(p.provider().getClass()), jdk, params,
                verifyCommand(p));
    }

    /** The replay prefix, the provider, the variants, the seeds and the filters of this run. */
    private String verifyCommand(SelectedProvider p) {
        StringBuilder sb = new StringBuilder(configuration.replayCommand())
                .append(" -D").append(Configuration.PROVIDER).append('=').append(p.key());
        if (!configuration.variants().isEmpty()) {
            sb.append(" -D").append(Configuration.VARIANT).append('=').append(configuration.variants());
        }
        if (!configuration.parts().isDefault()) {
            sb.append(" -D").append(Configuration.PARTS).append('=').append(configuration.parts());
        }
        sb.append(' ').append(configuration.seedsArgument());
        if (configuration.rules().isSet()) {
            sb.append(" -D").append(Configuration.RULES).append('=').append(configuration.rules());
        }
        if (configuration.cases().isSet()) {
            sb.append(" -D").append(Configuration.CASE).append('=').append(configuration.cases());
        }
        if (!configuration.shard().isAll()) {
            sb.append(" -D").append(Configuration.SHARD).append('=').append(configuration.shard());
        }
        return sb.toString();
    }

    private VariantsInEffect variants(SelectedProvider p) {
        return VariantsInEffect.of(p.provider().variants(), configuration.variants().byPart());
    }

    /** Prints the one line and removes the reports a previous run left in {@code reportDir}, so none looks current. */
    private static ConfigurationError report(ConfigurationError e, Path reportDir, Console console) {
        console.err(e.getMessage());
        try {
            ReportWriter.clear(reportDir.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException ignored) {
            // an unusable report directory has no stale reports to remove; the one line already says what is wrong
        }
        return e;
    }

    private static ClassLoader loader() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl != null ? tccl : TckEngineDescriptor.class.getClassLoader();
    }
}
