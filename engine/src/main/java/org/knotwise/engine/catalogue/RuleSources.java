package org.knotwise.engine.catalogue;

import org.knotwise.engine.RuleFile;
import org.knotwise.engine.RuleFiles;
import org.knotwise.kb.KnowledgeBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a workbench command reads its rules: a knowledge engineer's folder, or the built-in ones (null). */
public final class RuleSources {
    /** The knowledge-base subfolder of a rules folder. */
    public static final String KB_FOLDER = "kb";

    private RuleSources() {
    }

    public static List<RuleFile> files(Path folderOrNull) {
        return folderOrNull == null ? RuleFiles.builtIn() : RuleFiles.inFolder(folderOrNull);
    }

    public static KnowledgeBase knowledgeBase(Path folderOrNull) {
        if (folderOrNull == null || !Files.isDirectory(folderOrNull.resolve(KB_FOLDER))) {
            return KnowledgeBase.builtIn();
        }
        return KnowledgeBase.load(folderOrNull.resolve(KB_FOLDER));
    }

    /** The catalogue of a folder's rules (or the built-in ones). */
    public static Catalogue catalogue(Path folderOrNull) {
        return new Catalogue(RuleReader.read(files(folderOrNull)), knowledgeBase(folderOrNull));
    }
}
