package org.knotwise.cli.rules;

import org.knotwise.engine.Knotwise;
import org.knotwise.cli.ExitCodes;
import org.knotwise.cli.render.CatalogueMarkdown;
import org.knotwise.cli.render.CatalogueHtml;
import org.knotwise.cli.VersionProvider;
import org.knotwise.cli.RulesOption;
import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.workbench.catalogue.CatalogueSnapshot;
import org.knotwise.workbench.catalogue.DataRow;
import org.knotwise.engine.rulebase.RuleReader;
import org.knotwise.workbench.catalogue.RuleSources;
import org.knotwise.workbench.bodymap.RegionTreePage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code knotwise rules catalogue --output DIR}: the rule base as pages a clinician can review. */
@Command(name = "catalogue", aliases = "catalog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the rule catalogue for review, as HTML and Markdown.",
                "Every rule by article section, in the article's order: its status, what it checks (in words),",
                "what it concludes and the exact words people read, why it fires and its source;",
                "the cautions and red flags with their sources; the referred-pain map with sources.",
                "Writes DIR/index.html (one self-contained page), DIR/catalogue.md, DIR/bodymap.html",
                "(the region tree and the referred-pain map drawn on the body) and DIR/catalogue.json",
                "(what rules diff compares)."})
final class CatalogueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final String HTML_FILE = "index.html";
    static final String MARKDOWN_FILE = "catalogue.md";

    @Mixin
    RulesOption rules;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "The folder to write into.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path folder = rules.folderOrBuiltIn();
        Catalogue c = RuleSources.catalogue(folder);
        List<String> unparsed = RuleReader.unparsed(RuleSources.files(folder));
        if (!unparsed.isEmpty()) {
            spec.commandLine().getErr().println("knotwise: the catalogue leaves out the rules of " + String.join(", ", unparsed)
                    + ": they do not parse (rules validate says where)");
        }
        String title = "Knotwise rule catalogue" + (folder == null ? " (built-in rules)" : ": " + folder.getFileName());
        Files.createDirectories(output);
        Files.writeString(output.resolve(HTML_FILE), CatalogueHtml.render(c, title), StandardCharsets.UTF_8);
        Files.writeString(output.resolve(MARKDOWN_FILE), CatalogueMarkdown.render(c, title), StandardCharsets.UTF_8);
        Files.writeString(output.resolve(CatalogueSnapshot.FILE),
                c.snapshot(title).withQuestions(DataRow.questions(folder, RuleSources.files(folder))).toJson(), StandardCharsets.UTF_8);
        Files.writeString(output.resolve(RegionTreePage.FILE),
                RegionTreePage.html(c.knowledgeBase(), title + ": regions on the body"), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + output.resolve(HTML_FILE) + ", " + output.resolve(MARKDOWN_FILE) + " and "
                + output.resolve(RegionTreePage.FILE) + " (and " + CatalogueSnapshot.FILE + " for rules diff): "
                + c.rules().size() + " rules, " + c.referrals().size() + " referral rows.");
        out.flush();
        return ExitCodes.OK;
    }
}
