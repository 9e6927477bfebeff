package com.frontdesk.testsupport;

import com.frontdesk.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line as {@code Launcher.main} runs it, and what it printed: picocli's
 * out and err writers, and System.out, where most commands print their results.
 */
public record CommandLineRun(int exitCode, String out, String err, String stdout) {

    /** Runs {@code Launcher.commandLine()} with the arguments; System.out is captured and put back. */
    public static CommandLineRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        int code;
        try (PrintStream capture = new PrintStream(stdout, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            code = Launcher.commandLine()
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
        } finally {
            System.setOut(originalOut);
        }
        return new CommandLineRun(code, out.toString(), err.toString(), stdout.toString(StandardCharsets.UTF_8));
    }

    /** Both outputs, for a text that may come through picocli's writer or System.out. */
    public String allOut() {
        return out + stdout;
    }
}
