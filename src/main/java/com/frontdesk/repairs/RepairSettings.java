package com.frontdesk.repairs;

import com.frontdesk.core.Validation;
import com.frontdesk.settings.SettingsDocument;
import com.frontdesk.settings.WorkstationSettings.Range;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The repair book's settings (key {@code repairs}): the categories, the vendors a repair can be
 * handed to, and the deadlines per priority. A repair keeps the deadline of its priority as it
 * was at intake: what the desk promised the owner does not change when Settings does.
 */
public record RepairSettings(List<RepairCategory> categories, List<RepairVendor> vendors, RepairDeadline urgent,
                             RepairDeadline high, RepairDeadline normal, RepairDeadline low) {
    public static final Range RESPOND_HOURS = new Range(1, 168);
    public static final Range FIX_HOURS = new Range(1, 2160);
    static final int MAX_CATEGORIES = 50;
    static final int MAX_VENDORS = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    /** The categories of the issue, in Chinese as the desk names them. */
    public static final List<RepairCategory> DEFAULT_CATEGORIES = List.of(
            new RepairCategory("CIVIL", "土建"),
            new RepairCategory("DOORS_WINDOWS", "门窗"),
            new RepairCategory("SCREENS", "纱窗"),
            new RepairCategory("INTERCOM", "可视对讲"),
            new RepairCategory("SECURITY_DOOR", "防盗门"),
            new RepairCategory("ELEVATOR", "电梯"),
            new RepairCategory("HEATING", "暖气"),
            new RepairCategory("PLUMBING", "给排水"),
            new RepairCategory("ELECTRICAL", "电气"),
            new RepairCategory("FIRE", "消防"),
            new RepairCategory("GAS", "燃气"),
            new RepairCategory("PUBLIC_FACILITIES", "公共设施"),
            new RepairCategory("OTHER", "其他"));

    /** Utilities every site has; manufacturers and vendors are the site's own. */
    public static final List<RepairVendor> DEFAULT_VENDORS = List.of(
            new RepairVendor("热力公司", FixerKind.UTILITY, null),
            new RepairVendor("燃气公司", FixerKind.UTILITY, null),
            new RepairVendor("自来水公司", FixerKind.UTILITY, null),
            new RepairVendor("供电公司", FixerKind.UTILITY, null));

    public static final RepairSettings DEFAULTS = new RepairSettings(DEFAULT_CATEGORIES, DEFAULT_VENDORS,
            new RepairDeadline(2, 4), new RepairDeadline(4, 24), new RepairDeadline(24, 72),
            RepairDeadline.BY_AGREEMENT);

    public static final SettingsDocument<RepairSettings> DOCUMENT =
            new SettingsDocument<>("repairs", RepairSettings.class, DEFAULTS, RepairSettings::validate);

    public RepairSettings {
        categories = categories == null ? List.of() : List.copyOf(categories);
        vendors = vendors == null ? List.of() : List.copyOf(vendors);
        urgent = urgent == null ? RepairDeadline.BY_AGREEMENT : urgent;
        high = high == null ? RepairDeadline.BY_AGREEMENT : high;
        normal = normal == null ? RepairDeadline.BY_AGREEMENT : normal;
        low = low == null ? RepairDeadline.BY_AGREEMENT : low;
    }

    public RepairDeadline deadline(RepairPriority priority) {
        return switch (priority) {
            case URGENT -> urgent;
            case HIGH -> high;
            case NORMAL -> normal;
            case LOW -> low;
        };
    }

    public Optional<RepairCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The category's name, or its code when Settings no longer has it. */
    public String categoryName(String code) {
        return category(code).map(RepairCategory::name).orElse(code);
    }

    public Optional<RepairVendor> vendor(String name) {
        return vendors.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public RepairSettings withDeadline(RepairPriority priority, RepairDeadline d) {
        return new RepairSettings(categories, vendors, priority == RepairPriority.URGENT ? d : urgent,
                priority == RepairPriority.HIGH ? d : high, priority == RepairPriority.NORMAL ? d : normal,
                priority == RepairPriority.LOW ? d : low);
    }

    public RepairSettings withCategories(List<RepairCategory> list) {
        return new RepairSettings(list, vendors, urgent, high, normal, low);
    }

    public RepairSettings withVendors(List<RepairVendor> list) {
        return new RepairSettings(categories, list, urgent, high, normal, low);
    }

    void validate() {
        Validation v = new Validation();
        v.check(!categories.isEmpty() && categories.size() <= MAX_CATEGORIES, "repairCategories",
                "repair.settings.categoriesCount", MAX_CATEGORIES);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (RepairCategory c : categories) {
            boolean codeOk = c != null && c.code() != null && CODE.matcher(c.code()).matches();
            boolean nameOk = c != null && c.name() != null && !c.name().isBlank() && c.name().strip().length() <= 20;
            v.check(codeOk, "repairCategories", "repair.settings.categoryCode", c == null ? "" : c.code());
            v.check(nameOk, "repairCategories", "repair.settings.categoryName", c == null ? "" : c.code());
            v.check(!codeOk || codes.add(c.code()), "repairCategories", "repair.settings.categoryTwice",
                    codeOk ? c.code() : "");
            v.check(!nameOk || names.add(c.name().strip()), "repairCategories", "repair.settings.categoryTwice",
                    nameOk ? c.name() : "");
        }
        v.check(vendors.size() <= MAX_VENDORS, "repairVendors", "repair.settings.vendorsCount", MAX_VENDORS);
        Set<String> vendorNames = new HashSet<>();
        for (RepairVendor vendor : vendors) {
            boolean nameOk = vendor != null && vendor.name() != null && !vendor.name().isBlank()
                    && vendor.name().strip().length() <= 40;
            v.check(nameOk, "repairVendors", "repair.settings.vendorName");
            v.check(!nameOk || vendorNames.add(vendor.name().strip()), "repairVendors",
                    "repair.settings.vendorTwice", nameOk ? vendor.name() : "");
            v.check(vendor == null || vendor.kind() != null && vendor.kind() != FixerKind.IN_HOUSE, "repairVendors",
                    "repair.settings.vendorKind", vendor == null ? "" : vendor.name());
            v.check(vendor == null || vendor.phone() == null || vendor.phone().length() <= 30, "repairVendors",
                    "validation.tooLong", 30);
        }
        checkDeadline(v, "deadlineUrgent", urgent);
        checkDeadline(v, "deadlineHigh", high);
        checkDeadline(v, "deadlineNormal", normal);
        checkDeadline(v, "deadlineLow", low);
        v.throwIfAny();
    }

    private static void checkDeadline(Validation v, String field, RepairDeadline d) {
        Integer respond = d.respondHours();
        Integer fix = d.fixHours();
        v.check(respond == null || respond >= RESPOND_HOURS.min() && respond <= RESPOND_HOURS.max(), field,
                "validation.range", RESPOND_HOURS.min(), RESPOND_HOURS.max());
        v.check(fix == null || fix >= FIX_HOURS.min() && fix <= FIX_HOURS.max(), field,
                "validation.range", FIX_HOURS.min(), FIX_HOURS.max());
        v.check(respond == null || fix == null || respond <= fix, field, "repair.settings.respondAfterFix");
    }
}
