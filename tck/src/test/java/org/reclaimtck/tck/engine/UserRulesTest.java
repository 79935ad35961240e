package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.api.RuleSource;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.engine.userrules.AcmeAgainRules;
import org.reclaimtck.tck.engine.userrules.AcmeFailingCase;
import org.reclaimtck.tck.engine.userrules.AcmePassingCase;
import org.reclaimtck.tck.engine.userrules.AcmeRules;
import org.reclaimtck.tck.engine.userrules.ClashingRules;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * An implementer's rules, declared by a {@link RuleSource} in META-INF/services (here on a class loader made for the
 * test and set as the thread context class loader), are judged and reported like the kit's; a clashing id is one
 * configuration error naming both sources.
 */
class UserRulesTest {
    private static final String SERVICES = "META-INF/services/org.reclaimtck.tck.api.RuleSource";

    @TempDir
    Path services;

    @SafeVarargs
    private EngineExecutionResults runWith(TckRun run, Class<? extends RuleSource>... sources) {
        try {
            Path file = services.resolve(SERVICES);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Arrays.stream(sources).map(Class::getName).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return run.execute();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static TckRun acmeCases(String name) {
        return TckRun.named(name).select(selectClass(AcmeFailingCase.class)).select(selectClass(AcmePassingCase.class));
    }

    @Test
    void userRulesAreJudgedAndReportedLikeTheKits() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        EngineExecutionResults r;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r = runWith(acmeCases("user-rules").param("reclaimtck.console", "summary"), AcmeRules.class);
        } finally {
            System.setOut(out);
        }

        assertThat(Outcomes.failedRules(r)).containsExactly(AcmeRules.ACME_1);
        assertThat(Outcomes.passedRules(r)).containsExactly(AcmeRules.ACME_2);
        RuleViolation v = Outcomes.violations(r).get(0);
        assertThat(v.getMessage()).startsWith("ACME-1 violated: acme0 never reported its state")
                .contains("rule ACME-1 (MUST): The acme driver MUST report its state after every request.",
                        "see " + AcmeRules.ACME_1_URL + "\n")
                .doesNotContain("docs/rules.md");
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("ACME-1", "ACME-2", "acme");

        Path dir = TckRun.named("user-rules").reportDir();
        assertThat(Files.readString(dir.resolve("report.json")))
                .contains("\"id\": \"ACME-1\"", "\"link\": \"" + AcmeRules.ACME_1_URL + "\"", "\"status\": \"fail\"")
                .contains("\"id\": \"ACME-2\"", "\"link\": null", "\"status\": \"pass\"");
        assertThat(Files.readString(dir.resolve("report.md")))
                .contains("| acme | [ACME-1](" + AcmeRules.ACME_1_URL + ") | MUST | **fail**", "| acme | ACME-2 | SHOULD | pass")
                .doesNotContain("docs/rules.md#ACME");
        assertThat(Files.readString(dir.resolve("badge.json"))).contains("\"message\": \"1 of 2 rules failed\"");
        assertThat(Files.readString(dir.resolve("certificate.json"))).contains("\"id\": \"ACME-1\"", "\"id\": \"ACME-2\"");
    }

    @Test
    void aUserRuleWithTheIdOfAKitRuleIsOneConfigurationError() {
        EngineExecutionResults r = runWith(acmeCases("user-rules-clash"), AcmeRules.class, ClashingRules.class);

        Throwable failure = Outcomes.engineFailure(r);
        assertThat(failure).isInstanceOf(ConfigurationError.class).hasMessage(SERVICES + ": rule id RT-2 is declared"
                + " by both the kit (org.reclaimtck.tck.rules.RuleCatalogue) and " + ClashingRules.class.getName());
        r.testEvents().assertStatistics(s -> s.started(0));
    }

    @Test
    void twoSourcesDeclaringOneIdAreOneConfigurationError() {
        EngineExecutionResults r = runWith(acmeCases("user-rules-twice"), AcmeRules.class, AcmeAgainRules.class);

        assertThat(Outcomes.engineFailure(r)).isInstanceOf(ConfigurationError.class).hasMessage(SERVICES
                + ": rule id ACME-1 is declared by both " + AcmeRules.class.getName() + " and "
                + AcmeAgainRules.class.getName());
    }
}
