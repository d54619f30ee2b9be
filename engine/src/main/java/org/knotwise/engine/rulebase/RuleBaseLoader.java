package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import org.kie.api.KieBase;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.MessageFile;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads and checks rule bases. Every problem is collected with its file and line before anything is
 * loaded; a rule base with any error is refused whole, so the engine never runs on half of one.
 */
final class RuleBaseLoader {

    private RuleBaseLoader() {
    }

    static RuleBase builtIn() {
        return builtIn(false);
    }

    static RuleBase builtIn(boolean drafts) {
        // Start-up is most of a one-case run: the rule descriptions (read from the DRL text) and the
        // knowledge-base CSV files load on another core while the KIE base is built.
        // Logging is set up first, on this thread: set up by two threads at once, SLF4J prints a
        // "replay" warning to stderr.
        QuietLogging.setUp();
        List<RuleFile> files = BuiltInRules.files();
        CompletableFuture<KnowledgeBase> kb = CompletableFuture.supplyAsync(KnowledgeBase::builtIn);
        CompletableFuture<MessageBook> messages = CompletableFuture.supplyAsync(RuleBaseMessages::builtIn);
        List<Problem> describeProblems = new ArrayList<>();
        CompletableFuture<List<RuleDescription>> rules =
                CompletableFuture.supplyAsync(() -> RuleDescriber.describe(files, describeProblems));
        List<Problem> problems = new ArrayList<>();
        // The KIE base is built meanwhile, in the order of a line scan, not after the parse: the parse
        // was the longest task of a one-case run's start. Should the parser see another order, the
        // base is built again in the parser's.
        List<String> scanned = BuiltInRules.ruleNamesByScan(files);
        KieBase kieBase = BuiltInRules.fromExecutableModel(scanned);
        // describeProblems is complete once the descriptions are
        List<String> parsed = join(rules).stream().map(RuleDescription::name).toList();
        if (kieBase == null) {
            kieBase = RuleCompiler.compile(files, problems); // a rules jar built without the model
        } else if (!parsed.equals(scanned)) {
            kieBase = BuiltInRules.fromExecutableModel(parsed);
        }
        problems.addAll(0, describeProblems);
        failOnErrors(problems);
        // the built-in messages are checked by the build (rules validate, MessageFilesTest), not at each start
        MessageBook book = join(messages);
        return RuleBaseMessages.register(new RuleBase(Drafts.apply(kieBase, files, drafts), join(kb),
                Drafts.apply(Because.fill(join(rules), book), drafts), problems,
                RuleBaseIdentities.builtIn(files).withDrafts(drafts)), book);
    }

    static RuleBase fromFolder(Path folder) {
        return fromFolder(folder, false);
    }

    static RuleBase fromFolder(Path folder, boolean drafts) {
        QuietLogging.setUp();
        Compiled compiled = compile(folder);
        failOnErrors(compiled.problems);
        List<RuleFile> files = RuleFolder.files(folder);
        MessageBook book = new MessageBook(compiled.messages);
        return RuleBaseMessages.register(new RuleBase(Drafts.apply(compiled.kieBase, files, drafts), compiled.kb,
                Drafts.apply(Because.fill(compiled.rules, book), drafts),
                compiled.problems, RuleBaseIdentities.ofFolder(folder, files).withDrafts(drafts)), book);
    }

    static List<Problem> check(Path folder) {
        QuietLogging.setUp();
        return compile(folder).problems;
    }

    /** The built-in rules, checked exactly as a folder is: same compiler, same annotation checks. */
    static List<Problem> checkBuiltIn() {
        QuietLogging.setUp();
        List<Problem> problems = new ArrayList<>();
        KnowledgeBase kb = KnowledgeBase.builtIn();
        kb.warnings().forEach(w -> problems.add(w));
        List<RuleFile> files = BuiltInRules.files();
        problems.addAll(LiteralValueCheck.find(files, kb));
        KieBase unused = compile(files, problems);
        List<MessageFile> messages = MessageFolder.parse(MessageFolder.builtInBytes(), problems);
        MessageCheck.check(messages, files, RuleDescriber.describe(files, new ArrayList<>()), kb, problems);
        return problems;
    }

    private record Compiled(KieBase kieBase, KnowledgeBase kb, List<RuleDescription> rules, List<MessageFile> messages,
                            List<Problem> problems) {
    }

    private static Compiled compile(Path folder) {
        List<Problem> problems = new ArrayList<>();
        KnowledgeBase kb = RuleFolder.knowledgeBase(folder, problems);
        List<RuleFile> files = RuleFolder.files(folder);
        if (files.isEmpty()) {
            problems.add(Problem.error(folder.toString(), 0, "no .drl files in the folder"));
        }
        List<RuleDescription> rules = RuleDescriber.describe(files, problems);
        // a misspelt value compiles: without this the rule base would load with a rule that never fires
        problems.addAll(LiteralValueCheck.find(files, kb));
        KieBase kieBase = compile(files, problems);
        List<MessageFile> messages = MessageFolder.parse(MessageFolder.bytes(folder), problems);
        if (MessageFolder.hasOwn(folder)) {
            // a folder without messages/ speaks the built-in ones, which the build checks against the built-in rules
            MessageCheck.check(messages, files, rules, kb, problems);
        }
        // the logger only now: QuietLogging has set up SLF4J by then (no "No providers" lines for a library)
        LoggerFactory.getLogger(RuleBaseLoader.class).info("{}: {} rule file(s), {} rule(s) compiled with type checking, {} problem(s)",
                folder, files.size(), rules.size(), problems.size());
        return new Compiled(kieBase, kb, rules, messages, problems);
    }

    private static KieBase compile(List<RuleFile> files, List<Problem> problems) {
        return RuleCompiler.compile(files, problems);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void failOnErrors(List<Problem> problems) {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new RuleBaseException(problems);
        }
    }
}
