package com.frontdesk.demo;

import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryService;
import com.frontdesk.directory.ImportPreview;
import com.frontdesk.directory.ImportResult;
import com.frontdesk.directory.ImportRow;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A demo directory: a residential compound (3 buildings × 2 units × 18 floors × 4 rooms) with
 * owners, family members and tenants, an office tower of 20 floors with companies, and the
 * public locations a desk deals with. Seeded, so every demo looks the same.
 */
final class DemoDirectory {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "华", "建国", "晓东", "婷", "宇", "欣怡", "子涵", "浩然", "三丰", "国庆"};
    /** The given names above that are a woman's; the others are a man's, so each demo person gets a fitting 称呼. */
    private static final Set<String> WOMEN = Set.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "婷", "欣怡", "子涵");
    private static final String[] COMPANIES = {"华通科技有限公司", "远景咨询有限公司", "蓝海贸易有限公司", "启明律师事务所",
            "恒信会计师事务所", "星河网络科技有限公司", "鼎盛投资管理有限公司", "青松教育科技有限公司", "润泽医疗器械有限公司",
            "同创设计工作室"};
    private static final String[] PUBLIC_AREAS = {"大堂", "地下车库B1", "地下车库B2", "水泵房", "配电室", "屋顶", "中心花园",
            "东门岗亭", "西门岗亭", "会所"};

    private final Random random = new Random(20261122L);
    private int line = 1;

    ImportResult create(DirectoryService directory, Session admin) {
        List<ImportRow> rows = new ArrayList<>();
        compound(rows);
        tower(rows);
        for (String area : PUBLIC_AREAS) {
            rows.add(row("", "", "", area, true, "", null, null, List.of()));
        }
        return directory.importRows(admin, new ImportPreview("UTF-8", rows, List.of(), List.of()));
    }

    private void compound(List<ImportRow> rows) {
        for (int building = 1; building <= 3; building++) {
            for (int unit = 1; unit <= 2; unit++) {
                for (int floor = 1; floor <= 18; floor++) {
                    for (int room = 1; room <= 4; room++) {
                        String number = String.format("%d%02d", floor, room);
                        String b = String.valueOf(building);
                        String u = String.valueOf(unit);
                        int roll = random.nextInt(10);
                        if (roll == 0) {
                            rows.add(row(b, u, "", number, false, "", null, null, List.of()));
                            continue;
                        }
                        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                        boolean rented = roll >= 8;
                        rows.add(row(b, u, "", number, false, person(surname), OccupantKind.OWNER, null, phones(2)));
                        if (rented) {
                            rows.add(row(b, u, "", number, false, person(SURNAMES[random.nextInt(SURNAMES.length)]),
                                    OccupantKind.TENANT, null, phones(1)));
                        } else if (roll % 2 == 0) {
                            rows.add(row(b, u, "", number, false, person(surname), OccupantKind.MEMBER, null, phones(1)));
                        }
                    }
                }
            }
        }
    }

    private void tower(List<ImportRow> rows) {
        for (int floor = 1; floor <= 20; floor++) {
            String company = COMPANIES[(floor - 1) % COMPANIES.length];
            for (int room = 1; room <= 4; room++) {
                String number = String.format("%d%02d", floor, room);
                if (room <= 2) {
                    rows.add(row("T", "", String.valueOf(floor), number, false,
                            person(SURNAMES[random.nextInt(SURNAMES.length)]), OccupantKind.COMPANY,
                            floor % 2 == 0 ? company : COMPANIES[(floor + 3) % COMPANIES.length], phones(1)));
                } else {
                    rows.add(row("T", "", String.valueOf(floor), number, false, "", null, null, List.of()));
                }
            }
        }
    }

    private String person(String surname) {
        return surname + GIVEN[random.nextInt(GIVEN.length)];
    }

    private List<String> phones(int max) {
        List<String> phones = new ArrayList<>();
        int count = 1 + random.nextInt(max);
        for (int i = 0; i < count; i++) {
            phones.add("1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
        }
        return phones;
    }

    private ImportRow row(String building, String unit, String floor, String room, boolean publicArea, String name,
                          OccupantKind kind, String company, List<String> phones) {
        ParcelConsent consent = name.isEmpty() ? ParcelConsent.UNKNOWN : ParcelConsent.values()[random.nextInt(3)];
        Title title = name.isEmpty() ? null : WOMEN.contains(name.substring(1)) ? Title.MS : Title.MR;
        return new ImportRow(++line, building, unit, floor, room, publicArea, name, kind, company, phones, null,
                consent, title);
    }
}
