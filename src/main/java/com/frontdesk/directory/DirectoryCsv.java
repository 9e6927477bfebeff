package com.frontdesk.directory;

import com.frontdesk.core.CsvLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory's CSV file: reading an import file into a preview, the template offered to the
 * user, and writing an export that reads back in. Pure Java: no database, no screen.
 *
 * <p>Columns are found by their header, Chinese or English, in any order; unknown columns are
 * ignored. Every problem is a message key ("import.*") with its arguments and the physical line the
 * record starts on (the header is line 1).
 */
public final class DirectoryCsv {
    /** The import columns in their usual order, with the Chinese header an export writes. */
    public static final List<String> EXPORT_HEADER =
            List.of("楼栋", "单元", "楼层", "房号", "公共区域", "姓名", "身份", "公司", "电话", "备注", "代收快递", "称呼");

    static final String TEMPLATE_RESOURCE = "/directory/units-template.csv";
    static final int MAX_PHONES = 3;
    static final int MAX_NAME = 40;
    static final int MAX_COMPANY = 80;
    static final int MAX_NOTE = 200;
    // the same limits as a room typed on screen (RoomForm), so a row the preview accepts also saves
    static final int MAX_ROOM = 40;
    static final int MAX_BUILDING = 20;
    static final int MAX_UNIT = 20;
    static final int MAX_FLOOR = 10;


    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[;；/,，、]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PHONE_AS_TYPED = Pattern.compile("\\+?[0-9][0-9 -]*[0-9]");
    private static final Pattern PHONE_STORED = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s-]");
    /** "17F", "17层", "17楼", "B1F" → the floor alone, since the room code adds the "F" itself. */
    private static final Pattern FLOOR_WITH_SUFFIX = Pattern.compile("(-?[Bb]?[0-9]+)\\s*(?:[Ff]|层|楼)");

    private enum Column {
        BUILDING("楼栋", "building"),
        UNIT("单元", "unit"),
        FLOOR("楼层", "floor"),
        ROOM("房号", "room"),
        PUBLIC("公共区域", "public"),
        NAME("姓名", "name"),
        KIND("身份", "kind"),
        COMPANY("公司", "company"),
        PHONES("电话", "phones", "phone"),
        NOTE("备注", "note"),
        CONSENT("代收快递", "parcel consent", "consent"),
        // added after the first release: files without it still import, their people get no title
        TITLE("称呼", "title");

        final String chinese;
        final String english;
        final List<String> names;

        Column(String chinese, String english, String... more) {
            this.chinese = chinese;
            this.english = english;
            List<String> all = new ArrayList<>(List.of(chinese, english));
            all.addAll(List.of(more));
            this.names = List.copyOf(all);
        }
    }

    private static final Map<String, Column> COLUMNS_BY_NAME = new HashMap<>();
    private static final Map<String, Boolean> PUBLIC_VALUES = new HashMap<>();
    private static final Map<String, OccupantKind> KIND_VALUES = new HashMap<>();
    private static final Map<String, ParcelConsent> CONSENT_VALUES = new HashMap<>();
    private static final Map<OccupantKind, String> KIND_TEXT = new EnumMap<>(OccupantKind.class);
    private static final Map<ParcelConsent, String> CONSENT_TEXT = new EnumMap<>(ParcelConsent.class);
    private static final Map<String, Title> TITLE_VALUES = new HashMap<>();
    private static final Map<Title, String> TITLE_TEXT = new EnumMap<>(Title.class);

    static {
        for (Column column : Column.values()) {
            column.names.forEach(name -> COLUMNS_BY_NAME.put(headerName(name), column));
        }
        for (String yes : List.of("是", "yes", "y", "1", "true")) {
            PUBLIC_VALUES.put(yes, true);
        }
        for (String no : List.of("否", "no", "n", "0", "false", "")) {
            PUBLIC_VALUES.put(no, false);
        }
        KIND_TEXT.put(OccupantKind.OWNER, "业主");
        KIND_TEXT.put(OccupantKind.TENANT, "租户");
        KIND_TEXT.put(OccupantKind.MEMBER, "家庭成员");
        KIND_TEXT.put(OccupantKind.COMPANY, "公司");
        KIND_TEXT.forEach((kind, text) -> {
            KIND_VALUES.put(text, kind);
            KIND_VALUES.put(kind.name().toLowerCase(Locale.ROOT), kind);
        });
        CONSENT_TEXT.put(ParcelConsent.UNKNOWN, "未知");
        CONSENT_TEXT.put(ParcelConsent.YES, "同意");
        CONSENT_TEXT.put(ParcelConsent.NO, "不同意");
        CONSENT_TEXT.forEach((consent, text) -> {
            CONSENT_VALUES.put(text, consent);
            CONSENT_VALUES.put(consent.name().toLowerCase(Locale.ROOT), consent);
        });
        CONSENT_VALUES.put("是", ParcelConsent.YES);
        CONSENT_VALUES.put("否", ParcelConsent.NO);
        TITLE_TEXT.put(Title.MR, "先生");
        TITLE_TEXT.put(Title.MS, "女士");
        TITLE_TEXT.forEach((title, text) -> {
            TITLE_VALUES.put(text, title);
            TITLE_VALUES.put(title.name().toLowerCase(Locale.ROOT), title);
            TITLE_VALUES.put(title.name().toLowerCase(Locale.ROOT) + ".", title);
        });
        TITLE_VALUES.put("mrs", Title.MS);
        TITLE_VALUES.put("miss", Title.MS);
    }

    private DirectoryCsv() {
    }

    // ---- import ----------------------------------------------------------------------------------

    /** Reads an import file: the rows that would be stored, the errors and the duplicates. */
    public static ImportPreview parse(byte[] file) {
        Objects.requireNonNull(file, "file");
        CsvCharsets.Decoded decoded = CsvCharsets.decode(file);
        List<CsvRecords.Record> records = CsvRecords.read(decoded.text());
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        List<ImportProblem> duplicates = new ArrayList<>();

        int first = 0;
        while (first < records.size() && records.get(first).blank()) {
            first++;
        }
        if (first == records.size()) {
            errors.add(problem(1, "import.empty"));
            return new ImportPreview(decoded.charset(), rows, errors, duplicates);
        }
        CsvRecords.Record header = records.get(first);
        Map<Column, Integer> columns = columns(header, errors);
        if (!errors.isEmpty()) {
            return new ImportPreview(decoded.charset(), rows, errors, duplicates);
        }

        Map<String, Integer> occupantLines = new HashMap<>();
        Set<String> rooms = new HashSet<>();
        for (CsvRecords.Record record : records.subList(first + 1, records.size())) {
            if (record.blank()) {
                continue;
            }
            int line = record.line();
            if (record.unclosedQuote()) {
                errors.add(problem(line, "import.unclosedQuote"));
                continue;
            }
            if (record.fields().size() != header.fields().size()) {
                errors.add(problem(line, "import.fieldCount", record.fields().size(), header.fields().size()));
                continue;
            }
            if (decoded.lossy() && record.fields().stream().anyMatch(f -> f.indexOf('\uFFFD') >= 0)) {
                errors.add(problem(line, "import.badCharacters"));
                continue;
            }
            int before = errors.size();
            ImportRow row = row(line, record.fields(), columns, errors);
            if (errors.size() > before) {
                continue;
            }
            String room = row.roomCode().toLowerCase(Locale.ROOT);
            if (row.hasOccupant()) {
                String key = room + '\u0000' + row.name().strip().toLowerCase(Locale.ROOT);
                Integer earlier = occupantLines.putIfAbsent(key, line);
                if (earlier != null) {
                    duplicates.add(problem(line, "import.duplicate", earlier));
                    continue;
                }
            } else if (rooms.contains(room)) {
                continue; // the room is already in the file; a bare mention of it adds nothing
            }
            rooms.add(room);
            rows.add(row);
        }
        return new ImportPreview(decoded.charset(), rows, errors, duplicates);
    }

    private static Map<Column, Integer> columns(CsvRecords.Record header, List<ImportProblem> errors) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            String text = fields.get(i).replace("\uFEFF", "").strip();
            Column column = COLUMNS_BY_NAME.get(headerName(text));
            if (column != null && columns.putIfAbsent(column, i) != null) {
                errors.add(problem(header.line(), "import.duplicateColumn", text));
            }
        }
        if (!columns.containsKey(Column.ROOM)) {
            errors.add(problem(header.line(), "import.missingColumn", Column.ROOM.chinese, Column.ROOM.english));
        }
        return columns;
    }

    private static ImportRow row(int line, List<String> fields, Map<Column, Integer> columns,
                                 List<ImportProblem> errors) {
        String building = value(fields, columns, Column.BUILDING);
        String unit = value(fields, columns, Column.UNIT);
        String floor = floor(value(fields, columns, Column.FLOOR));
        String room = value(fields, columns, Column.ROOM);
        String publicText = value(fields, columns, Column.PUBLIC);
        String name = value(fields, columns, Column.NAME);
        String kindText = value(fields, columns, Column.KIND);
        String company = value(fields, columns, Column.COMPANY);
        String phonesText = value(fields, columns, Column.PHONES);
        String note = value(fields, columns, Column.NOTE);
        String consentText = value(fields, columns, Column.CONSENT);
        String titleText = value(fields, columns, Column.TITLE);

        if (room.isEmpty()) {
            errors.add(problem(line, "import.roomRequired"));
        }
        tooLong(line, room, MAX_ROOM, "import.roomTooLong", errors);
        tooLong(line, building, MAX_BUILDING, "import.buildingTooLong", errors);
        tooLong(line, unit, MAX_UNIT, "import.unitTooLong", errors);
        tooLong(line, floor, MAX_FLOOR, "import.floorTooLong", errors);
        tooLong(line, name, MAX_NAME, "import.nameTooLong", errors);
        tooLong(line, company, MAX_COMPANY, "import.companyTooLong", errors);
        tooLong(line, note, MAX_NOTE, "import.noteTooLong", errors);

        Boolean publicArea = PUBLIC_VALUES.get(publicText.toLowerCase(Locale.ROOT));
        if (publicArea == null) {
            errors.add(problem(line, "import.badPublic", publicText));
        }
        OccupantKind kind = null;
        if (!kindText.isEmpty()) {
            kind = KIND_VALUES.get(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                errors.add(problem(line, "import.badKind", kindText));
            }
        } else if (!name.isEmpty()) {
            kind = OccupantKind.OWNER;
        } else if (!company.isEmpty()) {
            kind = OccupantKind.COMPANY;
        }
        ParcelConsent consent = ParcelConsent.UNKNOWN;
        if (!consentText.isEmpty()) {
            consent = CONSENT_VALUES.get(consentText.toLowerCase(Locale.ROOT));
            if (consent == null) {
                errors.add(problem(line, "import.badConsent", consentText));
            }
        }
        Title title = null;
        if (!titleText.isEmpty()) {
            title = TITLE_VALUES.get(titleText.toLowerCase(Locale.ROOT));
            if (title == null) {
                errors.add(problem(line, "import.badTitle", titleText));
            }
        }
        List<String> phones = phones(line, phonesText, errors);

        if (name.isEmpty()) {
            boolean details = !kindText.isEmpty() || !phonesText.isEmpty() || !note.isEmpty()
                    || !consentText.isEmpty() || !titleText.isEmpty();
            if (kind == OccupantKind.COMPANY) {
                if (company.isEmpty()) {
                    errors.add(problem(line, "import.companyNameRequired"));
                } else if (length(company) > MAX_NAME) {
                    errors.add(problem(line, "import.companyAsNameTooLong", MAX_NAME));
                } else {
                    name = company; // a company without a contact person is listed under its own name
                }
            } else if (details) {
                errors.add(problem(line, "import.nameRequired"));
            }
        }
        return new ImportRow(line, building, unit, floor, room, Boolean.TRUE.equals(publicArea), name,
                name.isEmpty() ? null : kind, company, phones, note, consent == null ? ParcelConsent.UNKNOWN : consent,
                name.isEmpty() ? null : title);
    }

    /**
     * Phones are separated by ; / ， 、 (or a comma inside a quoted field), full-width forms
     * included, or by spaces. Spaces and dashes inside one number are allowed ("138 1234 5678",
     * "010-12345678"), so a group with spaces counts as several numbers only when every part is a
     * number by itself ("13812345678 13987654321").
     */
    private static List<String> phones(int line, String text, List<ImportProblem> errors) {
        List<String> typed = new ArrayList<>();
        // NFKC: full-width digits, plus, dash, slash, semicolon and space, as a Chinese IME types them
        for (String piece : PHONE_SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] parts = WHITESPACE.split(p);
            if (parts.length > 1 && Arrays.stream(parts).allMatch(DirectoryCsv::looksLikePhone)) {
                typed.addAll(List.of(parts));
            } else {
                typed.add(p);
            }
        }
        List<String> phones = new ArrayList<>();
        for (String phone : typed) {
            if (looksLikePhone(phone)) {
                phones.add(SPACES_AND_DASHES.matcher(phone).replaceAll(""));
            } else {
                errors.add(problem(line, "import.badPhone", phone));
            }
        }
        if (typed.size() > MAX_PHONES) {
            errors.add(problem(line, "import.tooManyPhones", MAX_PHONES));
        }
        return phones;
    }

    private static boolean looksLikePhone(String s) {
        int n = length(s);
        return n >= 5 && n <= 20 && PHONE_AS_TYPED.matcher(s).matches()
                && PHONE_STORED.matcher(SPACES_AND_DASHES.matcher(s).replaceAll("")).matches();
    }

    private static String floor(String floor) {
        Matcher m = FLOOR_WITH_SUFFIX.matcher(floor);
        return m.matches() ? m.group(1) : floor;
    }

    private static void tooLong(int line, String value, int max, String key, List<ImportProblem> errors) {
        if (length(value) > max) {
            errors.add(problem(line, key, max));
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String value(List<String> fields, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : fields.get(index).strip();
    }

    /** Header text compared without case, with "parcel_consent", "Parcel-Consent" and "parcel consent" alike. */
    private static String headerName(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    private static ImportProblem problem(int line, String key, Object... args) {
        return new ImportProblem(line, key, List.of(args));
    }

    // ---- encoding --------------------------------------------------------------------------------

    /** The header and two example rows: a flat with an owner and two phones, and a company in a tower. */
    public static String template() {
        return format(List.of(
                List.of("1", "2", "", "1503", "否", "张伟", "业主", "", "13812345678;13987654321", "", "同意", "先生"),
                List.of("T", "", "17", "1701", "否", "", "公司", "星河科技有限公司", "021-61234567", "前台转接", "未知", "")));
    }

    /** The template as offered for download: UTF-8 with a BOM, so Excel opens the Chinese right. */
    public static byte[] templateBytes() {
        try (InputStream in = DirectoryCsv.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An export file's text: {@link #EXPORT_HEADER} and the rows, fields quoted where needed, lines
     * ending in CRLF. Callers write it as UTF-8 after a BOM.
     */
    public static String format(List<List<String>> rows) {
        return formatRows(List.of(EXPORT_HEADER)) + formatRows(rows);
    }

    /** Rows without the header, for an export written page by page after {@code format(List.of())}. */
    public static String formatRows(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            CsvLines.appendLine(out, row);
        }
        return out.toString();
    }

    /** A row in {@link #EXPORT_HEADER} order, worded as the import reads it; phones as given (mask them first). */
    public static List<String> exportRow(ImportRow row) {
        return List.of(
                nullToEmpty(row.building()), nullToEmpty(row.unit()), nullToEmpty(row.floor()), nullToEmpty(row.room()),
                row.publicArea() ? "是" : "否",
                nullToEmpty(row.name()),
                row.kind() == null || !row.hasOccupant() ? "" : KIND_TEXT.get(row.kind()),
                nullToEmpty(row.company()),
                String.join(";", row.phones()),
                nullToEmpty(row.note()),
                row.hasOccupant() && row.consent() != null ? CONSENT_TEXT.get(row.consent()) : "",
                row.hasOccupant() && row.title() != null ? TITLE_TEXT.get(row.title()) : "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
