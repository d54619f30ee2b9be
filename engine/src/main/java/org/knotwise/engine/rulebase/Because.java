package org.knotwise.engine.rulebase;

import org.knotwise.engine.text.EngineTexts;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.Text;

import java.util.List;

/**
 * Each rule's reason in words: its {@code because.<id>} in the English message file. A rule folder
 * written before message files keeps its {@code @because} annotations, which win.
 */
final class Because {
    private Because() {
    }

    static List<RuleDescription> fill(List<RuleDescription> rules, MessageBook book) {
        Messages en = book.english();
        return rules.stream().map(r -> {
            String key = EngineTexts.BECAUSE + r.idOrName();
            return r.because() == null && en.has(key) ? r.withBecause(en.format(Text.of(key))) : r;
        }).toList();
    }
}
