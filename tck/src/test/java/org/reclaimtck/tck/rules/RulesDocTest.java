package org.reclaimtck.tck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/rules.md and {@link RuleCatalogue} agree: the same ids, each section quoting its rule's level, title and text. */
class RulesDocTest {
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([A-Z]+-[0-9]+)\"></a>");
    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/rules.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/rules.md above " + Path.of("").toAbsolutePath()).isNotNull();
        doc = Files.readString(dir.resolve("docs/rules.md"), StandardCharsets.UTF_8);
    }

    /** The text from {@code <a id="ID"></a>} to the next anchor, without backticks (kernel identifiers are code there). */
    private static String section(String id) {
        int start = doc.indexOf("<a id=\"" + id + "\"></a>");
        assertThat(start).as("anchor of " + id + " in docs/rules.md").isGreaterThanOrEqualTo(0);
        Matcher next = ANCHOR.matcher(doc);
        int end = next.find(start + 1) ? next.start() : doc.length();
        return doc.substring(start, end).replace("`", "");
    }

    @Test
    void everyCataloguedRuleHasItsSectionWithLevelTitleAndText() {
        for (Rule r : RuleCatalogue.all()) {
            assertThat(section(r.id()))
                    .as("section %s of docs/rules.md", r.id())
                    .contains("### " + r.id() + ": " + r.title() + "\n")
                    .contains("**" + r.level() + ".** " + r.text() + "\n");
        }
    }

    @Test
    void everyDocumentedRuleIsCatalogued() {
        List<String> documented = new ArrayList<>();
        Matcher m = ANCHOR.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsExactlyElementsOf(
                RuleCatalogue.all().stream().map(Rule::id).collect(Collectors.toList()));
    }

    @Test
    void theIndexTableListsEveryRuleWithItsLevel() {
        for (Rule r : RuleCatalogue.all()) {
            assertThat(doc.replace("`", "")).contains("| [" + r.id() + "](#" + r.id() + ") | " + r.level() + " | " + r.title() + " |");
        }
    }
}
