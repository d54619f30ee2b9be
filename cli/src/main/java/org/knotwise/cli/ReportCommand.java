package org.knotwise.cli;

import org.knotwise.workbench.bodymap.PageWords;
import org.knotwise.workbench.report.ReportHtml;
import org.knotwise.workbench.report.ReportMarkdown;
import org.knotwise.workbench.report.Summary;
import org.knotwise.workbench.report.SummaryReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code knotwise report OUTPUT.jsonl [--input CASES.jsonl] --output report.html}: a batch summed up on one page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Sum up a batch's output on one page.",
                "Cases, errors by code (with the first line numbers), self-care vs professional vs red flag, urgency, top sites and the pain they relate to,",
                "cautions, corrections, failure reasons, confidence. With --input (the JSON Lines file the",
                "batch read), the same by pain region and by severity. Streams: memory stays flat.",
                "HTML is one self-contained page (inline SVG charts, nothing fetched); Markdown for text."})
final class ReportCommand implements Callable<Integer> {

    enum Format { html, md }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "OUTPUT.jsonl|-", description = "What `knotwise batch` wrote; - reads standard input.")
    String batchOutput;

    @Option(names = {"-i", "--input"}, paramLabel = "CASES.jsonl",
            description = "The cases the batch read (JSON Lines), for the breakdowns by pain region and severity.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-", defaultValue = "-",
            description = "Where to write the report (default: standard output). A file appears only when complete.")
    String output;

    @Option(names = "--format", paramLabel = "html|md",
            description = "html or md (default: md when --output ends in .md, else html).")
    Format format;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: names the file).")
    String title;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "The HTML page's headings, notes and table heads in this language (built in: en, es, de;"
                    + " es and de are drafts). Default: English. Codes stay as they are.")
    String lang;

    @Override
    public Integer call() throws IOException {
        if ("-".equals(batchOutput) && "-".equals(input)) {
            throw new IllegalArgumentException("only one of OUTPUT.jsonl and --input can be standard input");
        }
        if (lang != null && !PageWords.builtInLanguages().contains(lang.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("--lang " + lang + ": no messages in that language; available: "
                    + String.join(", ", PageWords.builtInLanguages()));
        }
        PrintWriter err = spec.commandLine().getErr();
        Summary summary;
        try (InputStream out = Io.open(batchOutput, spec, "a .jsonl file"); InputStream in = input == null ? null : Io.open(input, spec, "a .jsonl file")) {
            summary = SummaryReader.read(out, in, problem -> err.println("knotwise: " + problem));
        }
        Format f = format != null ? format : output.endsWith(".md") ? Format.md : Format.html;
        PageWords words = f == Format.md ? PageWords.english() : PageWords.builtIn(lang);
        String heading = title != null ? title : "-".equals(batchOutput) ? words.w("page.summary.title")
                : words.w("page.summary.title-of", "file", Path.of(batchOutput).getFileName().toString());
        String page = f == Format.md ? ReportMarkdown.render(summary, heading) : ReportHtml.render(summary, heading, words);
        if ("-".equals(output)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(page);
            out.flush();
        } else {
            OutputFiles.writeThenRename(Path.of(output), w -> {
                w.write(page);
                return Boolean.TRUE;
            }, done -> done);
            err.println("knotwise: wrote " + output + ": " + summary.lines() + " line(s), " + summary.assessed()
                    + " assessed, " + summary.errorLines() + " error(s)");
        }
        return summary.unreadable() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
