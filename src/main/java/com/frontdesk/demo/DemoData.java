package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.NewStaff;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.Site;
import com.frontdesk.accounts.SiteForm;
import com.frontdesk.accounts.SiteKind;
import com.frontdesk.complaints.ComplaintBulkLoader;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.directory.ImportResult;
import com.frontdesk.handover.HandoverBulkLoader;
import com.frontdesk.parcels.ParcelBulkLoader;
import com.frontdesk.repairs.RepairBulkLoader;
import com.frontdesk.settings.SiteSecrets;
import com.frontdesk.visitors.VisitorBulkLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo site with staff of every role and a unit directory, made through the same services as
 * real data, 90 days of visitors, 90 days of the parcel room (parcels, deposited items, lost
 * property), a year of repairs, a year of complaints and 90 days of signed handovers. Later modules
 * add their own records here.
 *
 * <p>The visits, the parcel room's records, the repairs and the complaints are generated, not
 * history anybody made: they are stored in bulk by {@link VisitorBulkLoader}, {@link ParcelBulkLoader},
 * {@link RepairBulkLoader}, {@link ComplaintBulkLoader} and {@link HandoverBulkLoader}, without audit or outbox entries (the site, staff, directory, passes,
 * shelves and the repair firms in Settings do go through the services and their write helper).
 */
public final class DemoData {
    /** A demo sign-in, printed for the newcomer. */
    public record Account(String employeeNo, String name, Role role, String password) {
    }

    /**
     * @param visits  the generated visits; null when only the site was made ({@link #createSite()})
     * @param parcels the generated parcels, deposits and lost property; null likewise
     * @param repairs the generated repairs with their timelines and call-backs; null likewise
     * @param complaints the generated complaints, praise and suggestions with their timelines; null likewise
     * @param handovers the generated, countersigned handovers of every desk and shift; null likewise
     */
    public record Result(Site site, List<Account> accounts, ImportResult directory, VisitorBulkLoader.Summary visits,
                         ParcelBulkLoader.Summary parcels, RepairBulkLoader.Summary repairs,
                         ComplaintBulkLoader.Summary complaints, HandoverBulkLoader.Summary handovers) {
    }

    static final List<Account> STAFF = List.of(
            new Account("A001", "王建国", Role.ADMINISTRATOR, "admin2026"),
            new Account("L001", "李秀英", Role.SHIFT_LEAD, "lead2026"),
            new Account("R001", "张丽", Role.RECEPTIONIST, "desk2026"),
            new Account("R002", "陈静", Role.RECEPTIONIST, "desk2026"),
            new Account("K001", "刘洋", Role.AGENT, "agent2026"));

    /** The lobby's temporary passes (临时出入证) P01…P20. */
    private static final int DEMO_PASSES = 20;
    /** Days of visits before today; today is added up to the clock's now. */
    public static final int DEMO_VISIT_DAYS = 90;
    /** Days of parcels, deposits and lost property before today; today is added up to the clock's now. */
    public static final int DEMO_PARCEL_DAYS = 90;
    /** Days of repairs before today, a year for the monthly figures; today is added up to the clock's now. */
    public static final int DEMO_REPAIR_DAYS = 365;
    /** Days of complaints before today, a year for the monthly figures; today is added up to the clock's now. */
    public static final int DEMO_COMPLAINT_DAYS = 365;
    /** Days of handovers before today; today is added up to the clock's now. */
    public static final int DEMO_HANDOVER_DAYS = 90;

    private static final String[] PHONES = {"13801012345", "13911023456", "13621034567", "15001045678", "18611056789"};

    private final Workstation ws;

    public DemoData(Workstation ws) {
        this.ws = ws;
    }

    /** Only into an empty data folder: demo records must never mix with a real site's. */
    public Result create() {
        Result made = createSite();
        Session admin = signIn(STAFF.get(0));
        VisitorBulkLoader.Summary visits = new VisitorBulkLoader(ws.store(), new SiteSecrets(ws.store()).visitorIdSalt())
                .loadDemo(admin.actor(), DEMO_VISIT_DAYS, VisitorBulkLoader.DEMO_SEED);
        ParcelBulkLoader.Summary parcels = new DemoParcels(ws).create(admin, DEMO_PARCEL_DAYS);
        RepairBulkLoader.Summary repairs = new DemoRepairs(ws).create(admin, DEMO_REPAIR_DAYS);
        ComplaintBulkLoader.Summary complaints = new DemoComplaints(ws).create(admin, DEMO_COMPLAINT_DAYS);
        HandoverBulkLoader.Summary handovers = new DemoHandovers(ws).create(admin, DEMO_HANDOVER_DAYS);
        return new Result(made.site(), made.accounts(), made.directory(), visits, parcels, repairs, complaints,
                handovers);
    }

    /**
     * The site, its staff, the directory and the pass pool without any visits: the benchmark
     * starts here and generates its own. Only into an empty data folder.
     */
    public Result createSite() {
        if (ws.sites().site().isPresent()) {
            throw new UserFacingException("cli.demoExists", ws.dataDirectory().root().toString());
        }
        Account admin = STAFF.get(0);
        Site site = ws.sites().setUp(new SiteForm("CHG", "翠湖花园", "Asia/Shanghai", SiteKind.RESIDENTIAL),
                new NewStaff(admin.employeeNo(), admin.name(), admin.role(), PHONES[0], admin.password().toCharArray()));
        Session session = signIn(admin);
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
        return new Result(site, List.copyOf(created), directory, null, null, null, null, null);
    }

    /** Signs a demo account in, as the desk would. */
    Session signIn(Account account) {
        return ws.accounts().authenticate(account.employeeNo(), account.password().toCharArray(),
                AccountService.Purpose.LOGIN);
    }
}
