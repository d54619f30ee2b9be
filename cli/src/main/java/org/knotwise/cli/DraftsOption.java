package org.knotwise.cli;

import picocli.CommandLine.Option;

/** {@code --drafts}: also run the rules marked {@code @status("draft")}, which are left out otherwise. */
public final class DraftsOption {

    @Option(names = "--drafts", description = "Also run the rules marked @status(\"draft\") (left out otherwise);"
            + " the answer's ruleBase then says \"drafts\": true.")
    public boolean on;
}
