package org.knotwise.workbench.impact;

import java.util.List;

/**
 * How one case's answer differs between the old and the new rules.
 *
 * @param firedOnlyNew rules in the new answer's explanation but not the old one's
 * @param firedOnlyOld rules in the old answer's explanation but not the new one's
 */
public record CaseChange(long line, String id, List<Change> changes, List<String> firedOnlyNew,
                         List<String> firedOnlyOld) {
}
