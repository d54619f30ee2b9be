package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tutorial's expected output cannot go stale: this runs docs/TUTORIAL.md, every {@code bash} block in order
 * in a fresh folder, and checks what the page says they print: each {@code text} block after a {@code bash} block
 * (its lines in order among what the commands printed, {@code …} standing for anything), and each count quoted
 * in the words after it ({@code `654 passed, 0 failed`}, {@code `0 errors, 1 warning`}). The commands run in this
 * JVM, as a small shell that knows the forms the tutorial uses: {@code ./knotwise}, {@code cat} with a here
 * document, {@code echo}, {@code sed -i} with {@code s///}, {@code d} and address ranges, {@code ;} and {@code |}.
 * A command it does not know fails the test: keep the tutorial to these. {@code rules mutate} is only parsed (it
 * takes minutes; {@code MutationScoreTest} checks the score the tutorial quotes).
 */
class TutorialIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    private static final Pattern CLAIM = Pattern.compile("`(\\d+ passed, \\d+ failed|\\d+ errors?, \\d+ warnings?)`");

    @TempDir
    Path dir;

    private final List<String> printed = new ArrayList<>();
    private int lastExit;

    @Test
    void everyCommandPrintsWhatTheTutorialShows() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/TUTORIAL.md"));
        boolean ranAny = false;
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                if (ranAny) {
                    checked += claims(lines.get(i), i + 1);
                }
                continue;
            }
            List<String> block = new ArrayList<>();
            int start = i + 1;
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                block.add(lines.get(i));
            }
            if (fence.group(1).equals("bash")) {
                printed.clear();
                run(block, start);
                ranAny = true;
            } else if (fence.group(1).equals("text") && ranAny) {
                expectPrinted(block, start);
                checked++;
            }
        }
        assertThat(checked).as("outputs the tutorial shows and this test checked").isGreaterThanOrEqualTo(6);
    }

    /** Each count quoted in a line of words, among what the last commands printed; how many there were. */
    private int claims(String line, int lineNumber) {
        Matcher m = CLAIM.matcher(line);
        int n = 0;
        while (m.find()) {
            String claim = m.group(1);
            assertThat(printed).as("TUTORIAL.md:%d quotes `%s`; the commands before it printed:%n%s", lineNumber, claim,
                    String.join("\n", printed)).anyMatch(p -> p.contains(claim));
            n++;
        }
        return n;
    }

    /** The block's lines, in order, among the printed ones; "…" stands for anything within a line. */
    private void expectPrinted(List<String> block, int lineNumber) {
        int from = 0;
        for (String expected : block) {
            if (expected.isBlank()) {
                continue;
            }
            Pattern p = Pattern.compile(String.join(".*", Stream.of(expected.strip().split("…", -1)).map(Pattern::quote).toList()));
            int found = -1;
            for (int j = from; j < printed.size() && found < 0; j++) {
                if (p.matcher(printed.get(j).strip()).matches()) {
                    found = j;
                }
            }
            assertThat(found).as("TUTORIAL.md:%d shows%n  %s%nbut the commands before it printed:%n%s", lineNumber, expected,
                    String.join("\n", printed)).isNotNegative();
            from = found + 1;
        }
    }

    // ---- a small shell: the forms the tutorial uses ------------------------------------------------------

    private void run(List<String> block, int lineNumber) throws IOException {
        for (int i = 0; i < block.size(); i++) {
            StringBuilder logical = new StringBuilder(block.get(i));
            while (logical.toString().endsWith("\\") && i + 1 < block.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(' ').append(block.get(++i).strip());
            }
            String line = logical.toString().strip();
            String heredoc = null;
            Matcher here = Pattern.compile("<<'(\\w+)'$").matcher(line);
            if (here.find()) {
                StringBuilder body = new StringBuilder();
                for (i++; i < block.size() && !block.get(i).equals(here.group(1)); i++) {
                    body.append(block.get(i)).append('\n');
                }
                heredoc = body.toString();
                line = line.substring(0, here.start()).strip();
            }
            if (!line.isEmpty()) {
                for (String command : split(line, ";")) {
                    pipeline(command.strip(), heredoc, lineNumber + i);
                }
            }
        }
    }

    private void pipeline(String command, String heredoc, int lineNumber) throws IOException {
        List<String> stages = split(command, "|");
        String stdin = heredoc;
        if (stages.size() == 2) {
            List<String> echo = words(stages.get(0));
            assertThat(echo.get(0)).as("TUTORIAL.md:%d: only echo pipes into a command", lineNumber).isEqualTo("echo");
            stdin = echo.get(1) + "\n";
        }
        one(words(stages.get(stages.size() - 1).strip()), stdin, lineNumber);
    }

    private void one(List<String> w, String stdin, int lineNumber) throws IOException {
        switch (w.get(0)) {
            case "./knotwise" -> knotwise(w.subList(1, w.size()), stdin);
            case "cat" -> {
                assertThat(w).as("TUTORIAL.md:%d: cat > FILE or cat >> FILE with a here document", lineNumber).hasSize(3);
                write(file(w.get(2)), stdin, w.get(1).equals(">>"));
            }
            case "echo" -> {
                if (w.size() == 2) {
                    printed.add(w.get(1).replace("$?", String.valueOf(lastExit)));
                } else {
                    assertThat(w.get(2)).as("TUTORIAL.md:%d: echo TEXT >> FILE", lineNumber).isEqualTo(">>");
                    write(file(w.get(3)), w.get(1) + "\n", true);
                }
            }
            case "sed" -> sed(w.subList(1, w.size()), lineNumber);
            default -> throw new AssertionError("TUTORIAL.md:" + lineNumber + ": TutorialIT cannot run '" + w.get(0)
                    + "': keep the tutorial to the commands it knows, or teach it this one");
        }
    }

    private void knotwise(List<String> args, String stdin) {
        List<String> absolute = args.stream().map(this::absolute).toList();
        if (args.size() > 1 && args.get(0).equals("rules") && args.get(1).equals("mutate")) {
            // minutes of work: only check that the command line is one the program accepts
            CommandLine cli = org.knotwise.cli.KnotwiseCommand.commandLine(new ByteArrayInputStream(new byte[0]));
            cli.parseArgs(absolute.toArray(String[]::new));
            return;
        }
        CliProcess.Result r = Cli.run(stdin, absolute.toArray(String[]::new));
        lastExit = r.exitCode();
        for (String text : List.of(r.stdout(), r.stderr())) {
            text.lines().map(this::relative).forEach(printed::add);
        }
    }

    /** sed -i with s/FROM/TO/, d, an address /RE/ or /RE/,/RE/ or $; every edit must change something. */
    private void sed(List<String> args, int lineNumber) throws IOException {
        assertThat(args.get(0)).as("TUTORIAL.md:%d: sed -i", lineNumber).isEqualTo("-i");
        List<String> scripts = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (args.get(i).equals("-e")) {
                scripts.add(args.get(++i));
            } else if (scripts.isEmpty() && files.isEmpty() && i == 1) {
                scripts.add(args.get(i));
            } else {
                files.addAll(glob(args.get(i)));
            }
        }
        assertThat(files).as("TUTORIAL.md:%d: the files sed edits", lineNumber).isNotEmpty();
        for (String script : scripts) {
            boolean changed = false;
            for (Path f : files) {
                List<String> before = Files.readAllLines(f);
                List<String> after = Sed.apply(script, before);
                if (!after.equals(before)) {
                    Files.write(f, after);
                    changed = true;
                }
            }
            assertThat(changed).as("TUTORIAL.md:%d: sed '%s' changed nothing in %s (does the tutorial still match the rules?)",
                    lineNumber, script, files).isTrue();
        }
    }

    /** The few sed scripts the tutorial uses. */
    private static final class Sed {
        private static final Pattern SCRIPT = Pattern.compile("^(?:(\\$)|/(.+?)/(?:,/(.+?)/)?)?\\s*(d|s/(.*?)/(.*?)/)$");

        static List<String> apply(String script, List<String> lines) {
            Matcher m = SCRIPT.matcher(script);
            if (!m.matches()) {
                throw new AssertionError("TutorialIT's sed cannot run '" + script + "'");
            }
            List<String> out = new ArrayList<>();
            boolean inRange = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean selected;
                if (m.group(1) != null) {
                    selected = i == lines.size() - 1;
                } else if (m.group(2) == null) {
                    selected = true;
                } else if (m.group(3) == null) {
                    selected = Pattern.compile(m.group(2)).matcher(line).find();
                } else {
                    if (!inRange && Pattern.compile(m.group(2)).matcher(line).find()) {
                        inRange = true;
                    }
                    selected = inRange;
                    if (inRange && Pattern.compile(m.group(3)).matcher(line).find() && !Pattern.compile(m.group(2)).matcher(line).find()) {
                        inRange = false;
                    }
                }
                if (!selected) {
                    out.add(line);
                } else if (!m.group(4).equals("d")) {
                    out.add(line.replaceFirst(m.group(5), Matcher.quoteReplacement(m.group(6))));
                }
            }
            return out;
        }
    }

    private void write(Path file, String text, boolean append) throws IOException {
        Files.createDirectories(file.getParent());
        String before = append && Files.exists(file) ? Files.readString(file) : "";
        Files.writeString(file, before + text, StandardCharsets.UTF_8);
    }

    /** A path the tutorial names from the Knotwise folder: its examples are the repository's, the rest made here. */
    private Path file(String relative) {
        return relative.startsWith("examples/") ? ROOT.resolve(relative) : dir.resolve(relative);
    }

    private List<Path> glob(String pattern) throws IOException {
        if (!pattern.contains("*")) {
            return List.of(file(pattern));
        }
        Path folder = file(pattern.substring(0, pattern.lastIndexOf('/')));
        var matcher = folder.getFileSystem().getPathMatcher("glob:" + pattern.substring(pattern.lastIndexOf('/') + 1));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> matcher.matches(f.getFileName())).sorted().toList();
        }
    }

    private String absolute(String arg) {
        return arg.startsWith("my-rules") || arg.startsWith("examples/") ? file(arg).toString() : arg;
    }

    private String relative(String printedLine) {
        return printedLine.replace(dir + "/", "").replace(ROOT + "/", "");
    }

    /** The words of a command: quotes keep spaces, single quotes keep everything. */
    private static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'' || c == '"') {
                int close = command.indexOf(c, i + 1);
                w.append(command, i + 1, close);
                i = close;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }

    /** A command line split at a separator outside quotes. */
    private static List<String> split(String line, String separator) {
        List<String> out = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (line.startsWith(separator, i)) {
                out.add(line.substring(start, i));
                start = i + separator.length();
            }
        }
        out.add(line.substring(start));
        return out;
    }
}
