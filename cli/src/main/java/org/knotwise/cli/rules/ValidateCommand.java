package org.knotwise.cli.rules;

import org.knotwise.cli.ExitCodes;
import org.knotwise.cli.VersionProvider;
import org.knotwise.cli.RulesOption;
import org.knotwise.cli.DraftsOption;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.workbench.gate.GatedRuleBase;
import org.knotwise.kb.Problem;
import org.knotwise.engine.rulebase.NeverFiringRules;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleReader;
import org.knotwise.workbench.consult.QuestionBook;
import org.knotwise.workbench.consult.QuestionWordsCheck;
import org.knotwise.workbench.catalogue.FolderQuestions;
import org.knotwise.workbench.catalogue.QuestionNumbers;
import org.knotwise.workbench.catalogue.RuleTexts;
import org.knotwise.workbench.catalogue.RuleSources;
import org.knotwise.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code knotwise rules validate}: compile every rule and check the data, reporting file and line. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compile every rule and check the knowledge base, without running anything.",
                "Prints each problem as FILE:LINE: error|warning: message, then a count.",
                "Exit code 1 when there is any error: such rules would not load at all."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    DraftsOption drafts;

    @Override
    public Integer call() {
        Path folder = rules.folderOrBuiltIn();
        List<RuleFile> files = RuleSources.files(folder);
        List<String> unparsed = RuleReader.unparsed(files);
        // type-checked compile, then the gate's scenarios (GatedRuleBase): what every command loads through
        List<Problem> problems = new ArrayList<>(GatedRuleBase.check(folder, drafts.on));
        problems.addAll(NeverFiringRules.find(files));
        problems.addAll(questions(folder, files, unparsed)); // the consultation's questions file
        problems.addAll(QuestionNumbers.check(folder, files));
        problems.addAll(questionWords(folder, files));
        dropEchoes(problems);
        // A file that does not parse comes first: until it does, what else is said of its rules may be an echo.
        problems.sort(Comparator.comparing((Problem p) -> !p.isError())
                .thenComparing((Problem p) -> !unparsed.contains(p.file()))
                .thenComparing(Problem::file, Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparingInt(Problem::line));
        long errors = problems.stream().filter(Problem::isError).count();
        PrintWriter out = spec.commandLine().getOut();
        for (Problem p : problems) {
            out.println(located(p, folder).replace("\n", "\n    "));
        }
        listDrafts(out, folder);
        String counts = errors + " error" + (errors == 1 ? "" : "s") + ", " + (problems.size() - errors)
                + " warning" + (problems.size() - errors == 1 ? "" : "s");
        if (errors > 0) {
            out.println(counts + ": the rules would not load; fix the errors above.");
        } else {
            out.println(counts + ": " + summary(folder));
        }
        out.flush();
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * The questions file's problems. The rules of a file that does not parse are taken from a line scan: a
     * question naming one of them is not reported as naming a rule that no longer exists.
     */
    private static List<Problem> questions(Path folder, List<RuleFile> files, List<String> unparsed) {
        List<RuleDescription> known = new ArrayList<>(RuleReader.read(files));
        known.addAll(RuleReader.scanned(files.stream().filter(f -> unparsed.contains(f.name())).toList()));
        return QuestionBook.check(folder, known);
    }

    /**
     * Questions whose words in the questions file differ from their English messages, which are what the
     * consultation shows; nothing when the questions file has errors (its own check names them).
     */
    private static List<Problem> questionWords(Path folder, List<RuleFile> files) {
        QuestionBook book = FolderQuestions.loadOrNull(folder, files);
        return book == null ? List.of() : QuestionWordsCheck.check(book, RuleTexts.book(folder).english());
    }

    /** The rules still in draft: they are checked here, but run only with --drafts. */
    private void listDrafts(PrintWriter out, Path folder) {
        // from the rule text alone: the knowledge base may be what is broken
        List<RuleDescription> draftRules = RuleReader.read(RuleSources.files(folder)).stream()
                .filter(RuleDescription::isDraft).toList();
        if (draftRules.isEmpty()) {
            return;
        }
        out.println(draftRules.size() + " draft rule" + (draftRules.size() == 1 ? "" : "s")
                + (drafts.on ? " (run, with --drafts):" : " (checked, but run only with --drafts):"));
        for (RuleDescription r : draftRules) {
            String file = folder != null && Files.exists(folder.resolve(r.file())) ? folder.resolve(r.file()).toString() : r.file();
            out.println("  " + file + ":" + r.line() + ": " + r.idOrName() + ": " + r.name());
        }
    }

    /**
     * Drops the compiler's "null Package" echo of a syntax error that is already reported with its
     * line in the same file: one mistake, one message.
     */
    private static void dropEchoes(List<Problem> problems) {
        problems.removeIf(p -> p.line() == 0 && p.message().startsWith("Parser returned a null Package")
                && problems.stream().anyMatch(q -> q != p && q.isError() && q.line() > 0 && q.file() != null
                && q.file().equals(p.file())));
    }

    /** Names a rule or message file by its path from where the user stands, as the data files already are. */
    private static String located(Problem p, Path folder) {
        if (folder != null && p.file() != null && (p.file().endsWith(".drl") || p.file().endsWith(".properties"))
                && Files.exists(folder.resolve(p.file()))) {
            return new Problem(p.severity(), folder.resolve(p.file()).toString(), p.line(), p.message()).toString();
        }
        return p.toString();
    }

    private static String summary(Path folder) {
        int rules = RuleSources.catalogue(folder).rules().size();
        KnowledgeBase kb = RuleSources.knowledgeBase(folder);
        return rules + " rules, " + kb.regions().size() + " regions, " + kb.referrals().size() + " referral rows: OK"
                + (folder == null ? " (built-in rules)" : "");
    }
}
