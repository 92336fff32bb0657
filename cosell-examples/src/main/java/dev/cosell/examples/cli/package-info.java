/**
 * The {@code cosell} command-line tool ({@link dev.cosell.examples.cli.CosellCommand}): evaluates submission files
 * and reports as text, JSON lines, CSV or HTML, with the exit codes of {@link dev.cosell.examples.cli.ExitCodes}.
 */
package dev.cosell.examples.cli;
