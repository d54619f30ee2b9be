package org.knotwise.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged knotwise jar as a separate process, as a user would. */
final class CliProcess {

    record Result(int exitCode, String stdout, String stderr) {
        List<String> stdoutLines() {
            return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n", -1)).subList(0, stdout.split("\n", -1).length - (stdout.endsWith("\n") ? 1 : 0));
        }
    }

    static Path jar() {
        String jar = System.getProperty("knotwise.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("the packaged jar is missing (knotwise.jar=" + jar + "): run mvn verify");
        }
        return Path.of(jar);
    }

    static Result run(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = command(args);
        Path out = Files.createTempFile("knotwise-out", ".txt");
        Path err = Files.createTempFile("knotwise-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("knotwise did not finish in 600 s: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static List<String> command(String... args) {
        // As the launcher does: big batches want the full JIT, one-off commands a quick start.
        boolean batch = args.length > 0 && ("batch".equals(args[0]) || "generate".equals(args[0]));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the launcher's batch heap too, so the tests run a batch in the memory it will have
        command.addAll(batch ? List.of("-XX:+UseSerialGC", "-Xmx120m", "-Xmn80m") : List.of("-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts knotwise without waiting, its input from a file and its output to files, so that a test
     * can watch the output grow and interrupt it.
     */
    static Process start(Path workDir, Path stdin, Path stdout, Path stderr, String... args) throws IOException {
        return new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectInput(stdin.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** Runs knotwise with its standard output going to a file (or a device such as /dev/full). */
    static int runTo(Path workDir, Path stdout, Path stderr, String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        return waitFor(p);
    }

    static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("knotwise did not finish in 600 s");
        }
        return p.exitValue();
    }

    /** What Ctrl-C sends: SIGINT (Process.destroy sends SIGTERM). */
    static void interrupt(Process p) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -INT " + p.pid() + " failed");
        }
    }

    private CliProcess() {
    }
}
