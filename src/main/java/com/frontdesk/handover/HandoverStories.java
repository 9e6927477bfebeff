package com.frontdesk.handover;

import java.util.List;

/**
 * What the demo's handover book says ({@link HandoverGenerator}): the differences a desk finds when
 * it counts, the notes it leaves the next shift, and the one handover the incoming side refused.
 * Written as a desk writes them, in Chinese, the language of the site.
 */
final class HandoverStories {
    /**
     * A difference found on a line counted by hand: {@code delta} from the expected count, the
     * condition, and the note the signature needs.
     */
    record Difference(String code, int delta, ItemCondition condition, String note) {
    }

    /** A note for the next shift and how urgent it is. */
    record Note(String text, NotePriority priority) {
    }

    static final List<Difference> DIFFERENCES = List.of(
            new Difference("UMBRELLAS", -1, ItemCondition.GOOD, "业主借用雨伞一把，已在签收本登记，明日归还"),
            new Difference("UMBRELLAS", -2, ItemCondition.GOOD, "雨天借出两把，借用人已登记房号，待归还"),
            new Difference("UMBRELLAS", 0, ItemCondition.DAMAGED, "一把伞骨折断，已放一旁待报废"),
            new Difference("PENS", -1, ItemCondition.GOOD, "一支笔没水已丢弃，需向行政申领"),
            new Difference("RADIOS", 0, ItemCondition.DAMAGED, "2号对讲机电池鼓包，已停用，待更换电池"),
            new Difference("CHAIRS", 0, ItemCondition.DAMAGED, "一把椅子轮子松动，已报工程部"),
            new Difference("UMBRELLA_BAG_MACHINE", 0, ItemCondition.DAMAGED, "雨伞套机卡袋，已清理，仍需检修"),
            new Difference("DESK_PHONE", 0, ItemCondition.DAMAGED, "电话听筒有杂音，已报修"),
            new Difference("VISITOR_REGISTER", 1, ItemCondition.GOOD, "旧登记本已写满，新本已启用，旧本一并交接"),
            new Difference("KEYS", 0, ItemCondition.DAMAGED, "钥匙串扣环断裂，已临时用扎带固定"));

    static final List<Note> NOTES = List.of(
            new Note("3号楼电梯明早9点年检，请提前在大堂张贴通知", NotePriority.HIGH),
            new Note("1-2-1503业主的快递需本人签收，不可代领", NotePriority.NORMAL),
            new Note("物业费催缴通知已到，待业主来取", NotePriority.LOW),
            new Note("地下车库B1照明报修未完成，巡逻时留意", NotePriority.NORMAL),
            new Note("明天上午停水检修，来电咨询请按通知答复", NotePriority.HIGH),
            new Note("2-1-702租户搬家，已约定周六上午使用货梯", NotePriority.NORMAL),
            new Note("前台打印机缺纸，已申领，到货后补上", NotePriority.LOW),
            new Note("投诉回访名单已打印，放在抽屉第一格", NotePriority.NORMAL),
            new Note("消防演练通知需在各单元门口张贴", NotePriority.HIGH),
            new Note("失物招领处有一部手机，失主已联系，待来取", NotePriority.NORMAL),
            new Note("装修单位临时出入证到期，需收回", NotePriority.NORMAL),
            new Note("快递柜故障，厂家明天上门维修", NotePriority.LOW));

    /** The handover refused: the spare key was lent without a name, so the incoming side would not take the desk. */
    static final String REFUSED_CODE = "KEYS";
    static final String REFUSED_NOTE = "备用钥匙借给工程部维修人员，未登记借用人";
    static final String REFUSAL_REASON = "备用钥匙去向不明，需找回或写明借用人后再交接";

    static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};

    private HandoverStories() {
    }
}
