package com.frontdesk.repairs;

import static com.frontdesk.repairs.RepairPriority.HIGH;
import static com.frontdesk.repairs.RepairPriority.LOW;
import static com.frontdesk.repairs.RepairPriority.NORMAL;
import static com.frontdesk.repairs.RepairPriority.URGENT;

import java.util.List;
import java.util.Map;

/**
 * What the repair book of a residential compound says, in the desk's words, for {@link RepairGenerator}:
 * the issues of each category of {@link RepairSettings#DEFAULT_CATEGORIES} with the priority the
 * desk gives them and what the fixer writes on the slip, the firms a demo site hands repairs to,
 * and the reasons and remarks of the timeline. Data only.
 */
final class RepairCatalog {
    /** The stairwell, lift or door of a building and unit, written out ("2号楼1单元"). */
    static final String UNIT = "{单元}";

    static final String ELEVATORS = "日立电梯维保站";
    static final String FIRE_SERVICE = "安平消防维保公司";
    static final String WINDOWS = "森鹰门窗售后";
    static final String INTERCOMS = "冠林可视对讲售后";
    static final String SECURITY_DOORS = "盼盼防盗门售后";
    static final String BUILDER = "中建翠湖项目部";
    static final String HEAT = "热力公司";
    static final String GAS = "燃气公司";
    static final String WATER = "自来水公司";
    static final String POWER = "供电公司";

    /** The firms a demo site keeps in Settings besides the utilities every site has. */
    static final List<RepairVendor> DEMO_VENDORS = List.of(
            new RepairVendor(ELEVATORS, FixerKind.VENDOR, "4008201234"),
            new RepairVendor(FIRE_SERVICE, FixerKind.VENDOR, "01062345678"),
            new RepairVendor(WINDOWS, FixerKind.MANUFACTURER, "4006781234"),
            new RepairVendor(INTERCOMS, FixerKind.MANUFACTURER, "4008875566"),
            new RepairVendor(SECURITY_DOORS, FixerKind.MANUFACTURER, "4006602345"),
            new RepairVendor(BUILDER, FixerKind.BUILDER, "01065432100"));

    /**
     * One kind of report.
     *
     * @param where   null: in a home; else a public location's code (or its start, "地下车库") or words,
     *                {@link #UNIT} standing for a building and unit
     * @param yuan    what the parts cost when the owner pays; 0: the work is free
     * @param outside the firm it goes to (when Settings has it); null: the site's engineers
     */
    record Issue(String category, String text, RepairPriority priority, String where, String labour, String parts,
                 int yuan, String outside) {
        boolean inHome() {
            return where == null;
        }
    }

    static final List<Issue> ISSUES = List.of(
            home("CIVIL", "卫生间顶棚渗水，疑似楼上防水层破损", HIGH, "查找渗漏点，重做局部防水", "防水涂料", 0, BUILDER),
            home("CIVIL", "客厅墙面出现裂缝，约一米长", NORMAL, "裂缝处开槽修补，刮腻子", "腻子粉、网格布", 0, BUILDER),
            home("CIVIL", "阳台地砖空鼓开裂", NORMAL, "更换地砖两块", "地砖、瓷砖胶", 120, null),
            home("CIVIL", "下雨时外墙窗边渗水，墙面发潮", HIGH, "外墙窗边重新打胶封堵", "耐候密封胶", 0, BUILDER),
            home("CIVIL", "厨房墙砖脱落一块", NORMAL, "重新粘贴墙砖", "瓷砖胶", 60, null),
            place("CIVIL", "单元门口台阶破损，老人容易绊倒", NORMAL, UNIT + "门口", "台阶修补", "水泥砂浆", null),
            place("CIVIL", "车库顶板渗水，滴到车上", HIGH, "地下车库", "顶板注浆堵漏", "堵漏材料", BUILDER),
            place("CIVIL", "楼道墙皮大片脱落", LOW, UNIT + "楼道", "铲除空鼓墙皮，刷涂料", "乳胶漆", null),
            home("DOORS_WINDOWS", "卧室窗户关不严，漏风", NORMAL, "调整窗扇五金，更换密封条", "密封条", 40, WINDOWS),
            home("DOORS_WINDOWS", "推拉窗滑轮损坏，推不动", NORMAL, "更换滑轮", "推拉窗滑轮两个", 60, WINDOWS),
            home("DOORS_WINDOWS", "窗户把手断了", NORMAL, "更换执手", "窗户执手一个", 45, WINDOWS),
            home("DOORS_WINDOWS", "卫生间门合页松动，门扇下垂", NORMAL, "紧固合页，调整门扇", null, 0, null),
            home("DOORS_WINDOWS", "断桥铝窗中空玻璃有裂纹", NORMAL, "更换中空玻璃", "中空玻璃一块", 0, WINDOWS),
            place("DOORS_WINDOWS", "单元门闭门器坏了，门关不上", NORMAL, UNIT + "门口", "更换闭门器", "闭门器", null),
            place("DOORS_WINDOWS", "楼道窗户玻璃破了", HIGH, UNIT + "楼道", "更换玻璃", "玻璃一块", null),
            home("SCREENS", "纱窗破了个洞，蚊子飞进来", LOW, "更换纱网", "纱网", 30, null),
            home("SCREENS", "纱窗推拉不顺，卡轨", LOW, "调整纱窗滑轨", null, 0, null),
            home("SCREENS", "隐形纱窗弹不回去", NORMAL, "更换隐形纱窗弹簧", "弹簧", 50, null),
            home("SCREENS", "厨房窗户想加装一扇纱窗", LOW, "测量并安装纱窗", "纱窗一扇", 150, null),
            home("INTERCOM", "可视对讲室内机屏幕不亮", NORMAL, "检修室内分机", "分机电源模块", 0, INTERCOMS),
            home("INTERCOM", "对讲能听到声音但开不了单元门", NORMAL, "检修开锁线路", null, 0, null),
            home("INTERCOM", "访客呼叫时家里分机不响", NORMAL, "检查分机及线路，重新接线", null, 0, INTERCOMS),
            home("INTERCOM", "门禁卡消磁，刷不开单元门", LOW, "重新写卡", null, 0, null),
            place("INTERCOM", "单元门口主机按键失灵", HIGH, UNIT + "门口", "更换门口主机按键板", "按键板", INTERCOMS),
            place("INTERCOM", "单元门禁刷卡没反应", HIGH, UNIT + "门口", "检修读卡器", "读卡模块", null),
            home("SECURITY_DOOR", "防盗门关门有异响，门扇下沉", NORMAL, "调整合页，加注润滑油", null, 0, null),
            home("SECURITY_DOOR", "防盗门锁舌缩不回去，门打不开", HIGH, "检修锁体", "锁体一套", 0, SECURITY_DOORS),
            home("SECURITY_DOOR", "防盗门猫眼松动", LOW, "紧固猫眼", null, 0, null),
            home("SECURITY_DOOR", "防盗门密封条脱落", LOW, "重新粘贴密封条", "密封条", 25, null),
            home("SECURITY_DOOR", "防盗门把手松脱", NORMAL, "更换把手", "把手一套", 0, SECURITY_DOORS),
            place("ELEVATOR", "电梯困人，轿厢内有一人", URGENT, UNIT + "电梯", "到场放人，检查门锁回路", null, ELEVATORS),
            place("ELEVATOR", "电梯运行时有异响", HIGH, UNIT + "电梯", "检查导轨和曳引机，加注润滑", null, ELEVATORS),
            place("ELEVATOR", "电梯门关不上，反复开关", HIGH, UNIT + "电梯", "清理地坎，调整门机", null, ELEVATORS),
            place("ELEVATOR", "电梯楼层按钮不亮", NORMAL, UNIT + "电梯", "更换按钮", "按钮一个", ELEVATORS),
            place("ELEVATOR", "电梯平层不准，出入有台阶", HIGH, UNIT + "电梯", "调整平层感应器", null, ELEVATORS),
            place("ELEVATOR", "电梯轿厢照明灯坏了", LOW, UNIT + "电梯", "更换轿厢照明灯", "LED灯", ELEVATORS),
            home("HEATING", "暖气不热，屋里只有十几度", HIGH, "排气，检查入户阀门", null, 0, HEAT),
            home("HEATING", "暖气片接口漏水", URGENT, "更换接口垫片", "垫片、生料带", 30, null),
            home("HEATING", "暖气片放气阀坏了", NORMAL, "更换放气阀", "放气阀", 20, null),
            home("HEATING", "地暖分水器漏水", HIGH, "更换分水器阀门", "分水器阀门", 80, null),
            home("HEATING", "整个单元暖气都不热", HIGH, "热力公司排查二次管网", null, 0, HEAT),
            place("HEATING", "楼道暖气管道滴水", HIGH, UNIT + "楼道", "更换管件", "管件", null),
            home("PLUMBING", "厨房下水堵了，水下不去", HIGH, "疏通下水管", null, 50, null),
            home("PLUMBING", "马桶堵塞", HIGH, "疏通马桶", null, 50, null),
            home("PLUMBING", "卫生间地漏返臭味", NORMAL, "更换防臭地漏芯", "防臭地漏芯", 35, null),
            home("PLUMBING", "水龙头滴水，关不紧", NORMAL, "更换阀芯", "陶瓷阀芯", 35, null),
            home("PLUMBING", "水管爆裂，家里水流不止", URGENT, "关闭总阀，更换爆裂管段", "PPR管件", 120, null),
            home("PLUMBING", "马桶水箱一直流水", NORMAL, "更换水箱进水阀", "进水阀", 45, null),
            home("PLUMBING", "家里突然停水，邻居有水", URGENT, "检查入户阀门和水表", null, 0, WATER),
            home("PLUMBING", "热水器进水管接头渗水", NORMAL, "更换进水软管", "不锈钢软管", 25, null),
            place("PLUMBING", "楼道雨水管断裂", NORMAL, UNIT + "楼道", "更换雨水管", "PVC管", null),
            place("PLUMBING", "污水井冒水，味道很大", URGENT, "中心花园", "疏通污水管网", null, null),
            place("PLUMBING", "水泵运行有异响", HIGH, "水泵房", "检修水泵，更换轴承", "轴承", null),
            home("ELECTRICAL", "家里跳闸，合不上", HIGH, "排查短路点，修复线路", null, 0, null),
            home("ELECTRICAL", "卧室插座没电", NORMAL, "检查线路，更换插座", "五孔插座", 25, null),
            home("ELECTRICAL", "卫生间浴霸不工作", NORMAL, "检修浴霸开关", "浴霸开关", 40, null),
            home("ELECTRICAL", "客厅吸顶灯不亮", NORMAL, "更换灯座和镇流器", "灯座", 30, null),
            home("ELECTRICAL", "全屋停电，电表箱没电", URGENT, "检查电表箱和进线", null, 0, POWER),
            place("ELECTRICAL", "楼道声控灯不亮", NORMAL, UNIT + "楼道", "更换声控灯", "声控LED灯", null),
            place("ELECTRICAL", "车库照明灯坏了一排", NORMAL, "地下车库", "更换灯管", "LED灯管", null),
            place("ELECTRICAL", "小区路灯不亮", NORMAL, "中心花园", "检修路灯线路", null, null),
            place("ELECTRICAL", "配电室有焦糊味", URGENT, "配电室", "检查配电柜，更换烧损接头", "接线端子", null),
            place("FIRE", "楼道灭火器压力不足", NORMAL, UNIT + "楼道", "更换灭火器", "灭火器两具", FIRE_SERVICE),
            place("FIRE", "消火栓箱门损坏", LOW, UNIT + "楼道", "修复箱门", null, FIRE_SERVICE),
            place("FIRE", "烟感报警器误报", HIGH, UNIT + "楼道", "更换烟感探头", "烟感探头", FIRE_SERVICE),
            place("FIRE", "安全出口指示灯不亮", NORMAL, "地下车库", "更换应急指示灯", "指示灯", FIRE_SERVICE),
            place("FIRE", "防火门关不严", NORMAL, UNIT + "楼道", "调整防火门闭门器", null, null),
            home("GAS", "厨房有燃气味", URGENT, "检查燃气管道接口，重新密封", null, 0, GAS),
            home("GAS", "燃气灶打不着火", NORMAL, "检查燃气表和灶具", null, 0, GAS),
            home("GAS", "燃气表不走字", NORMAL, "更换燃气表", null, 0, GAS),
            home("GAS", "燃气软管老化开裂", HIGH, "更换燃气软管", "燃气专用软管", 45, GAS),
            place("PUBLIC_FACILITIES", "小区大门道闸不抬杆", HIGH, "东门岗亭", "检修道闸电机", null, null),
            place("PUBLIC_FACILITIES", "儿童游乐区滑梯螺丝松动", HIGH, "中心花园", "紧固螺丝，打磨毛刺", null, null),
            place("PUBLIC_FACILITIES", "花园座椅木板断裂", NORMAL, "中心花园", "更换木板", "防腐木", null),
            place("PUBLIC_FACILITIES", "健身器材转盘卡死", NORMAL, "中心花园", "拆检加油，更换轴承", "轴承", null),
            place("PUBLIC_FACILITIES", "大堂自动门感应失灵", HIGH, "大堂", "调整感应器", null, null),
            place("PUBLIC_FACILITIES", "会所淋浴喷头坏了", LOW, "会所", "更换喷头", "淋浴喷头", null),
            place("PUBLIC_FACILITIES", "车库出口减速带松动", NORMAL, "地下车库", "重新固定减速带", "膨胀螺栓", null),
            place("PUBLIC_FACILITIES", "单元信报箱门掉了", LOW, UNIT + "门口", "重新安装箱门", null, null),
            home("OTHER", "晾衣架升降失灵", NORMAL, "更换钢丝绳", "钢丝绳", 60, null),
            home("OTHER", "窗帘轨道掉下来了", LOW, "重新固定轨道", null, 30, null),
            home("OTHER", "油烟机止回阀卡住，排烟不畅", NORMAL, "清理并更换止回阀", "止回阀", 40, null));

    /** The site's engineers without an account: most in-house work goes to them by name. */
    static final List<String> TECHNICIANS = List.of("工程部 王师傅", "工程部 李师傅", "工程部 张工", "水电工 赵师傅",
            "水电工 孙师傅", "木工 陈师傅");

    /** Who finds things on a patrol and reports them without a phone. */
    static final List<String> PATROLS = List.of("巡逻岗 孙师傅", "秩序维护员 赵师傅", "保洁员 刘阿姨", "保洁员 张阿姨",
            "工程部 巡检");

    static final List<String> WHEN_AT_HOME = List.of("业主晚上六点后在家", "周末在家", "上门前请先电话联系",
            "家里有老人，白天在家", "钥匙放前台，可直接上门");

    static final List<String> CANCEL_BEFORE_DISPATCH = List.of("重复报修，同一问题已有工单",
            "业主来电取消，已自行找人修好", "非物业维修范围，已告知业主联系商家", "业主误报，检查后无问题");
    static final List<String> CANCEL_AFTER_DISPATCH = List.of("业主已自行修好", "师傅上门时业主表示不需要维修了",
            "业主嫌费用高，不修了", "问题已自行恢复");
    static final List<String> CANCEL_ON_HOLD = List.of("业主决定自行请人维修", "业主长期联系不上，经同意撤单");

    static final List<String> RETURNS = List.of("业主家中无人，多次联系不上", "非本人专业范围，退回重派",
            "业主要求改约时间，退回客服重新安排");
    static final List<String> TRANSFERS = List.of("原师傅休假，改派", "工作量调整，转其他师傅", "需要两人配合，改派");
    static final String TO_MANUFACTURER = "上门查看属厂家保修范围，转厂家处理";

    static final Map<HoldReason, List<String>> HOLD_NOTES = Map.of(
            HoldReason.WAITING_VENDOR, List.of("厂家需订购配件，预计三周到货", "已报厂家，等待厂家排期上门",
                    "厂家配件缺货，等待调货"),
            HoldReason.WAITING_PARTS, List.of("配件需采购，预计两三天到", "型号特殊，已网上订购配件",
                    "等待库房领料"),
            HoldReason.WAITING_OWNER, List.of("业主出差，约定回来后再上门", "业主要求周末再修", "需业主先清空柜子"));
    static final List<String> UTILITY_HOLDS = List.of("热力公司排查主管网，等待回复", "已报单位，等待排期",
            "需停水停气作业，等待通知");
    static final List<String> BUILDER_HOLDS = List.of("施工方排期，等晴天施工", "已报开发商，等待施工方上门");

    static final List<String> PRAISE = List.of("师傅很专业，来得也快", "修得很好，谢谢工程部", "态度很好，还帮忙清理了现场");
    static final List<String> SUGGESTIONS = List.of("希望上门前能提前电话说一声", "建议师傅带鞋套", "希望能约晚上的时间");
    static final List<String> GRIEVANCES = List.of("等了好几天才来修，太慢了", "修完没几天又坏了", "师傅走后地上一片狼藉",
            "说好上午来，下午才到");
    static final List<String> ANGER = List.of("前后报了三次都没修好，非常不满", "师傅态度恶劣，要求投诉",
            "漏水把楼下都泡了才来人，要求赔偿");
    static final List<String> REOPENS = List.of("业主反映问题未解决，返修", "回访时业主仍不满意，安排返修");
    static final List<String> SETTLED = List.of("已向业主致歉并说明情况", "主管已上门沟通，业主表示理解",
            "已与业主协商处理完毕");

    private RepairCatalog() {
    }

    private static Issue home(String category, String text, RepairPriority priority, String labour, String parts,
                              int yuan, String outside) {
        return new Issue(category, text, priority, null, labour, parts, yuan, outside);
    }

    private static Issue place(String category, String text, RepairPriority priority, String where, String labour,
                               String parts, String outside) {
        return new Issue(category, text, priority, where, labour, parts, 0, outside);
    }
}
