package org.reclaimtck.tck.engine.internal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.report.shard.Shard;

/**
 * The kit's configuration parameters and their defaults, in one place. Values come from JUnit configuration
 * parameters, which fall back to system properties, so {@code mvn verify -Dreclaimtck.seeds=4} works.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Configuration {
    public static final String PROVIDER = "reclaimtck.provider";
    public static final String SEEDS = "reclaimtck.seeds";
    public static final String SEED = "reclaimtck.seed";
    public static final String RULES = "reclaimtck.rules";
    public static final String CASE = "reclaimtck.case";
    public static final String TIMEOUT = "reclaimtck.timeout";
    public static final String REPORT_DIR = "reclaimtck.report.dir";
    public static final String REPLAY_COMMAND = "reclaimtck.replay.command";
    public static final String VARIANT = "reclaimtck.variant";
    public static final String LIST = "reclaimtck.list";
    public static final String PARTS = "reclaimtck.parts";
    public static final String CONSOLE = "reclaimtck.console";
    /** {@code i/n}: run shard i of n of the (case, seed) pairs ({@link Shard}); merge the shards with {@code ShardMerge}. */
    public static final String SHARD = "reclaimtck.shard";
    /** The memory of every case's machine, e.g. {@code 16g} ({@link MemorySize}); each case's own by default. */
    public static final String MEMORY = "reclaimtck.memory";

    /** Every parameter the engine reads; any other {@code reclaimtck.*} key is an error ({@link ConfigKeys}). */
    public static final List<String> PARAMETERS = List.of(PROVIDER, SEEDS, SEED, RULES, CASE, TIMEOUT, REPORT_DIR,
            REPLAY_COMMAND, VARIANT, LIST, PARTS, CONSOLE, SHARD, MEMORY);

    /**
     * {@code reclaimtck.*} keys that are not the engine's but legitimately reach it (Maven passes {@code -D} options
     * to the test JVM): the build's properties (the poms, {@code .ci/run}), the reference's thread kind and the kit's
     * self-test knobs. The engine ignores them.
     */
    public static final List<String> BUILD_PROPERTIES = List.of("reclaimtck.jdk", "reclaimtck.jdk.version",
            "reclaimtck.skipModuleTests", "reclaimtck.argLine", "reclaimtck.version", "reclaimtck.ref.threads",
            "reclaimtck.contracts.seeds");

    /** {@link #CONSOLE}'s values: the start line, progress and summary on the console, or nothing. */
    public static final String CONSOLE_SUMMARY = "summary";
    public static final String CONSOLE_QUIET = "quiet";

    /** The one value of {@link #LIST}: print the provider's parts and variants, run no case. */
    public static final String LIST_VARIANTS = "variants";

    static final int DEFAULT_SEEDS = 16;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final String DEFAULT_REPORT_DIR = "target/reclaim-tck";
    static final String DEFAULT_REPLAY_COMMAND = "mvn verify";

    private final String provider;
    private final int seedCount;
    private final OptionalLong replaySeed;
    private final RuleFilter rules;
    private final CaseFilter cases;
    private final Duration timeout;
    private final Path reportDir;
    private final String replayCommand;
    private final VariantSelection variants;
    private final boolean listVariants;
    private final PartsUnderTest parts;
    private final boolean quiet;
    private final Shard shard;
    private final MemorySize memory;

    private Configuration(String provider, int seedCount, OptionalLong replaySeed, RuleFilter rules, CaseFilter cases,
                          Duration timeout, Path reportDir, String replayCommand, VariantSelection variants,
                          boolean listVariants, PartsUnderTest parts, boolean quiet, Shard shard, MemorySize memory) {
        this.provider = provider;
        this.seedCount = seedCount;
        this.replaySeed = replaySeed;
        this.rules = rules;
        this.cases = cases;
        this.timeout = timeout;
        this.reportDir = reportDir;
        this.replayCommand = replayCommand;
        this.variants = variants;
        this.listVariants = listVariants;
        this.parts = parts;
        this.quiet = quiet;
        this.shard = shard;
        this.memory = memory;
    }

    /** Every parameter at its default. */
    public static Configuration defaults() {
        return new Configuration(null, DEFAULT_SEEDS, OptionalLong.empty(), RuleFilter.all(RuleBook.kit()), CaseFilter.all(),
                DEFAULT_TIMEOUT, Path.of(DEFAULT_REPORT_DIR), DEFAULT_REPLAY_COMMAND, VariantSelection.none(), false,
                PartsUnderTest.defaults(), false, Shard.all(), MemorySize.CASES);
    }

    /**
     * Reads and checks every parameter.
     *
     * @throws ConfigurationError naming the first malformed parameter and its value
     */
    public static Configuration from(ConfigurationParameters params) {
        ConfigKeys.check(params);
        String provider = params.get(PROVIDER).map(v -> ConfigValues.nonBlank(PROVIDER, v)).orElse(null);
        int seeds = params.get(SEEDS).map(v -> ConfigValues.seedCount(SEEDS, v)).orElse(DEFAULT_SEEDS);
        OptionalLong seed = params.get(SEED).map(v -> OptionalLong.of(ConfigValues.seed(SEED, v)))
                .orElse(OptionalLong.empty());
        RuleBook book = RuleBook.load(Thread.currentThread().getContextClassLoader());
        RuleFilter rules = params.get(RULES).map(v -> RuleFilter.parse(RULES, v, book)).orElse(RuleFilter.all(book));
        CaseFilter cases = params.get(CASE).map(v -> CaseFilter.parse(CASE, v)).orElse(CaseFilter.all());
        Duration timeout = params.get(TIMEOUT).map(v -> ConfigValues.duration(TIMEOUT, v)).orElse(DEFAULT_TIMEOUT);
        Path reportDir = Path.of(params.get(REPORT_DIR).map(v -> ConfigValues.nonBlank(REPORT_DIR, v))
                .orElse(DEFAULT_REPORT_DIR));
        String replay = params.get(REPLAY_COMMAND).map(v -> ConfigValues.nonBlank(REPLAY_COMMAND, v))
                .orElse(DEFAULT_REPLAY_COMMAND);
        VariantSelection variants = params.get(VARIANT).map(VariantSelection::parse).orElse(VariantSelection.none());
        boolean list = params.get(LIST).map(Configuration::listing).orElse(false);
        PartsUnderTest parts = params.get(PARTS).map(PartsSelection::parse).orElse(PartsUnderTest.defaults());
        boolean quiet = params.get(CONSOLE).map(Configuration::quiet).orElse(false);
        Shard shard = params.get(SHARD).map(Configuration::shard).orElse(Shard.all());
        MemorySize memory = params.get(MEMORY).map(v -> MemorySize.parse(MEMORY, v)).orElse(MemorySize.CASES);
        return new Configuration(provider, seeds, seed, rules, cases, timeout, reportDir, replay, variants, list, parts,
                quiet, shard, memory);
    }

    /**
     * The report directory the parameters name, read alone (default if unset or blank): where a configuration error
     * removes the previous run's reports, whichever other parameter was wrong.
     */
    public static Path reportDirOf(ConfigurationParameters params) {
        return Path.of(params.get(REPORT_DIR).filter(v -> !v.isBlank()).map(String::trim).orElse(DEFAULT_REPORT_DIR));
    }

    /** True if the parameters ask for {@code reclaimtck.console=quiet}, read alone (for a run that fails to configure). */
    public static boolean quietOf(ConfigurationParameters params) {
        return params.get(CONSOLE).map(String::trim).filter(CONSOLE_QUIET::equals).isPresent();
    }

    private static boolean quiet(String value) {
        return switch (value.trim()) {
            case CONSOLE_QUIET -> true;
            case CONSOLE_SUMMARY -> false;
            default -> throw new ConfigurationError(CONSOLE, "'" + value + "' is not a console mode (expected "
                    + CONSOLE_SUMMARY + " or " + CONSOLE_QUIET + ")");
        };
    }

    private static boolean listing(String value) {
        if (!value.trim().equals(LIST_VARIANTS)) {
            throw new ConfigurationError(LIST, "'" + value + "' cannot be listed (expected " + LIST_VARIANTS + ")");
        }
        return true;
    }

    private static Shard shard(String value) {
        try {
            return Shard.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(SHARD, e.getMessage());
        }
    }

    /** The memory {@code reclaimtck.memory} gives every machine; {@link MemorySize#CASES} (each case's own) if unset. */
    public MemorySize memory() {
        return memory;
    }

    /** The share of the (case, seed) pairs this run takes; {@code 1/1} (all) unless {@code reclaimtck.shard} is set. */
    public Shard shard() {
        return shard;
    }

    /** The configured provider: a ServiceLoader name or a class name; empty means "the only one found". */
    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    /**
     * The seeds a case runs: the replay seed alone if {@code reclaimtck.seed} is set, else 1..N capped at
     * {@code maxSeeds} when that is positive.
     */
    public List<Long> seeds(int maxSeeds) {
        if (replaySeed.isPresent()) {
            return List.of(replaySeed.getAsLong());
        }
        int n = maxSeeds > 0 ? Math.min(maxSeeds, seedCount) : seedCount;
        List<Long> out = new ArrayList<>(n);
        for (long s = 1; s <= n; s++) {
            out.add(s);
        }
        return out;
    }

    /** {@code -Dreclaimtck.seeds=16}, or {@code -Dreclaimtck.seed=7} when a replay seed is set. */
    public String seedsArgument() {
        return replaySeed.isPresent() ? "-D" + SEED + "=" + replaySeed.getAsLong() : "-D" + SEEDS + "=" + seedCount;
    }

    /** {@code 1..16}, or {@code 7 (replay)}. */
    public String seedsDescription() {
        return replaySeed.isPresent() ? replaySeed.getAsLong() + " (replay)" : "1.." + seedCount;
    }

    public RuleFilter rules() {
        return rules;
    }

    /** The rules of this run: the kit's and those of the implementer's rule sources. */
    public RuleBook ruleBook() {
        return rules.book();
    }

    public CaseFilter cases() {
        return cases;
    }

    /** Wall-clock limit of one (case, seed) run. */
    public Duration timeout() {
        return timeout;
    }

    /** {@code  -Dreclaimtck.timeout=2m} if the timeout is not the default, else empty: replay commands carry it. */
    public String timeoutArgument() {
        return timeout.equals(DEFAULT_TIMEOUT) ? "" : " -D" + TIMEOUT + "=" + Durations.format(timeout);
    }

    public Path reportDir() {
        return reportDir;
    }

    /** The variants {@code reclaimtck.variant} selects for every case; none by default (the provider's defaults). */
    public VariantSelection variants() {
        return variants;
    }

    /** True if {@code reclaimtck.list=variants}: print the provider's parts and variants instead of running cases. */
    public boolean listVariants() {
        return listVariants;
    }

    /** The part types {@code reclaimtck.parts} puts under test; the reference's defaults if not set. */
    public PartsUnderTest parts() {
        return parts;
    }

    /** True under {@code reclaimtck.console=quiet}: nothing on the console (the kit's self-tests, embedders). */
    public boolean quiet() {
        return quiet;
    }

    /**
     * What makes this run less than the full run of its seeds, as {@code kind: detail} for the badge (the kind) and
     * the reports (all of it): {@code replay: seed 7, rules RT-2}, {@code filtered: rules RT-*, cases runtime/*};
     * empty for a full run.
     */
    public Optional<String> partial() {
        List<String> detail = new ArrayList<>();
        replaySeed.ifPresent(s -> detail.add("seed " + s));
        if (rules.isSet()) {
            detail.add("rules " + rules);
        }
        if (cases.isSet()) {
            detail.add("cases " + cases);
        }
        if (memory.pages() > 0) {
            detail.add("memory " + memory.value());
        }
        if (detail.isEmpty()) {
            return shard.isAll() ? Optional.empty() : Optional.of("shard: " + shard);
        }
        return Optional.of((replaySeed.isPresent() ? "replay" : "filtered") + ": " + String.join(", ", detail));
    }

    /** The prefix of every replay command, e.g. {@code mvn -B verify -Pconformance}. */
    public String replayCommand() {
        return replayCommand;
    }
}
