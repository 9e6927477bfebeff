package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.Workstation;
import com.frontdesk.complaints.ComplaintBulkLoader;
import com.frontdesk.core.Messages;
import com.frontdesk.demo.DemoData;
import com.frontdesk.handover.HandoverBulkLoader;
import com.frontdesk.parcels.ParcelBulkLoader;
import com.frontdesk.repairs.RepairBulkLoader;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Fills an empty data folder with a realistic demo site and prints the demo sign-ins and what it holds. */
@Command(name = "demo-data", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Create a demo site in an empty data folder: staff of every role, the unit directory,"
                + " 90 days of visitors, parcels, deposited items and lost property, a year of repairs and"
                + " of complaints, and 90 days of signed handovers.")
public final class DemoDataCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Override
    public Integer call() {
        Messages messages = Messages.forSystem();
        try (Workstation ws = Workstation.open(parent.dataDir().resolve(), Clock.systemUTC())) {
            DemoData.Result result = new DemoData(ws).create();
            System.out.println(messages.get("cli.demoCreated", result.site().name(), ws.dataDirectory().root().toString()));
            for (DemoData.Account account : result.accounts()) {
                // Tabs, not padding: Chinese names are twice as wide as their character count.
                System.out.printf("  %s\t%s\t%s\t%s%n", account.employeeNo(), account.name(),
                        account.password(), messages.get(account.role().messageKey()));
            }
            System.out.println(messages.get("cli.demoDirectory", result.directory().roomsCreated(),
                    result.directory().occupantsCreated()));
            System.out.println(messages.get("cli.demoVisits", result.visits().visits(), result.visits().firstDay(),
                    result.visits().lastDay(), result.visits().onSite(), result.visits().waiting()));
            ParcelBulkLoader.Summary parcels = result.parcels();
            System.out.println(messages.get("cli.demoParcels", parcels.parcels(), parcels.firstDay(),
                    parcels.lastDay(), ws.parcels().countHeld(), ws.parcels().countOverdue(), parcels.deposits(),
                    ws.deposits().countHeld(), parcels.lostItems(), ws.lostProperty().countHeld(),
                    ws.lostProperty().countDueForDisposal()));
            RepairBulkLoader.Summary repairs = result.repairs();
            System.out.println(messages.get("cli.demoRepairs", repairs.repairs(), repairs.firstDay(),
                    repairs.lastDay(), ws.repairLists().countOpen(), ws.repairLists().countOverdue(),
                    repairs.waitingForVendor(), repairs.closed(), repairs.cancelled(), repairs.callBacks(),
                    repairs.escalated()));
            ComplaintBulkLoader.Summary complaints = result.complaints();
            System.out.println(messages.get("cli.demoComplaints", complaints.complaints(), complaints.firstDay(),
                    complaints.lastDay(), complaints.feedback(), ws.complaintLists().countOpen(),
                    ws.complaintLists().countOverdue(), ws.complaintLists().countEscalationsWaiting(),
                    complaints.closed(), complaints.reopened(), complaints.callBacks()));
            HandoverBulkLoader.Summary handovers = result.handovers();
            System.out.println(messages.get("cli.demoHandovers", handovers.handovers(), handovers.firstDay(),
                    handovers.lastDay(), handovers.desks(), handovers.withDifferences(), handovers.refused(),
                    handovers.notes(), handovers.openNotes()));
        }
        return 0;
    }
}
