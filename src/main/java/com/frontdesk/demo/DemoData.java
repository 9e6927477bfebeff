package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.NewStaff;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.Site;
import com.frontdesk.accounts.SiteForm;
import com.frontdesk.accounts.SiteKind;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.directory.ImportResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo site with staff of every role and a unit directory, made through the same services as
 * real data. Later modules add their own records here.
 */
public final class DemoData {
    /** A demo sign-in, printed for the newcomer. */
    public record Account(String employeeNo, String name, Role role, String password) {
    }

    public record Result(Site site, List<Account> accounts, ImportResult directory) {
    }

    static final List<Account> STAFF = List.of(
            new Account("A001", "王建国", Role.ADMINISTRATOR, "admin2026"),
            new Account("L001", "李秀英", Role.SHIFT_LEAD, "lead2026"),
            new Account("R001", "张丽", Role.RECEPTIONIST, "desk2026"),
            new Account("R002", "陈静", Role.RECEPTIONIST, "desk2026"),
            new Account("K001", "刘洋", Role.AGENT, "agent2026"));

    /** The lobby's temporary passes (临时出入证) P01…P20. */
    private static final int DEMO_PASSES = 20;

    private static final String[] PHONES = {"13801012345", "13911023456", "13621034567", "15001045678", "18611056789"};

    private final Workstation ws;

    public DemoData(Workstation ws) {
        this.ws = ws;
    }

    /** Only into an empty data folder: demo records must never mix with a real site's. */
    public Result create() {
        if (ws.sites().site().isPresent()) {
            throw new UserFacingException("cli.demoExists", ws.dataDirectory().root().toString());
        }
        Account admin = STAFF.get(0);
        Site site = ws.sites().setUp(new SiteForm("CHG", "翠湖花园", "Asia/Shanghai", SiteKind.RESIDENTIAL),
                new NewStaff(admin.employeeNo(), admin.name(), admin.role(), PHONES[0], admin.password().toCharArray()));
        Session session = ws.accounts().authenticate(admin.employeeNo(), admin.password().toCharArray(),
                AccountService.Purpose.LOGIN);
        List<Account> created = new ArrayList<>(List.of(admin));
        for (int i = 1; i < STAFF.size(); i++) {
            Account a = STAFF.get(i);
            ws.accounts().addStaff(session, new NewStaff(a.employeeNo(), a.name(), a.role(), PHONES[i],
                    a.password().toCharArray()));
            created.add(a);
        }
        ImportResult directory = new DemoDirectory().create(ws.directory(), session);
        for (int pass = 1; pass <= DEMO_PASSES; pass++) {
            ws.visitors().definePass(session, String.format("P%02d", pass), true);
        }
        return new Result(site, List.copyOf(created), directory);
    }
}
