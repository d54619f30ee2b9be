package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.RuleReader;
import org.knotwise.engine.rulebase.RuleFolder;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.kb.KnowledgeBase;

import java.nio.file.Path;
import java.util.List;

/** Where a workbench command reads its rules: a knowledge engineer's folder, or the built-in ones (null). */
public final class RuleSources {
    private RuleSources() {
    }

    public static List<RuleFile> files(Path folderOrNull) {
        return folderOrNull == null ? BuiltInRules.files() : RuleFolder.files(folderOrNull);
    }

    public static KnowledgeBase knowledgeBase(Path folderOrNull) {
        return folderOrNull == null ? KnowledgeBase.builtIn() : RuleFolder.knowledgeBase(folderOrNull);
    }

    /** What {@code rules diff} compares for a folder (or the built-in rules): the catalogue and the questions. */
    public static CatalogueSnapshot snapshot(Path folderOrNull, String title) {
        return catalogue(folderOrNull).snapshot(title).withQuestions(DataRow.questions(folderOrNull, files(folderOrNull)));
    }

    /** The catalogue of a folder's rules (or the built-in ones). */
    public static Catalogue catalogue(Path folderOrNull) {
        List<RuleFile> files = files(folderOrNull);
        MessageBook book = RuleTexts.book(folderOrNull);
        return new Catalogue(RuleReader.read(files), knowledgeBase(folderOrNull), RuleEntries.read(files, book),
                book);
    }
}
