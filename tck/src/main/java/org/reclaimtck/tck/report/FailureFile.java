package org.reclaimtck.tck.report;

import org.apiguardian.api.API;

/**
 * The per-failure Markdown file, {@code failures/<rule>-<case>-seed<N>.md} under the report directory: the failure's
 * full text (rule, drawn wait-for cycle, last trace events) and its replay command. Published as a JUnit
 * {@code FileEntry} on the failing seed's test node.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FailureFile {
    public static final String DIR = "failures";
    public static final String MEDIA_TYPE = "text/markdown";

    private FailureFile() {
    }

    /** {@code RT-2-runtime-abba-random-seed7.md}: the case's {@code /} and any other unsafe character become {@code -}. */
    public static String name(String ruleId, String caseId, long seed) {
        return safe(ruleId) + "-" + safe(caseId) + "-seed" + seed + ".md";
    }

    public static String render(String ruleId, String caseId, long seed, String outcome, String traceHash,
                                String replay, String message) {
        String fence = message.contains("```") ? "~~~~" : "```";
        return "# " + ruleId + " failed on " + caseId + " seed " + seed + "\n\n"
                + "| | |\n|---|---|\n"
                + "| rule | " + ruleId + " |\n"
                + "| case | " + caseId + " |\n"
                + "| seed | " + seed + " |\n"
                + "| outcome | " + outcome + " |\n"
                + "| trace hash | " + (traceHash == null ? "none (the run did not finish)" : "`" + traceHash + "`") + " |\n\n"
                + "## Replay\n\n```sh\n" + replay + "\n```\n\n"
                + "## Failure\n\n" + fence + "\n" + message + "\n" + fence + "\n";
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._]+", "-");
    }
}
