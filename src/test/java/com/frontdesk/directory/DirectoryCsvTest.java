package com.frontdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DirectoryCsvTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String GOOD = """
            楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递
            1,2,,1503,否,张三,业主,,13812345678;139-8765-4321,,同意
            1,2,,1503,否,李小红,家庭成员,,138 1234 5678,周末在家,
            T,,17,1701,否,,公司,星河科技有限公司,021-61234567,前台转接,不同意
            T,,17,1702,否,王五,租户,星河科技有限公司,+86 13912345678、010 12345678,,NO
            ,,,地下车库B1,是,,,,,,
            1,,,大堂,是,,,,,,
            """;

    // ---- good files ------------------------------------------------------------------------------

    @Test
    void aGoodUtf8FileGivesEveryRowWithItsFieldsAndCode() {
        ImportPreview preview = DirectoryCsv.parse(utf8(GOOD));

        assertThat(preview.charset()).isEqualTo("UTF-8");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.duplicates()).isEmpty();
        assertThat(preview.importable()).isTrue();
        assertGoodRows(preview.rows());
    }

    @Test
    void aByteOrderMarkIsReadAsUtf8AndNotPartOfTheFirstHeader() {
        ImportPreview preview = DirectoryCsv.parse(withBom(utf8(GOOD)));

        assertThat(preview.charset()).isEqualTo("UTF-8");
        assertThat(preview.errors()).isEmpty();
        assertGoodRows(preview.rows());
    }

    @Test
    void theSameFileSavedByExcelInGbkGivesTheSameRows() {
        byte[] gbk = GOOD.replace("\n", "\r\n").getBytes(Charset.forName("GBK"));

        ImportPreview preview = DirectoryCsv.parse(gbk);

        assertThat(preview.charset()).isEqualTo("GBK");
        assertThat(preview.errors()).isEmpty();
        assertGoodRows(preview.rows());
        assertThat(preview.rows()).isEqualTo(DirectoryCsv.parse(utf8(GOOD)).rows());
    }

    private static void assertGoodRows(List<ImportRow> rows) {
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(rows).extracting(ImportRow::roomCode)
                .containsExactly("1-2-1503", "1-2-1503", "T-17F-1701", "T-17F-1702", "地下车库B1", "1-大堂");

        assertThat(rows.get(0)).isEqualTo(new ImportRow(2, "1", "2", "", "1503", false, "张三", OccupantKind.OWNER,
                "", List.of("13812345678", "13987654321"), "", ParcelConsent.YES));
        assertThat(rows.get(1)).isEqualTo(new ImportRow(3, "1", "2", "", "1503", false, "李小红", OccupantKind.MEMBER,
                "", List.of("13812345678"), "周末在家", ParcelConsent.UNKNOWN));
        // a company without a contact person is listed under its own name
        assertThat(rows.get(2)).isEqualTo(new ImportRow(4, "T", "", "17", "1701", false, "星河科技有限公司",
                OccupantKind.COMPANY, "星河科技有限公司", List.of("02161234567"), "前台转接", ParcelConsent.NO));
        assertThat(rows.get(3)).isEqualTo(new ImportRow(5, "T", "", "17", "1702", false, "王五", OccupantKind.TENANT,
                "星河科技有限公司", List.of("+8613912345678", "01012345678"), "", ParcelConsent.NO));

        ImportRow garage = rows.get(4);
        assertThat(garage.publicArea()).isTrue();
        assertThat(garage.hasOccupant()).isFalse();
        assertThat(garage.kind()).isNull();
        assertThat(garage.phones()).isEmpty();
        assertThat(rows.get(5).publicArea()).isTrue();
        assertThat(rows.get(5).building()).isEqualTo("1");
    }

    @Test
    void englishHeadersInAnotherOrderAndAnyCaseAreRecognised() {
        String csv = """
                Room,NAME,Building,Unit,phones,Kind,Parcel_Consent,Public,Floor,Company,note,Remark
                1503,张三,1,2,13812345678,owner,yes,no,,,,ignored column
                1701,王五,T,,02161234567,Tenant,UNKNOWN,0,17F,星河科技有限公司,,
                大堂,,1,,,,,TRUE,,,,
                """;

        ImportPreview preview = DirectoryCsv.parse(utf8(csv));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::roomCode).containsExactly("1-2-1503", "T-17F-1701", "1-大堂");
        assertThat(preview.rows()).extracting(ImportRow::kind)
                .containsExactly(OccupantKind.OWNER, OccupantKind.TENANT, null);
        assertThat(preview.rows()).extracting(ImportRow::consent)
                .containsExactly(ParcelConsent.YES, ParcelConsent.UNKNOWN, ParcelConsent.UNKNOWN);
        assertThat(preview.rows().get(1).company()).isEqualTo("星河科技有限公司");
        assertThat(preview.rows().get(1).floor()).as("\"17F\" is the floor 17, not \"17FF\"").isEqualTo("17");
    }

    @Test
    void aFileWithoutTheTitleColumnImportsWithNoTitles() {
        ImportPreview preview = DirectoryCsv.parse(utf8(GOOD));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::title).containsOnlyNulls();
    }

    @Test
    void theTitleColumnTakesChineseOrEnglishWordsAndRefusesOthers() {
        String csv = """
                房号,姓名,称呼
                101,张三,先生
                102,李红,女士
                103,Anna Smith,Ms
                104,John Smith,mr.
                105,王五,
                106,赵六,老板
                107,,先生
                """;

        ImportPreview preview = DirectoryCsv.parse(utf8(csv));

        assertThat(preview.rows()).extracting(ImportRow::name, ImportRow::title).containsExactly(
                Tuple.tuple("张三", Title.MR), Tuple.tuple("李红", Title.MS),
                Tuple.tuple("Anna Smith", Title.MS),
                Tuple.tuple("John Smith", Title.MR),
                Tuple.tuple("王五", null));
        assertThat(preview.errors()).extracting(ImportProblem::line, ImportProblem::key).containsExactly(
                Tuple.tuple(7, "import.badTitle"),
                Tuple.tuple(8, "import.nameRequired"));
    }

    @Test
    void theTemplateAndAnExportCarryTheTitleColumn() {
        ImportPreview template = DirectoryCsv.parse(DirectoryCsv.templateBytes());

        assertThat(template.errors()).isEmpty();
        assertThat(template.rows()).extracting(ImportRow::title).containsExactly(Title.MR, null);
        ImportRow row = template.rows().get(0);
        assertThat(DirectoryCsv.exportRow(row)).last().isEqualTo("先生");
        assertThat(DirectoryCsv.EXPORT_HEADER).last().isEqualTo("称呼");
    }

    @Test
    void theConsentColumnMayBeCalledJustConsentAndOnlyTheRoomColumnIsRequired() {
        ImportPreview preview = DirectoryCsv.parse(utf8("consent,room,name\n同意,101,张三\n"));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.roomCode()).isEqualTo("101");
            assertThat(row.kind()).as("an empty kind with a name is an owner").isEqualTo(OccupantKind.OWNER);
            assertThat(row.consent()).isEqualTo(ParcelConsent.YES);
        });
    }

    // ---- bad rows --------------------------------------------------------------------------------

    @Test
    void badRowsAreErrorsWithTheirLinesAndKeysAndAreLeftOut() {
        String csv = """
                楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递
                1,2,,1501,否,张三,业主,,13812345678,,同意
                1,2,,,否,李四,业主,,,,
                1,2,,1502,否,李四,房东,,,,
                1,2,,1503,否,王五,租户,,12ab,,
                1,2,,1504,否,赵六,租户,,13800000001;13800000002;13800000003;13800000004,,
                1,2,,1505,也许,钱七,,,,,
                1,2,,1506,否,孙八,,,,,可能
                1,2,,1507,否,%s,,,,,
                T,,17,1708,否,,公司,,,,
                1,2,1509
                1,2,,1510,否,周九,,,,,
                1,2,,1511,否,,,,13800000001,,
                1,2,,1512,否,孙,,%s,,%s,
                """.formatted("名".repeat(41), "司".repeat(81), "注".repeat(201));

        ImportPreview preview = DirectoryCsv.parse(utf8(csv));

        assertThat(preview.errors()).containsExactly(
                new ImportProblem(3, "import.roomRequired", List.of()),
                new ImportProblem(4, "import.badKind", List.of("房东")),
                new ImportProblem(5, "import.badPhone", List.of("12ab")),
                new ImportProblem(6, "import.tooManyPhones", List.of(3)),
                new ImportProblem(7, "import.badPublic", List.of("也许")),
                new ImportProblem(8, "import.badConsent", List.of("可能")),
                new ImportProblem(9, "import.nameTooLong", List.of(40)),
                new ImportProblem(10, "import.companyNameRequired", List.of()),
                new ImportProblem(11, "import.fieldCount", List.of(3, 11)),
                new ImportProblem(13, "import.nameRequired", List.of()),
                new ImportProblem(14, "import.companyTooLong", List.of(80)),
                new ImportProblem(14, "import.noteTooLong", List.of(200)));
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 12);
        assertThat(preview.importable()).as("any error blocks the whole import").isFalse();
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        String fits = "名".repeat(40);

        ImportPreview preview = DirectoryCsv.parse(utf8("房号,姓名\n101," + fits + "\n"));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::name).containsExactly(fits);
    }

    @Test
    void phonesMayBeSeparatedInManyWaysAndKeepOnlyDigitsAndPlus() {
        String csv = """
                房号,姓名,电话
                101,甲,"13812345678,13987654321"
                102,乙,13812345678 13987654321
                103,丙,0755 8888 6666
                104,丁,１３８１２３４５６７８ ／ 021-6123-4567
                105,戊,13812345678；13987654321
                106,己,1234
                """;

        ImportPreview preview = DirectoryCsv.parse(utf8(csv));

        assertThat(preview.rows()).extracting(ImportRow::phones).containsExactly(
                List.of("13812345678", "13987654321"),
                List.of("13812345678", "13987654321"),
                List.of("075588886666"),
                List.of("13812345678", "02161234567"),
                List.of("13812345678", "13987654321"));
        assertThat(preview.errors()).containsExactly(new ImportProblem(7, "import.badPhone", List.of("1234")));
    }

    @Test
    void aMissingRoomColumnIsAnErrorOnTheHeaderLine() {
        ImportPreview preview = DirectoryCsv.parse(utf8("楼栋,单元,姓名\n1,2,张三\n"));

        assertThat(preview.errors()).containsExactly(new ImportProblem(1, "import.missingColumn", List.of("房号", "room")));
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void aColumnNamedTwiceIsAnErrorOnTheHeaderLine() {
        ImportPreview preview = DirectoryCsv.parse(utf8("房号,姓名,Name\n101,张三,张三\n"));

        assertThat(preview.errors()).containsExactly(new ImportProblem(1, "import.duplicateColumn", List.of("Name")));
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(DirectoryCsv.parse(new byte[0]).errors())
                .containsExactly(new ImportProblem(1, "import.empty", List.of()));
        assertThat(DirectoryCsv.parse(utf8("\r\n\r\n")).errors())
                .containsExactly(new ImportProblem(1, "import.empty", List.of()));
    }

    @Test
    void aQuoteThatIsNeverClosedIsAnErrorOnTheLineItOpens() {
        ImportPreview preview = DirectoryCsv.parse(utf8("房号,姓名\n101,张三\n102,\"李四\n103,王五\n"));

        assertThat(preview.errors()).containsExactly(new ImportProblem(3, "import.unclosedQuote", List.of()));
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreAnErrorOnTheirLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("房号,姓名\n101,张三\n102,".getBytes(Charset.forName("GBK")));
        out.write(0xFF);
        out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));

        ImportPreview preview = DirectoryCsv.parse(out.toByteArray());

        assertThat(preview.charset()).isEqualTo("GBK");
        assertThat(preview.errors()).containsExactly(new ImportProblem(3, "import.badCharacters", List.of()));
        assertThat(preview.rows()).extracting(ImportRow::name).containsExactly("张三");
    }

    // ---- line numbers ----------------------------------------------------------------------------

    @Test
    void aQuotedFieldWithCommaAndLineBreakKeepsTheLineNumbersOfLaterRowsRight() {
        String csv = """
                楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递
                1,2,,1503,否,张三,业主,,13812345678,"三楼,
                有狗",同意
                1,2,,1504,否,"王""五""\",租户,,,,

                1,2,,1505,否,赵六,房东,,,,
                1,2,,1506,否,钱七,,,,,
                """;

        for (String text : List.of(csv, csv.replace("\n", "\r\n"))) {
            ImportPreview preview = DirectoryCsv.parse(utf8(text));

            assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 4, 7);
            assertThat(preview.rows().get(0).note()).isEqualTo("三楼,\n有狗");
            assertThat(preview.rows().get(0).consent()).isEqualTo(ParcelConsent.YES);
            assertThat(preview.rows().get(1).name()).isEqualTo("王\"五\"");
            assertThat(preview.errors()).containsExactly(new ImportProblem(6, "import.badKind", List.of("房东")));
        }
    }

    // ---- duplicates ------------------------------------------------------------------------------

    @Test
    void aPersonAgainInTheSameRoomIsReportedWithTheEarlierLineAndSkipped() {
        String csv = """
                楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递
                1,2,,1503,否,张三,业主,,,,
                1,2,,1503,否,李四,租户,,,,
                1,2,,1503,否, 张三 ,租户,,,,
                1,2,,1503,否,,,,,,
                1,2,,1504,否,,,,,,
                1,2,,1504,否,,,,,,
                1,2,,1504,否,Zhang San,,,,,
                1,2,,1504,否,zhang san,,,,,
                1,2,,1505,否,张三,,,,,
                """;

        ImportPreview preview = DirectoryCsv.parse(utf8(csv));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.duplicates()).containsExactly(
                new ImportProblem(4, "import.duplicate", List.of(2)),
                new ImportProblem(9, "import.duplicate", List.of(8)));
        assertThat(preview.rows()).as("a bare room already in the file is skipped silently")
                .extracting(ImportRow::line).containsExactly(2, 3, 6, 8, 10);
        assertThat(preview.importable()).as("duplicates do not block the import").isTrue();
    }

    // ---- template and export ---------------------------------------------------------------------

    @Test
    void theTemplateParsesCleanlyAndItsFileIsTheSameTextWithABom() {
        byte[] file = DirectoryCsv.templateBytes();

        assertThat(file).startsWith(BOM);
        assertThat(file).isEqualTo(withBom(DirectoryCsv.template().getBytes(StandardCharsets.UTF_8)));
        assertThat(DirectoryCsv.template()).startsWith(String.join(",", DirectoryCsv.EXPORT_HEADER) + "\r\n");

        ImportPreview preview = DirectoryCsv.parse(file);
        assertThat(preview.charset()).isEqualTo("UTF-8");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.duplicates()).isEmpty();
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).roomCode()).isEqualTo("1-2-1503");
        assertThat(preview.rows().get(0).kind()).isEqualTo(OccupantKind.OWNER);
        assertThat(preview.rows().get(0).phones()).hasSize(2);
        assertThat(preview.rows().get(1).roomCode()).isEqualTo("T-17F-1701");
        assertThat(preview.rows().get(1).kind()).isEqualTo(OccupantKind.COMPANY);
        assertThat(preview.rows().get(1).company()).isNotEmpty();
    }

    @Test
    void formatQuotesWhatNeedsItAndEndsLinesWithCrLf() {
        String text = DirectoryCsv.format(List.of(
                List.of("1", "2", "", "1503", "否", "张三", "业主", "甲,乙公司", "13812345678", "说\"你好\"\n再见", "同意")));

        assertThat(text).isEqualTo(String.join(",", DirectoryCsv.EXPORT_HEADER) + "\r\n"
                + "1,2,,1503,否,张三,业主,\"甲,乙公司\",13812345678,\"说\"\"你好\"\"\n再见\",同意\r\n");
    }

    @Test
    void anExportWrittenPageByPageIsTheSameAsOneWrittenWhole() {
        List<String> a = List.of("1", "2", "", "1503", "否", "张三", "OWNER", "", "138****5678", "", "YES");
        List<String> b = List.of("", "", "", "大堂", "是", "", "", "", "", "", "");

        String paged = DirectoryCsv.format(List.of()) + DirectoryCsv.formatRows(List.of(a))
                + DirectoryCsv.formatRows(List.of(b));

        assertThat(paged).isEqualTo(DirectoryCsv.format(List.of(a, b)));
    }

    @Test
    void anExportReadsBackAsTheSameRows() {
        String tricky = """
                楼栋,单元,楼层,房号,公共区域,姓名,身份,公司,电话,备注,代收快递
                1,2,,1504,否,王小明,业主,"甲,乙公司",13812345678;13987654321,"说""你好""
                再见",同意
                """;
        List<ImportRow> original = new java.util.ArrayList<>(DirectoryCsv.parse(utf8(GOOD)).rows());
        original.addAll(DirectoryCsv.parse(utf8(tricky)).rows());
        assertThat(original).hasSize(7);

        String exported = DirectoryCsv.format(original.stream().map(DirectoryCsv::exportRow).toList());
        ImportPreview again = DirectoryCsv.parse(withBom(utf8(exported)));

        assertThat(again.errors()).isEmpty();
        assertThat(again.rows()).extracting(DirectoryCsvTest::withoutLine)
                .containsExactlyElementsOf(original.stream().map(DirectoryCsvTest::withoutLine).toList());
        assertThat(again.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static ImportRow withoutLine(ImportRow r) {
        return new ImportRow(0, r.building(), r.unit(), r.floor(), r.room(), r.publicArea(), r.name(), r.kind(),
                r.company(), r.phones(), r.note(), r.consent());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] all = new byte[BOM.length + bytes.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(bytes, 0, all, BOM.length, bytes.length);
        return all;
    }
}
