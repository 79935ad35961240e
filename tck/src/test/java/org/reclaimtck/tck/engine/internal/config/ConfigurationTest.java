package org.reclaimtck.tck.engine.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;
import org.reclaimtck.spi.kernel.MachineSpec;

/** Defaults live in one place; every value is parsed strictly. */
class ConfigurationTest {
    private static ConfigurationParameters params(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return get(key).map(Boolean::parseBoolean);
            }

            @Override
            public <T> Optional<T> get(String key, Function<String, T> transformer) {
                return get(key).map(transformer);
            }

            @Override
            @SuppressWarnings("deprecation")
            public int size() {
                return values.size();
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }

    @Test
    void defaults() {
        Configuration c = Configuration.from(params(Map.of()));

        assertThat(c.provider()).isEmpty();
        assertThat(c.seeds(0)).hasSize(16).startsWith(1L).endsWith(16L);
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.reportDir()).isEqualTo(Path.of("target/reclaim-tck"));
        assertThat(c.replayCommand()).isEqualTo("mvn verify");
        assertThat(c.rules().accepts("SCOPE-2")).isTrue();
        assertThat(c.cases().accepts("runtime", "msleep")).isTrue();
        assertThat(c.variants().isEmpty()).isTrue();
        assertThat(c.listVariants()).isFalse();
    }

    @Test
    void variantSelectionKeepsItsOrderAndPrintsAsItIsGiven() {
        Configuration c = Configuration.from(params(Map.of("reclaimtck.variant", " dm-bufio:gfp-io, loop:no-noio",
                "reclaimtck.list", "variants")));

        assertThat(c.variants().byPart())
                .containsExactly(Map.entry("dm-bufio", "gfp-io"), Map.entry("loop", "no-noio"));
        assertThat(c.variants()).hasToString("dm-bufio:gfp-io,loop:no-noio");
        assertThat(c.listVariants()).isTrue();
    }

    @Test
    void selectedVariantsOverrideWhatTheCasePinned() {
        Configuration c = Configuration.from(params(Map.of("reclaimtck.variant", "dm-bufio:gfp-io")));
        MachineSpec.Builder machine = MachineSpec.builder().variant("dm-bufio", "gfp-fs").variant("loop", "no-noio");

        MachineSpec spec = c.variants().applyTo(machine).build();

        assertThat(spec.variants()).containsExactly(Map.entry("dm-bufio", "gfp-io"), Map.entry("loop", "no-noio"));
    }

    @Test
    void partsAreRoleTypePairsWithTheReferencesDefaultsForTheRest() {
        Configuration c = Configuration.from(params(Map.of("reclaimtck.parts", " block-device:acmeblk, allocator:counting")));

        assertThat(c.parts().selected())
                .containsExactly(Map.entry("block-device", "acmeblk"), Map.entry("allocator", "counting"));
        assertThat(c.parts()).hasToString("block-device:acmeblk,allocator:counting");
        assertThat(c.parts().filesystem()).isEqualTo("xfs");
        assertThat(c.parts().shrinker()).isEqualTo("dm-bufio");
        assertThat(Configuration.defaults().parts().isDefault()).isTrue();
        assertThat(Configuration.defaults().parts().allocator()).isEmpty();
        assertThat(Configuration.defaults().parts().blockDevice()).isEqualTo("disk");
    }

    @Test
    void malformedPartsAreAOneLineErrorNamingTheParameter() {
        assertThatThrownBy(() -> Configuration.from(params(Map.of("reclaimtck.parts", "blockdev:acmeblk"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("reclaimtck.parts: unknown role 'blockdev' in 'blockdev:acmeblk' (expected role:type[,role:type...]"
                        + " with roles allocator, shrinker, block-device, filesystem, e.g."
                        + " block-device:acmeblk,filesystem:acmefs)");
        assertThatThrownBy(() -> Configuration.from(params(Map.of("reclaimtck.parts", "filesystem:a,filesystem:b"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("reclaimtck.parts: role 'filesystem' is selected twice in 'filesystem:a,filesystem:b'");
        assertThatThrownBy(() -> Configuration.from(params(Map.of("reclaimtck.parts", "acmefs"))))
                .isInstanceOf(ConfigurationError.class).hasMessageStartingWith("reclaimtck.parts: 'acmefs' is not role:type");
    }

    @Test
    void anUnknownPartTypeIsAnErrorListingTheKnownOnesOfItsKind() {
        assertThatThrownBy(() -> PartsSelection.validate(Configuration.from(params(Map.of("reclaimtck.parts",
                "filesystem:acmefs"))).parts(), getClass().getClassLoader(), java.util.List.of()))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("reclaimtck.parts: no FileSystemType 'acmefs' for role 'filesystem'; known: ")
                .hasMessageContaining("xfs").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PartsSelection.validate(Configuration.from(params(Map.of("reclaimtck.parts",
                "filesystem:disk"))).parts(), getClass().getClassLoader(), java.util.List.of()))
                .hasMessageContaining("(a part type of that name is of another kind)");
    }

    @Test
    void replaySeedWinsOverCountAndCap() {
        Configuration c = Configuration.from(params(Map.of("reclaimtck.seeds", "4", "reclaimtck.seed", "77")));

        assertThat(c.seeds(1)).containsExactly(77L);
        assertThat(c.seedsDescription()).isEqualTo("77 (replay)");
    }

    @Test
    void maxSeedsCapsTheCount() {
        Configuration c = Configuration.from(params(Map.of("reclaimtck.seeds", "4")));

        assertThat(c.seeds(1)).containsExactly(1L);
        assertThat(c.seeds(0)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void caseFilterTakesQualifiedBareAndPrefix() {
        Configuration c = Configuration.from(params(Map.of("reclaimtck.case", "runtime/msleep, hung-task,fs/*")));

        assertThat(c.cases().accepts("runtime", "msleep")).isTrue();
        assertThat(c.cases().accepts("runtime", "hung-task")).isTrue();
        assertThat(c.cases().accepts("fs", "evict")).isTrue();
        assertThat(c.cases().accepts("runtime", "abba-mutex")).isFalse();
    }

    @Test
    void emptyListEntryIsAnError() {
        assertThatThrownBy(() -> Configuration.from(params(Map.of("reclaimtck.rules", "RT-1,,RT-2"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("reclaimtck.rules: 'RT-1,,RT-2' has an empty entry (expected a comma list, e.g. RT-1,RT-2)");
    }

    @Property
    void durationsRoundTrip(@ForAll @IntRange(min = 1, max = 100_000) int n) {
        for (String unit : new String[] {"ms", "s", "m"}) {
            Duration d = ConfigValues.duration("reclaimtck.timeout", n + unit);
            assertThat(ConfigValues.duration("reclaimtck.timeout", Durations.format(d))).isEqualTo(d);
        }
    }

    @Property
    void seedCountsInRangeAreAccepted(@ForAll @IntRange(min = 1, max = 100_000) int n) {
        assertThat(Configuration.from(params(Map.of("reclaimtck.seeds", String.valueOf(n)))).seeds(0)).hasSize(n);
    }

    @Test
    void consoleIsSummaryOrQuiet() {
        assertThat(Configuration.from(params(Map.of())).quiet()).isFalse();
        assertThat(Configuration.from(params(Map.of("reclaimtck.console", "quiet"))).quiet()).isTrue();
        assertThat(Configuration.from(params(Map.of("reclaimtck.console", "summary"))).quiet()).isFalse();
        assertThatThrownBy(() -> Configuration.from(params(Map.of("reclaimtck.console", "loud"))))
                .hasMessage("reclaimtck.console: 'loud' is not a console mode (expected summary or quiet)");
    }

    @Test
    void aPartialRunSaysWhatMakesItPartial() {
        assertThat(Configuration.from(params(Map.of())).partial()).isEmpty();
        assertThat(Configuration.from(params(Map.of("reclaimtck.seeds", "64"))).partial()).isEmpty();
        assertThat(Configuration.from(params(Map.of("reclaimtck.case", "runtime/*"))).partial())
                .hasValue("filtered: cases runtime/*");
        assertThat(Configuration.from(params(Map.of("reclaimtck.seed", "7", "reclaimtck.rules", "RT-2"))).partial())
                .hasValue("replay: seed 7, rules RT-2");
    }

    @Test
    void nearestKeyIsTheSmallestEdit() {
        assertThat(ConfigKeys.nearest("reclaimtck.seeed")).isEqualTo("reclaimtck.seed");
        assertThat(ConfigKeys.nearest("reclaimtck.rule")).isEqualTo("reclaimtck.rules");
        assertThat(ConfigKeys.nearest("reclaimtck.timout")).isEqualTo("reclaimtck.timeout");
        assertThat(ConfigKeys.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void anUnknownKeyIsAnErrorAndTheBuildsPropertiesAreNot() {
        assertThatThrownBy(() -> Configuration.from(params(Map.of("reclaimtck.seeed", "3"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("reclaimtck.seeed: unknown parameter; did you mean reclaimtck.seed?");
        assertThat(Configuration.from(params(Map.of("reclaimtck.jdk", "current", "reclaimtck.ref.threads", "platform",
                "junit.jupiter.whatever", "x"))).seeds(0)).hasSize(16);
    }
}
