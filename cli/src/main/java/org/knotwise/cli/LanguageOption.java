package org.knotwise.cli;

import org.knotwise.engine.Knotwise;
import picocli.CommandLine.Option;

/**
 * {@code --lang CODE}: the language of the answer's texts (a message file of the rules: {@code en},
 * {@code es}, {@code de} built in). Without it the answer is English and has no {@code language} field.
 */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Answer in this language: a message file of the rules (built in: en, es, de; es and de are"
                    + " drafts until reviewed). The answer then says \"language\" and ruleBase.languages."
                    + " Default: English, without those fields.")
    public String code;

    /** The engine answering in the language asked for, or as it is when none was. */
    public Knotwise apply(Knotwise engine) {
        if (code == null) {
            return engine;
        }
        if (engine.messages().language(code).isEmpty()) {
            throw new IllegalArgumentException("--lang " + code + ": the rules have no messages in that language;"
                    + " available: " + String.join(", ", engine.languages()));
        }
        return engine.inLanguage(code);
    }
}
