package org.knotwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code knotwise} command: assess one case, run a batch, work on the rules. */
@Command(name = "knotwise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Self-massage advice for muscle knots (myofascial trigger points), from rules.",
                "Self-help advice drawn from one article, not a medical diagnosis."},
        footer = {"",
                "Exit codes: 0 done; 1 a case had an error or the rules did not load;",
                "            2 wrong usage; 3 a file could not be read or written; 130 interrupted."})
public final class KnotwiseCommand implements Runnable {

    /**
     * The subcommands, in the order the usage lists them. Registered here rather than in the annotation
     * so that a run naming one of them builds that one's model alone (see {@link #commandLine(InputStream, String)}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            AssessCommand.class,
            BatchCommand.class,
            GenerateCommand.class,
            ReportCommand.class,
            ConsultCommand.class,
            org.knotwise.cli.rules.RulesCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * The HTTP service's commands: the launcher runs them from the service's own jar (Jetty, JDBC), so they
     * are not subcommands here, but the usage lists them with the rest. Their words are the service's own.
     */
    static final Map<String, String> SERVICE_COMMANDS = serviceCommands();
    static final String SERVICE_COMMANDS_HEADING =
            "Service commands (the HTTP service, run from its own jar):%n";
    private static final String SERVICE_COMMAND_LIST = "serviceCommandList";

    private static Map<String, String> serviceCommands() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("serve", "Serve CDS Hooks 2.0 and the plain JSON API over HTTP, reloading the rules when they change.");
        m.put("feedback", "Read what the service stored: CDS Hooks feedback and the cases served (--log-cases).");
        return m;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What "-" reads; every command reaches it through {@link Io#open}. */
    private final InputStream stdin;

    public KnotwiseCommand() {
        this(System.in);
    }

    KnotwiseCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    /** The logger level that --verbose sets; quiet by default (simplelogger.properties), stdout is for results. */
    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Also show the rule engine's own log lines (Drools) on standard error.")
    void verbose(boolean on) {
        // Read once, when the first logger is made: that is after the command line is parsed.
        if (on) {
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (args.length > 0 && SERVICE_COMMANDS.containsKey(args[0])) { // the jar run without the launcher
            System.err.println("knotwise: " + args[0] + " runs from the service's jar: ./knotwise " + args[0]
                    + " builds and starts it (java -jar service/target/knotwise-service.jar " + args[0] + ")");
            System.exit(ExitCodes.USAGE);
        }
        CommandLine cli = commandLine(System.in, args.length == 0 ? null : args[0]);
        // Standard output that reports a failed write (a full disk, a closed pipe) instead of hiding it.
        cli.setOut(new CheckedPrintWriter(new FileOutputStream(FileDescriptor.out)));
        int exit = cli.execute(args);
        cli.getErr().flush();
        System.exit(exit);
    }

    /**
     * The command line reading {@code stdin} for "-", with the error handler: tests set its out and
     * err with {@link CommandLine#setOut(PrintWriter)} and {@link CommandLine#setErr(PrintWriter)}.
     */
    public static CommandLine commandLine(InputStream stdin) {
        return commandLine(stdin, null);
    }

    /**
     * As {@link #commandLine(InputStream)}; when {@code firstArg} names a subcommand (other than
     * {@code help}, which needs them all), only that one is registered. picocli reads every registered
     * command's annotations up front: for {@code assess}, building all of them was a tenth of a
     * one-case run. Usage and errors of the named subcommand read the same either way.
     */
    static CommandLine commandLine(InputStream stdin, String firstArg) {
        Class<?> only = firstArg == null || firstArg.equals("help") ? null
                : SUBCOMMANDS.stream().filter(c -> names(c).contains(firstArg)).findFirst().orElse(null);
        CommandLine cli = new CommandLine(new KnotwiseCommand(stdin));
        for (Class<?> sub : SUBCOMMANDS) {
            if (only == null || sub == only) {
                cli.addSubcommand(sub);
            }
        }
        listServiceCommands(cli);
        return cli.setExecutionExceptionHandler(new ErrorHandler());
    }

    /** Adds the service's commands to the usage, after the command list and in its layout. */
    private static void listServiceCommands(CommandLine cli) {
        cli.getHelpSectionMap().put(SERVICE_COMMAND_LIST, help -> {
            Map<String, CommandLine.Help> commands = new LinkedHashMap<>();
            SERVICE_COMMANDS.forEach((name, description) -> {
                CommandLine.Model.CommandSpec stub = CommandLine.Model.CommandSpec.create().name(name);
                stub.usageMessage().description(description);
                commands.put(name, new CommandLine.Help(stub, help.colorScheme()));
            });
            return help.createHeading(SERVICE_COMMANDS_HEADING) + help.commandList(commands);
        });
        List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, SERVICE_COMMAND_LIST);
        cli.setHelpSectionKeys(keys);
    }

    /** A subcommand's name and aliases, from its annotation (no model built). */
    private static List<String> names(Class<?> subcommand) {
        Command c = subcommand.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }
}
