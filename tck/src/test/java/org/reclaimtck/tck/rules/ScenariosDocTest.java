package org.reclaimtck.tck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.api.TckCase;

/**
 * docs/rules.md's "Scenarios" table is true: every scenario S1..S11 has one row; each case it names is a built-in
 * case that checks at least one of the row's rules, each rule is catalogued and checked by one of the row's cases,
 * and each variant is a buggy (non-default) variant of the reference provider.
 */
class ScenariosDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| (S\\d+) \\| (.*?) \\| (.*?) \\| (.*?) \\| (.*?) \\|$",
            Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern RULE = Pattern.compile("\\[([A-Z]+-\\d+)\\]\\(#\\1\\)");
    private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/rules.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/rules.md above " + Path.of("").toAbsolutePath()).isNotNull();
        String doc = Files.readString(dir.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("\n## Scenarios\n");
        assertThat(start).as("a \"## Scenarios\" section in docs/rules.md").isGreaterThan(0);
        String section = doc.substring(start, doc.indexOf("\n## ", start + 1));
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            assertThat(ROWS.put(m.group(1), List.of(m.group(3), m.group(4), m.group(5))))
                    .as("one row for " + m.group(1)).isNull();
        }
    }

    @Test
    void everyScenarioHasItsRowInOrder() {
        assertThat(ROWS.keySet()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 11).mapToObj(i -> "S" + i).toList());
    }

    @Test
    void eachCaseExistsAndChecksOneOfItsRowsRules() {
        Map<String, Set<String>> cases = builtInCases();
        ROWS.forEach((scenario, row) -> {
            List<String> named = codes(row.get(0));
            List<String> rules = rules(row.get(1));
            assertThat(named).as("cases of " + scenario).isNotEmpty();
            assertThat(rules).as("rules of " + scenario).isNotEmpty();
            for (String c : named) {
                assertThat(cases).as(scenario + " names case " + c).containsKey(c);
                assertThat(cases.get(c)).as("rules " + c + " checks (" + scenario + ")").containsAnyElementsOf(rules);
            }
            for (String r : rules) {
                assertThat(RuleCatalogue.all().stream().map(Rule::id)).as(scenario + " names rule " + r).contains(r);
                assertThat(named.stream().anyMatch(c -> cases.get(c).contains(r)))
                        .as(scenario + ": rule " + r + " is checked by one of " + named).isTrue();
            }
        });
    }

    @Test
    void eachVariantIsABuggyVariantOfTheReference() {
        Set<String> buggy = new ReferenceKernelProvider().variants().stream().filter(v -> !v.isDefault())
                .map(v -> v.part() + ":" + v.name()).collect(Collectors.toSet());
        ROWS.forEach((scenario, row) -> {
            assertThat(codes(row.get(2))).as("variants of " + scenario).isNotEmpty();
            assertThat(buggy).as("variants of " + scenario).containsAll(codes(row.get(2)));
        });
    }

    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> rules(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = RULE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, Set<String>> builtInCases() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Class<?> c : ReflectionSupport.findAllClassesInPackage("org.reclaimtck.tck.suites",
                k -> k.isAnnotationPresent(TckCase.class), n -> true)) {
            TckCase t = c.getAnnotation(TckCase.class);
            out.put(t.suite() + "/" + t.id(), Set.copyOf(Arrays.asList(t.rules())));
        }
        return out;
    }
}
