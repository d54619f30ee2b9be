package org.knotwise.cli;

import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.session.RunawayRulesException;
import org.knotwise.kb.Problem;
import org.knotwise.kb.KnowledgeBaseException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns failures into one clear message on stderr and the documented exit code, not a stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof RuleBaseException rbe) {
            err.println("knotwise: the rules did not load, nothing was assessed:");
            rbe.problems().stream().filter(Problem::isError).forEach(p -> err.println("  " + p));
            return ExitCodes.FAILED;
        }
        if (e instanceof RunawayRulesException runaway) {
            err.println("knotwise: " + runaway.getMessage());
            return ExitCodes.FAILED;
        }
        if (e instanceof KnowledgeBaseException kbe) {
            err.println("knotwise: the knowledge base did not load, nothing was assessed:");
            kbe.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.FAILED;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("knotwise: " + e.getMessage());
            return ExitCodes.IO;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("knotwise: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("knotwise: unexpected failure: " + e);
        e.printStackTrace(err);
        return ExitCodes.FAILED;
    }
}
