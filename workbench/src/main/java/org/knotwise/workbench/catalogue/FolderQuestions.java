package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleReader;
import org.knotwise.workbench.consult.QuestionBook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A rules folder's questions file, read against the rules its files hold (those that did not parse scanned). */
public final class FolderQuestions {

    private FolderQuestions() {
    }

    /** The questions of a folder (null: the built-in ones), or null when the file has errors (its own check names them). */
    public static QuestionBook loadOrNull(Path rulesDirOrNull, List<RuleFile> files) {
        List<RuleDescription> known = new ArrayList<>(RuleReader.read(files));
        List<String> unparsed = RuleReader.unparsed(files);
        known.addAll(RuleReader.scanned(files.stream().filter(f -> unparsed.contains(f.name())).toList()));
        try {
            return QuestionBook.load(rulesDirOrNull, known);
        } catch (RuleBaseException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
