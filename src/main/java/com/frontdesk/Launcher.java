package com.frontdesk;

import com.frontdesk.cli.BackupCommand;
import com.frontdesk.cli.BenchCommand;
import com.frontdesk.cli.DataDirOption;
import com.frontdesk.cli.DemoDataCommand;
import com.frontdesk.cli.ExportCommand;
import com.frontdesk.cli.ImportUnitsCommand;
import com.frontdesk.cli.RestoreCommand;
import com.frontdesk.cli.SelfTestCommand;
import com.frontdesk.cli.VerifyHandoversCommand;
import com.frontdesk.cli.VersionProvider;
import com.frontdesk.core.Messages;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.FrontDeskApp;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The entry point. It does not extend Application, so the jar starts on a plain classpath;
 * without a command it opens the window.
 */
@Command(name = "frontdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "FrontDesk Workstation (前台客服工作台). Without a command it opens the window.",
        subcommands = {DemoDataCommand.class, BackupCommand.class, RestoreCommand.class, ImportUnitsCommand.class,
                BenchCommand.class, VerifyHandoversCommand.class, SelfTestCommand.class,
                ExportCommand.class})
public final class Launcher implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a refusal prints its reason and exits 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Launcher());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof UserFacingException u) {
                commandLine.getErr().println(Messages.forSystem().format(u));
                return 1;
            }
            throw e;
        });
        return cli;
    }

    public DataDirOption dataDir() {
        return data;
    }

    @Override
    public Integer call() {
        String dir = data.resolve().root().toString();
        Application.launch(FrontDeskApp.class, "--" + FrontDeskApp.DATA_DIR_PARAMETER + "=" + dir);
        return 0;
    }
}
