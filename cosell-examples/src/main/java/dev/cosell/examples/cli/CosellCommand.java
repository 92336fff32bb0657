package dev.cosell.examples.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cosell} command-line tool: {@code cosell evaluate FILE...} and the subcommands listed below.
 *
 * <p>Each subcommand is a class of its own in this package, listed in {@code subcommands}; it reports through
 * {@code spec.commandLine().getOut()/getErr()} and returns an exit code from {@link ExitCodes}. Errors the user
 * can fix are one-line messages, never stack traces.
 *
 * <p>A usage error (an unknown option, a missing file name) is one line and a hint to {@code --help}, so the
 * line that says what is wrong stays on the screen. A failed write to standard output (a full device, a closed
 * pipe) turns any exit code below 2 into 2 with a message. {@code cosell generate-completion} prints picocli's
 * completion script for bash and zsh.
 *
 * <p>Run {@link #main(String[])}, or {@link #execute(PrintWriter, PrintWriter, String...)} in-process.
 */
@Command(name = "cosell", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Where each Microsoft commercial-marketplace offer stands in the co-sell program, and why.",
        subcommands = {EvaluateCommand.class, RevisionsCommand.class, CompareCommand.class, TimelineCommand.class,
                ValidateCommand.class, TestCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success",
                "1:some records were invalid (each is reported; the others were evaluated)",
                "2:usage error, unreadable input, unwritable output, or rules that fail",
                "70:a defect of cosell itself (please report it)"})
public final class CosellCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage, and a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("cosell: name a command, e.g. cosell evaluate FILE...");
        err.println(hint(spec.commandLine()));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * {@return a command line for {@code cosell} writing to the given streams, with cosell's error handling}
     *
     * @param out where the command's results go
     * @param err where usage errors and warnings go
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CosellCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A path the platform cannot name (a NUL in it) is a usage error that names the argument, not the
        // exception java.nio raised.
        commandLine.registerConverter(Path.class, CosellCommand::path);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter usage = e.getCommandLine().getErr();
            usage.println("cosell: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                List<String> suggestions = unmatched.getSuggestions();
                if (!suggestions.isEmpty()) {
                    usage.println("Did you mean: " + String.join(" or ", suggestions) + "?");
                }
            }
            usage.println(hint(e.getCommandLine()));
            usage.flush();
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            // Reached only by a defect: every error a user can cause is handled where it happens.
            cmd.getErr().println("cosell: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it with the command and input that caused it");
            cmd.getErr().flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a path: " + e.getReason());
        }
    }

    /** The line after a usage error: where to read how the command is used. */
    private static String hint(CommandLine commandLine) {
        return "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.";
    }

    /**
     * Runs {@code cosell} with the given arguments in-process and returns its exit code; if writing to
     * {@code out} failed, the code is at least {@link ExitCodes#USAGE}, with a message on {@code err}.
     *
     * @param out  where the command's results go
     * @param err  where usage errors and warnings go
     * @param args the command line, without the program name
     * @return the exit code, as {@link ExitCodes} lists them
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(out, err).execute(args);
        if (out.checkError() && code < ExitCodes.USAGE) {
            err.println("cosell: cannot write to standard output (a full device, or a closed pipe)");
            code = ExitCodes.USAGE;
        }
        err.flush();
        return code;
    }

    /**
     * Runs {@code cosell} and exits with its exit code. Output is UTF-8.
     *
     * <p>Rules are code: a rule of a folder given with {@code --rules} may end the JVM with {@code System.exit}.
     * The JVM cannot refuse that, but it lets the exit code be set on the way out: if anything but cosell
     * itself, or a signal, ends the JVM before the run is complete, cosell says so on standard error and exits
     * with {@link ExitCodes#USAGE} (rules that fail), whatever code the rule chose. {@code Runtime.halt} and
     * {@code SIGKILL} skip this, as they skip every shutdown hook.
     *
     * @param args the command line, without the program name
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> endedEarly(finished, err), "cosell-exit-code"));
        int code = execute(out, err, args);
        finished.set(true);
        System.exit(code);
    }

    /**
     * On the JVM's way out: unless cosell finished its run, or a signal (Ctrl-C, {@code kill}) ends the JVM, which
     * keeps the code the signal gives, something the run executed (a rule calling {@code System.exit}) ended it:
     * say so, and exit with {@link ExitCodes#USAGE} instead of the code it chose.
     */
    private static void endedEarly(AtomicBoolean finished, PrintWriter err) {
        if (finished.get() || endedBySignal()) {
            return;
        }
        err.println();
        err.println("cosell: the run was ended before it was complete: code it executed (a rule of the --rules "
                + "folder) called System.exit; the report is incomplete");
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.USAGE);
    }

    /** Whether a signal handler is ending the JVM (the JVM's terminator is on some thread's stack). */
    private static boolean endedBySignal() {
        return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getClassName().startsWith("java.lang.Terminator"));
    }
}
