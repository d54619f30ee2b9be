package org.knotwise.service.rules;

import org.knotwise.engine.Knotwise;

import java.time.Instant;
import java.util.List;

/**
 * A loaded engine with what the service says about it. Immutable: a request takes one at its start
 * and keeps it to its end, whatever reloads happen meanwhile.
 */
public record ServedRuleBase(Knotwise engine, String version, String source, Instant loadedAt,
                             List<RuleBaseFacts.RuleSummary> rules) {
}
