package org.reclaimtck.tck.rules;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One rule of the catalogue: its id ({@code RT-2}), level, the one-sentence text quoted in every
 * failure, and where the kernel (or the kernel-rules catalogue, {@code K-*}) states it.
 *
 * @param id     {@code RT-n} (runtime), {@code SCOPE-n} (scopes), later {@code DL-n}, {@code FP-n}, {@code DEP-n}
 * @param level  MUST or SHOULD
 * @param title  a few words for tables, e.g. {@code same seed, same trace}
 * @param text   one sentence, quoted verbatim in failures and in docs/rules.md
 * @param source the kernel source or K-* id, e.g. {@code K-SCOPE-2; include/linux/sched/mm.h}; empty if none
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Rule(String id, RuleLevel level, String title, String text, String source) {
    private static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** Where docs link: the anchor of the rule's section in docs/rules.md. */
    public static final String DOCS = "docs/rules.md";

    public Rule {
        Objects.requireNonNull(level);
        Objects.requireNonNull(title);
        Objects.requireNonNull(text);
        Objects.requireNonNull(source);
        if (!ID.matcher(Objects.requireNonNull(id)).matches()) {
            throw new IllegalArgumentException("rule id must look like RT-1: " + id);
        }
    }

    /** The prefix before the dash: {@code RT}, {@code SCOPE}. */
    public String family() {
        return id.substring(0, id.indexOf('-'));
    }

    /**
     * Where the rule is explained: {@code docs/rules.md#RT-2} for the kit's rules; for a rule declared by an
     * implementer's {@code RuleSource}, its {@link #source()} if that is a URL, else empty.
     */
    public String link() {
        if (kit()) {
            return DOCS + "#" + id;
        }
        return URL.matcher(source).matches() ? source : "";
    }

    /** True for the kit's own rules (those of {@link RuleCatalogue}), false for an implementer's. */
    public boolean kit() {
        return RuleCatalogue.find(id).map(this::equals).orElse(false);
    }

    /** {@code RT-2 (MUST): <text>}. */
    public String quote() {
        return id + " (" + level + "): " + text;
    }
}
