package org.knotwise.service.rules;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.RuleBaseIdentity;

import java.time.Instant;
import java.util.List;

/**
 * A loaded engine with what the service says about it. Immutable: a request takes one at its start
 * and keeps it to its end, whatever reloads happen meanwhile.
 */
public record ServedRuleBase(Knotwise engine, String source, Instant loadedAt, List<RuleBaseFacts.RuleSummary> rules) {

    /** Name, version and digest, as every assessment it makes says them (contract §7.8). */
    public RuleBaseIdentity identity() {
        return engine.ruleBase().identity();
    }

    /**
     * The one identifier the service gives it everywhere (the assessment's {@code ruleBase.digest}, the
     * {@code X-Knotwise-Rule-Base} header, {@code /v1/rules}, {@code /readyz}, metrics, logs, the store):
     * the SHA-256 of its rule and data files.
     */
    public String digest() {
        return identity().digest();
    }
}
