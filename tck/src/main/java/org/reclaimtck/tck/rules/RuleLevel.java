package org.reclaimtck.tck.rules;

import org.apiguardian.api.API;

/** How binding a rule is, as RFC 2119 and the Reactive Streams TCK name it: MUST is required, SHOULD optional. */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum RuleLevel {
    /** Required: a failure makes the provider non-conformant. */
    MUST,
    /** Recommended: a failure is reported but the rule is optional. */
    SHOULD
}
