package com.frontdesk.core;

import static com.frontdesk.core.MessagesTest.bundleFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.SiteKind;
import com.frontdesk.complaints.ComplaintAction;
import com.frontdesk.dashboard.DashboardTile;
import com.frontdesk.complaints.ComplaintChannel;
import com.frontdesk.complaints.ComplaintKind;
import com.frontdesk.complaints.ComplaintList;
import com.frontdesk.complaints.ComplaintStatus;
import com.frontdesk.complaints.EscalationReason;
import com.frontdesk.complaints.Mood;
import com.frontdesk.complaints.Nature;
import com.frontdesk.complaints.ResponseMethod;
import com.frontdesk.complaints.Severity;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.Title;
import com.frontdesk.search.SearchKind;
import com.frontdesk.handover.AutoCount;
import com.frontdesk.handover.HandoverFlaw;
import com.frontdesk.handover.HandoverStatus;
import com.frontdesk.handover.ItemCondition;
import com.frontdesk.handover.NotePriority;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.NoticeMethod;
import com.frontdesk.parcels.ParcelSize;
import com.frontdesk.parcels.ParcelStatus;
import com.frontdesk.phrases.PhraseCategory;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.FixerKind;
import com.frontdesk.repairs.HoldReason;
import com.frontdesk.repairs.Payer;
import com.frontdesk.repairs.Rating;
import com.frontdesk.repairs.RepairAction;
import com.frontdesk.repairs.RepairChannel;
import com.frontdesk.repairs.RepairList;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.repairs.RepairStatus;
import com.frontdesk.repairs.ServiceKind;
import com.frontdesk.visitors.IdType;
import com.frontdesk.visitors.JobSize;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.VisitStatus;
import com.frontdesk.ui.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete: the same keys, no empty text, and every key the code uses exists. */
class MessageBundleTest {
    @Test
    void englishAndChineseHoldExactlyTheSameKeys() throws IOException {
        Set<String> english = keys(bundleFile("i18n/messages.properties"));
        Set<String> chinese = keys(bundleFile("i18n/messages_zh_CN.properties"));

        assertThat(english).isNotEmpty();
        assertThat(chinese).as("keys only in English are missing in Chinese, and the other way round")
                .containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[] {"i18n/messages.properties", "i18n/messages_zh_CN.properties"}) {
            Properties p = bundleFile(file);
            assertThat(p.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(p.getProperty(key)).as("%s in %s", key, file).isNotBlank());
        }
    }

    /**
     * A text with placeholders goes through MessageFormat, which takes a lone apostrophe for the
     * start of a quote: "the lead's {0}" would lose the apostrophe and the placeholder. Such texts
     * write it twice.
     */
    @Test
    void aTextWithPlaceholdersDoublesItsApostrophes() throws IOException {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        Pattern placeholder = Pattern.compile("\\{\\d");
        for (String file : new String[] {"i18n/messages.properties", "i18n/messages_zh_CN.properties"}) {
            Properties p = bundleFile(file);
            assertThat(p.stringPropertyNames()).as(file).allSatisfy(key -> {
                String text = p.getProperty(key);
                if (placeholder.matcher(text).find()) {
                    assertThat(loneApostrophe.matcher(text).find()).as("%s in %s: %s", key, file, text).isFalse();
                }
            });
        }
    }

    /**
     * Every string literal in the main code that looks like a key of one of the bundle's families
     * ("error.x", "status.saved", "audit.action.LOGIN", ...) must be a key in both languages. The
     * families are read from the bundle, so a new family is covered as soon as its first key exists.
     */
    @Test
    void everyMessageKeyLiteralTheCodeUsesIsInBothBundles() throws IOException {
        Set<String> prefixes = prefixes();
        assertThat(prefixes).contains("error", "login", "validation", "field", "cli", "status");

        Set<String> used = keyLiteralsIn(MAIN_SOURCES, prefixes);

        assertThat(used).as("the scan must find the keys the code uses")
                .contains("error.accessDenied", "login.wrong", "login.locked", "cli.demoExists", "top.shift");
        assertInBothBundles(used);
    }

    /**
     * A literal ending in a dot ("role." + name()) starts a key built at run time; the scan above
     * cannot see those keys, so each such family needs its own check below.
     */
    @Test
    void everyKeyBuiltAtRunTimeBelongsToAFamilyWithItsOwnCheck() throws IOException {
        Set<String> dynamic = dynamicKeyPrefixesIn(MAIN_SOURCES, prefixes());

        assertThat(dynamic).as("key families built at run time, each checked explicitly in this class")
                .isSubsetOf(CHECKED_DYNAMIC_PREFIXES);
    }

    @Test
    void everyModuleRoleAndSiteKindHasItsName() throws IOException {
        Set<String> used = new TreeSet<>();
        Arrays.stream(Module.values()).map(Module::titleKey).forEach(used::add);
        Arrays.stream(Role.values()).map(Role::messageKey).forEach(used::add);
        Arrays.stream(SiteKind.values()).map(SiteKind::messageKey).forEach(used::add);
        Arrays.stream(OccupantKind.values()).map(OccupantKind::messageKey).forEach(used::add);
        Arrays.stream(Title.values()).map(Title::messageKey).forEach(used::add);
        Arrays.stream(PhraseCategory.values()).map(PhraseCategory::messageKey).forEach(used::add);
        Arrays.stream(SearchKind.values()).map(SearchKind::messageKey).forEach(used::add);
        Arrays.stream(ParcelConsent.values()).map(ParcelConsent::messageKey).forEach(used::add);
        Arrays.stream(Purpose.values()).map(Purpose::messageKey).forEach(used::add);
        Arrays.stream(Carrier.values()).map(Carrier::messageKey).forEach(used::add);
        Arrays.stream(ParcelSize.values()).map(ParcelSize::messageKey).forEach(used::add);
        Arrays.stream(ParcelStatus.values()).map(ParcelStatus::messageKey).forEach(used::add);
        Arrays.stream(NoticeMethod.values()).map(NoticeMethod::messageKey).forEach(used::add);
        Arrays.stream(Verification.values()).map(Verification::messageKey).forEach(used::add);
        Arrays.stream(VisitStatus.values()).map(VisitStatus::messageKey).forEach(used::add);
        Arrays.stream(JobSize.values()).map(JobSize::messageKey).forEach(used::add);
        Arrays.stream(IdType.values()).map(IdType::messageKey).forEach(used::add);
        Arrays.stream(RepairChannel.values()).map(RepairChannel::messageKey).forEach(used::add);
        Arrays.stream(RepairPriority.values()).map(RepairPriority::messageKey).forEach(used::add);
        Arrays.stream(RepairStatus.values()).map(RepairStatus::messageKey).forEach(used::add);
        Arrays.stream(FixerKind.values()).map(FixerKind::messageKey).forEach(used::add);
        Arrays.stream(HoldReason.values()).map(HoldReason::messageKey).forEach(used::add);
        Arrays.stream(ServiceKind.values()).map(ServiceKind::messageKey).forEach(used::add);
        Arrays.stream(Payer.values()).map(Payer::messageKey).forEach(used::add);
        Arrays.stream(Rating.values()).map(Rating::messageKey).forEach(used::add);
        Arrays.stream(FeedbackGrade.values()).map(FeedbackGrade::messageKey).forEach(used::add);
        Arrays.stream(RepairAction.values()).map(RepairAction::messageKey).forEach(used::add);
        Arrays.stream(RepairAction.values()).map(RepairAction::refusedKey).forEach(used::add);
        Arrays.stream(RepairList.values()).map(RepairList::messageKey).forEach(used::add);
        Arrays.stream(DashboardTile.values()).map(DashboardTile::messageKey).forEach(used::add);
        // The step buttons and forms name every step but intake ("repairs.step." + name()).
        Arrays.stream(RepairAction.values()).filter(a -> a != RepairAction.TAKE)
                .map(a -> "repairs.step." + a.name()).forEach(used::add);
        Arrays.stream(ComplaintKind.values()).map(ComplaintKind::messageKey).forEach(used::add);
        Arrays.stream(ComplaintChannel.values()).map(ComplaintChannel::messageKey).forEach(used::add);
        Arrays.stream(Nature.values()).map(Nature::messageKey).forEach(used::add);
        Arrays.stream(Severity.values()).map(Severity::messageKey).forEach(used::add);
        Arrays.stream(Mood.values()).map(Mood::messageKey).forEach(used::add);
        Arrays.stream(ComplaintStatus.values()).map(ComplaintStatus::messageKey).forEach(used::add);
        Arrays.stream(ComplaintAction.values()).map(ComplaintAction::messageKey).forEach(used::add);
        Arrays.stream(ComplaintAction.values()).map(ComplaintAction::refusedKey).forEach(used::add);
        Arrays.stream(ResponseMethod.values()).map(ResponseMethod::messageKey).forEach(used::add);
        Arrays.stream(EscalationReason.values()).map(EscalationReason::messageKey).forEach(used::add);
        Arrays.stream(ComplaintList.values()).map(ComplaintList::messageKey).forEach(used::add);
        Arrays.stream(com.frontdesk.sync.BatchKind.values()).map(com.frontdesk.sync.BatchKind::messageKey).forEach(used::add);
        Arrays.stream(com.frontdesk.sync.SyncTarget.Kind.values()).map(com.frontdesk.sync.SyncTarget.Kind::messageKey)
                .forEach(used::add);
        Arrays.stream(com.frontdesk.sync.SentBatch.Status.values()).map(com.frontdesk.sync.SentBatch.Status::messageKey)
                .forEach(used::add);
        Arrays.stream(com.frontdesk.sync.SyncRun.Trigger.values()).map(com.frontdesk.sync.SyncRun.Trigger::messageKey)
                .forEach(used::add);
        Arrays.stream(com.frontdesk.sync.SyncRun.Outcome.values()).map(com.frontdesk.sync.SyncRun.Outcome::messageKey)
                .forEach(used::add);
        Arrays.stream(AutoCount.values()).map(AutoCount::messageKey).forEach(used::add);
        Arrays.stream(HandoverStatus.values()).map(HandoverStatus::messageKey).forEach(used::add);
        Arrays.stream(ItemCondition.values()).map(ItemCondition::messageKey).forEach(used::add);
        Arrays.stream(NotePriority.values()).map(NotePriority::messageKey).forEach(used::add);
        Arrays.stream(HandoverFlaw.Kind.values()).map(HandoverFlaw.Kind::messageKey).forEach(used::add);
        // The step buttons and forms name every step but intake ("complaints.step." + name()).
        Arrays.stream(ComplaintAction.values()).filter(a -> a != ComplaintAction.TAKE)
                .map(a -> "complaints.step." + a.name()).forEach(used::add);

        assertThat(used).contains("module.dashboard", "role.ADMINISTRATOR", "siteKind.RESIDENTIAL");
        assertInBothBundles(used);
    }

    @Test
    void bothLanguagesOfTheLanguageChoiceHaveTheirNames() throws IOException {
        assertInBothBundles(Set.of("language.zh-CN", "language.en"));
    }

    /** A validation problem is shown as "field.X: message", so every field a form checks needs "field.X". */
    @Test
    void everyFieldTheValidationNamesHasItsLabel() throws IOException {
        Set<String> fields = validatedFieldsIn(MAIN_SOURCES);

        assertThat(fields).as("the scan must find the checked fields")
                .contains("employeeNo", "siteCode", "timeZone", "idleLockMinutes", "newPassword");
        assertInBothBundles(fields.stream().map(f -> "field." + f).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The audit log shows "audit.action.X" and "audit.entity.X"; untranslated it shows the raw name. */
    @Test
    void everyAuditActionAndRecordTypeTheCodeWritesHasItsName() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        for (String source : mainSources(MAIN_SOURCES)) {
            for (List<String> args : callArguments(source, AUDIT_CALL)) {
                if (args.size() >= 3 && args.get(0).startsWith("\"")) {
                    entities.add(unquote(args.get(0)));
                }
                if (args.size() >= 3) {
                    // lock ? "LOCKED_OUT" : purpose.name() + "_FAILED": the whole names in the argument
                    Matcher m = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"").matcher(args.get(2));
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
            Matcher constant = ENTITY_CONSTANT.matcher(source);
            while (constant.find()) {
                entities.add(constant.group(1));
            }
        }
        for (AccountService.Purpose purpose : AccountService.Purpose.values()) {
            // Password checks are logged under the purpose's name, and its name + "_FAILED".
            actions.add(purpose.name());
            actions.add(purpose.name() + "_FAILED");
        }

        assertThat(actions).contains("CREATE", "UPDATE", "DELETE", "LOCKED_OUT", "REVEAL");
        assertThat(entities).contains("site", "staff", "setting");
        Set<String> keys = new TreeSet<>();
        actions.forEach(a -> keys.add("audit.action." + a));
        entities.forEach(e -> keys.add("audit.entity." + e));
        assertInBothBundles(keys);
    }

    @Test
    void theSourceScannersFindWhatTheyAreMeantTo() {
        String source = """
                v.required("alpha", a).maxLength("beta", b, 40)
                    .check(isZone(z, "x, y"), "gamma", "validation.timeZone")
                    .range("delta", n, 1, 9).matches("epsilon", e, P, "validation.x").phone("zeta", p)
                    .check(ok, field, "validation.passwordMix");
                PasswordRules.check(v, "eta", pw);
                hasher.matches(password, hash);
                Masking.phone(s.phone());
                text("status.saved"); text("module." + m); text("audit.action." + a); "other.thing";
                """;

        assertThat(validatedFields(source)).containsExactlyInAnyOrder(
                "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta");
        assertThat(keyLiterals(source, Set.of("status", "module", "audit")))
                .containsExactly("status.saved");
        assertThat(dynamicKeyPrefixes(source, Set.of("status", "module", "audit")))
                .containsExactlyInAnyOrder("module.", "audit.action.");
    }

    // ---- scanning the main sources -------------------------------------------------------------

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Set<String> CHECKED_DYNAMIC_PREFIXES = Set.of(
            "module.", "role.", "siteKind.", "field.", "language.", "audit.action.", "audit.entity.",
            "occupantKind.", "parcelConsent.", "visitor.purpose.", "visitor.verification.", "visitor.visitStatus.",
            "visitor.jobSize.", "visitor.idType.", "parcel.carrier.", "parcel.size.", "parcel.status.",
            "parcel.notice.", "deposit.status.", "lostProperty.status.", "lostProperty.category.",
            "lostProperty.disposal.", "repair.channel.", "repair.priority.", "repair.status.", "repair.fixer.",
            "repair.hold.", "repair.service.", "repair.payer.", "repair.rating.", "repair.feedback.",
            "repair.action.", "repair.refused.", "repairs.list.", "repairs.step.", "complaint.kind.",
            "complaint.channel.", "complaint.nature.", "complaint.severity.", "complaint.mood.", "complaint.status.",
            "complaint.action.", "complaint.refused.", "complaint.method.", "complaint.escalation.",
            "complaints.list.", "complaints.step.", "handover.auto.", "handover.status.",
            "handover.condition.", "handover.priority.", "handover.flaw.", "phrase.category.",
            "dashboard.tile.", "sync.kind.", "sync.target.", "sync.status.", "sync.trigger.",
            "sync.outcome.", "search.kind.", "occupantTitle.");
    /** Calls whose first argument is the field a validation problem names. */
    private static final Pattern FIELD_FIRST_CALL =
            Pattern.compile("\\.(required|maxLength|matches|phone|range)\\s*\\(|\\bnew\\s+Problem\\s*\\(");
    /** {@code .check(ok, "field", key)} and {@code PasswordRules.check(v, "field", password)}: the second. */
    private static final Pattern FIELD_SECOND_CALL = Pattern.compile("\\.check\\s*\\(");
    private static final Pattern AUDIT_CALL = Pattern.compile("\\baudit\\s*\\(");
    private static final Pattern ENTITY_CONSTANT = Pattern.compile("\\bENTITY\\s*=\\s*\"([A-Za-z0-9_]+)\"");

    private static void assertInBothBundles(Set<String> keys) throws IOException {
        assertThat(keys(bundleFile("i18n/messages.properties"))).as("English bundle").containsAll(keys);
        assertThat(keys(bundleFile("i18n/messages_zh_CN.properties"))).as("Chinese bundle").containsAll(keys);
    }

    /** The families of keys: the part before the first dot of every key in the bundle. */
    private static Set<String> prefixes() throws IOException {
        return keys(bundleFile("i18n/messages.properties")).stream()
                .filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static List<String> mainSources(Path root) throws IOException {
        assertThat(root).as("run from the project root").isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Set<String> keyLiteralsIn(Path root, Set<String> prefixes) throws IOException {
        Set<String> found = new TreeSet<>();
        mainSources(root).forEach(s -> found.addAll(keyLiterals(s, prefixes)));
        return found;
    }

    private static Set<String> dynamicKeyPrefixesIn(Path root, Set<String> prefixes) throws IOException {
        Set<String> found = new TreeSet<>();
        mainSources(root).forEach(s -> found.addAll(dynamicKeyPrefixes(s, prefixes)));
        return found;
    }

    private static Set<String> validatedFieldsIn(Path root) throws IOException {
        Set<String> found = new TreeSet<>();
        mainSources(root).forEach(s -> found.addAll(validatedFields(s)));
        return found;
    }

    /** Whole keys: {@code "<prefix>.something"}, not the start of a key built at run time. */
    static Set<String> keyLiterals(String source, Set<String> prefixes) {
        Set<String> found = new TreeSet<>();
        Matcher m = keyLiteralPattern(prefixes).matcher(source);
        while (m.find()) {
            if (!m.group(1).endsWith(".")) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Literals such as {@code "role."} or {@code "audit.action."}: the start of a key built at run time. */
    static Set<String> dynamicKeyPrefixes(String source, Set<String> prefixes) {
        Set<String> found = new TreeSet<>();
        Matcher m = keyLiteralPattern(prefixes).matcher(source);
        while (m.find()) {
            if (m.group(1).endsWith(".")) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static Pattern keyLiteralPattern(Set<String> prefixes) {
        String families = prefixes.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("\"((?:" + families + ")\\.[A-Za-z0-9_.-]*)\"");
    }

    /** The field names passed as string literals to the validation calls; variables are skipped. */
    static Set<String> validatedFields(String source) {
        Set<String> fields = new TreeSet<>();
        for (List<String> args : callArguments(source, FIELD_FIRST_CALL)) {
            if (!args.isEmpty() && isStringLiteral(args.get(0))) {
                fields.add(unquote(args.get(0)));
            }
        }
        for (List<String> args : callArguments(source, FIELD_SECOND_CALL)) {
            if (args.size() >= 2 && isStringLiteral(args.get(1))) {
                fields.add(unquote(args.get(1)));
            }
        }
        return fields;
    }

    private static boolean isStringLiteral(String arg) {
        return arg.matches("\"[^\"\\\\]*\"");
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }

    /** The top-level arguments of every call the pattern finds (the pattern ends at the opening parenthesis). */
    static List<List<String>> callArguments(String source, Pattern call) {
        List<List<String>> calls = new ArrayList<>();
        Matcher m = call.matcher(source);
        while (m.find()) {
            calls.add(splitArguments(source, m.end()));
        }
        return calls;
    }

    private static List<String> splitArguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(end + 1, source.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            args.add(current.toString().strip());
        }
        return args;
    }
}
