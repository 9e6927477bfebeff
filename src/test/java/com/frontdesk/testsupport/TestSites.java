package com.frontdesk.testsupport;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.NewStaff;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.SiteForm;
import com.frontdesk.accounts.SiteKind;
import com.frontdesk.accounts.StaffMember;

/** A set-up site with one administrator, for tests that start after the wizard. */
public final class TestSites {
    public static final String ADMIN_NO = "A001";
    public static final String ADMIN_PASSWORD = "admin1234";

    private TestSites() {
    }

    public static Session setUp(Workstation ws) {
        ws.sites().setUp(new SiteForm("CHG", "翠湖花园", "Asia/Shanghai", SiteKind.RESIDENTIAL),
                new NewStaff(ADMIN_NO, "王管理", Role.ADMINISTRATOR, "13800001111", ADMIN_PASSWORD.toCharArray()));
        return ws.accounts().authenticate(ADMIN_NO, ADMIN_PASSWORD.toCharArray(),
                com.frontdesk.accounts.AccountService.Purpose.LOGIN);
    }

    public static StaffMember addStaff(Workstation ws, Session admin, String no, String name, Role role, String password) {
        return ws.accounts().addStaff(admin, new NewStaff(no, name, role, "13900002222", password.toCharArray()));
    }
}
