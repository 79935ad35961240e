package org.reclaimtck.tck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;
import org.reclaimtck.tck.rules.Rule;

/**
 * Where the reports link a rule: a kit rule's anchor in the rule catalogue at the URL of {@code rule-docs.properties}
 * beside this class (one place to change), so links work wherever the report is opened; an implementer's rule at its
 * own URL ({@link Rule#link()}), if it has one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleDocs {
    private static final String BASE = load();

    private RuleDocs() {
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = RuleDocs.class.getResourceAsStream("rule-docs.properties")) {
            if (in == null) {
                throw new IllegalStateException("rule-docs.properties is missing from the kit's jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("url").trim();
    }

    /** {@code https://.../docs/rules.md#DL-1}; an implementer's rule's own URL; empty if it has none. */
    public static String url(Rule rule) {
        return rule.kit() ? BASE + "#" + rule.id() : rule.link();
    }
}
