package com.frontdesk.complaints;

import java.util.List;
import java.util.Map;

/**
 * What a residential compound's complaint book says, in the desk's words, for
 * {@link ComplaintGenerator}: the complaints of each default category with the department that
 * answers them and what it finds, praise and suggestions, and the remarks of the timeline. Data only.
 */
final class ComplaintCatalog {
    /**
     * One kind of complaint and its usual outcome when founded.
     *
     * @param grave  a matter of safety or a home damaged: often serious or urgent
     * @param weight how often it comes up, against the category's other complaints
     */
    record Issue(String category, String subject, String whatHappened, String whatTheyWant, String department,
                 Nature nature, boolean grave, int weight, String cause, String correctiveAction, String answer) {
    }

    /** Praise (赞扬) or a suggestion (改进提醒), with the category it is about. */
    record Feedback(String category, String subject) {
    }

    static final List<Issue> ISSUES = List.of(
            new Issue("NOISE", "楼上装修电钻噪音", "邻居装修周末早上七点就开始电钻施工，孩子被吵醒", "要求物业制止并规定施工时间",
                    "秩序部", Nature.NON_QUALITY, false, 6, "装修队未按装修管理规定的时间施工",
                    "约谈装修队负责人，张贴施工时间告示，秩序部每日巡查", "已要求装修队只在工作日 8:00-12:00、14:00-18:00 施工，周末禁止噪音作业"),
            new Issue("NOISE", "广场舞音响太吵", "晚上九点半以后中心广场音响还开得很大声", "要求规定音量和结束时间", "秩序部",
                    Nature.NON_QUALITY, false, 3, "广场舞队超时活动、音量过大", "与舞队负责人约定 21:00 前结束并控制音量，秩序部定时巡查",
                    "已与舞队约定每晚 21:00 前结束，音量调低，我们会每晚巡查"),
            new Issue("NOISE", "地库排风机噪音大", "地下车库排风机夜里轰鸣，一楼住户睡不着", "要求检修或调整运行时间", "工程部",
                    Nature.QUALITY, false, 2, "排风机轴承磨损，减震垫老化", "更换轴承和减震垫，夜间改为低速运行",
                    "排风机已检修，夜间 22:00 后低速运行，请您再感受一下"),
            new Issue("NOISE", "邻居家狗夜间吠叫", "隔壁家的狗每天夜里叫，已经一周了", "请物业出面协调", "客服部",
                    Nature.NON_QUALITY, false, 2, "邻居白天上班，狗独自在家吠叫", "管家上门沟通，建议对方加强看管并送去训练",
                    "已上门与邻居沟通，对方表示会加强看管，如仍有问题请随时联系管家"),
            new Issue("REPAIR_QUALITY", "厨房水龙头修后又漏", "上周刚维修的水龙头三天后又开始漏水", "要求免费返修并说明原因", "工程部",
                    Nature.QUALITY, false, 5, "更换的阀芯规格不匹配", "免费返修更换原厂阀芯，对维修人员进行培训",
                    "已免费返修并更换原厂阀芯，给您带来不便深表歉意"),
            new Issue("REPAIR_QUALITY", "可视对讲修完还是不通", "门口对讲报修两次，修完当天又坏了", "要求彻底修好", "工程部",
                    Nature.QUALITY, false, 3, "室内机线路接头氧化，上次只做了临时处理", "重新压接线路并更换室内机", "对讲已彻底修复并更换室内机，已当面测试正常"),
            new Issue("REPAIR_QUALITY", "卫生间吊顶修补后开裂", "卫生间吊顶修补不到一个月就开裂掉灰", "要求重新施工", "工程部",
                    Nature.QUALITY, false, 2, "修补时基层未干透就刮腻子", "铲除重做，基层干透后施工并延长保修期",
                    "吊顶已重新施工，保修期延长至一年"),
            new Issue("REPAIR_QUALITY", "维修师傅未按约定时间上门", "约好上午十点维修，等到下午两点也没人来", "要求道歉并尽快上门", "工程部",
                    Nature.QUALITY, false, 3, "派工后维修人员临时被调去处理漏水，未通知业主", "完善派工改约通知流程，当日上门完成维修",
                    "已于当日上门修好，并向您致歉，今后改约会提前电话通知"),
            new Issue("CLEANING", "楼道垃圾未及时清运", "单元门口垃圾桶满了两天没人清", "要求及时清运并消毒", "保洁部",
                    Nature.QUALITY, false, 5, "保洁员请假期间未安排顶岗", "调整排班确保每日两次清运，垃圾桶已清洗消毒",
                    "垃圾已清运并消毒，已调整排班，每天早晚各清运一次"),
            new Issue("CLEANING", "电梯轿厢有异味", "电梯里一股宠物尿味，好几天了", "要求清洁除味", "保洁部", Nature.QUALITY,
                    false, 3, "轿厢地面缝隙残留污渍未彻底清洗", "深度清洁轿厢并增加除味频次", "电梯已深度清洁除味，之后每天消毒一次"),
            new Issue("CLEANING", "楼道连续几天没有拖地", "楼道地面很脏，好几天没见保洁拖地", "要求按标准保洁", "保洁部",
                    Nature.QUALITY, false, 3, "保洁员漏做楼层", "重新清洁并增加楼层签到检查", "楼道已清洁，保洁每层签到，主管每日抽查"),
            new Issue("CLEANING", "地库积水无人清理", "下雨后地库入口积水，车开过去溅一身", "要求清理并排查排水", "保洁部",
                    Nature.QUALITY, false, 2, "排水沟被落叶堵塞", "疏通排水沟，雨天安排专人值守", "积水已清理，排水沟已疏通，雨天会安排专人巡查"),
            new Issue("SECURITY", "外来人员随意进入小区", "看到推销人员跟着业主进单元门，门岗没拦", "要求加强门岗管理", "秩序部",
                    Nature.QUALITY, false, 4, "门岗高峰时段未严格核验", "门岗高峰加派人手，外来人员一律登记", "已加强门岗核验，外来人员须登记并由业主确认"),
            new Issue("SECURITY", "楼道里电动车充电", "有人把电动车推进楼道拉线充电，很危险", "要求立即清理", "秩序部",
                    Nature.NON_QUALITY, true, 4, "个别住户违规入户充电", "劝离电动车，张贴消防告示，增加巡查",
                    "电动车已劝离，已在车棚增设充电桩，并会持续巡查"),
            new Issue("SECURITY", "电梯困人二十分钟", "电梯在 8 楼和 9 楼之间停住，困了二十分钟才有人来", "要求说明原因，检查电梯安全",
                    "工程部", Nature.QUALITY, true, 3, "电梯门锁触点故障，值班人员到场时间过长",
                    "维保单位更换门锁触点，全面检查该梯，值班人员救援演练", "电梯已检修并经检测合格，救援到场时间已重新要求在 15 分钟内"),
            new Issue("SECURITY", "夜间巡逻不到位", "连续几天半夜单元门大开，没见有人巡逻", "要求加强夜间巡逻", "秩序部",
                    Nature.QUALITY, false, 2, "夜班巡逻路线漏掉后排楼栋", "调整巡逻路线并加装巡更点", "已调整夜间巡逻路线，后排楼栋每两小时巡查一次"),
            new Issue("FEES", "物业费账单金额有误", "账单上的面积比房产证多了两平方米", "要求核对并更正", "财务部", Nature.NON_QUALITY,
                    false, 4, "系统录入面积有误", "更正面积并退还多收费用", "已按房产证面积更正，多收费用已退回您的账户"),
            new Issue("FEES", "停车费重复扣款", "这个月停车月卡被扣了两次", "要求退还多扣的钱", "财务部", Nature.NON_QUALITY, false, 3,
                    "支付平台回调异常导致重复扣款", "核实后原路退款", "多扣的停车费已原路退回，约三个工作日到账"),
            new Issue("FEES", "公摊电费偏高", "这个月公摊电费比上月高了一倍", "要求公示明细", "财务部", Nature.NON_QUALITY, false, 2,
                    "地库照明改造期间临时用电计入公摊", "公示明细并冲减临时用电费用", "公摊明细已在公告栏公示，临时用电费用已冲减"),
            new Issue("FEES", "维修收费不合理", "换一个水龙头收了一百八，比外面贵", "要求说明收费标准", "工程部", Nature.QUALITY,
                    false, 2, "未事先告知材料价格", "公示维修收费标准，维修前先报价", "已向您说明收费明细，今后维修会先报价经您同意"),
            new Issue("PARKING", "固定车位被他人占用", "下班回来自己的车位被一辆外地车占了", "要求挪车并加强管理", "秩序部",
                    Nature.QUALITY, false, 5, "访客车辆未按引导停放", "联系车主挪车，访客车辆统一引导至临时车位",
                    "已联系车主挪车，访客车辆今后统一引导到临时车位"),
            new Issue("PARKING", "消防通道停车无人管", "5 号楼前消防通道天天停满车", "要求清理消防通道", "秩序部",
                    Nature.NON_QUALITY, true, 3, "夜间车位不足，部分住户违停", "施划禁停标线，夜间巡查劝离", "已施划禁停标线，夜间每小时巡查劝离"),
            new Issue("PARKING", "道闸识别不了车牌", "地库道闸总识别不了我的新能源车牌，每次都要等", "要求修好道闸", "工程部",
                    Nature.QUALITY, false, 2, "道闸摄像头角度偏移、系统未录入绿牌", "调整摄像头并升级识别程序", "道闸已调整升级，您的车牌已可正常识别"),
            new Issue("PARKING", "访客车辆乱停挡住出口", "有车横停在地库出口，早上出不去", "要求立即处理", "秩序部", Nature.QUALITY,
                    false, 2, "岗亭未引导访客车辆停放", "联系车主挪车，岗亭加强引导", "已联系车主挪车，岗亭今后会引导访客停放"),
            new Issue("SERVICE_ATTITUDE", "门岗保安态度恶劣", "进门时保安说话很冲，还不让进", "要求道歉并处理当事人", "秩序部",
                    Nature.QUALITY, false, 4, "当班保安服务用语不规范", "当事人当面道歉，秩序部组织服务礼仪培训", "当事保安已向您道歉，并已参加服务礼仪培训"),
            new Issue("SERVICE_ATTITUDE", "前台接电话不耐烦", "打电话问报修进度，前台语气很不耐烦", "要求改进服务态度", "客服部",
                    Nature.QUALITY, false, 3, "高峰时段来电多，接线员情绪急躁", "接线员道歉，客服部开展服务规范培训", "已向您致歉，客服部已组织服务规范培训"),
            new Issue("SERVICE_ATTITUDE", "管家答应的事没办", "上月管家说会处理楼道灯，一直没有下文", "要求给个说法", "客服部",
                    Nature.QUALITY, false, 3, "管家未跟进登记的事项", "立即处理楼道灯，建立事项跟踪台账", "楼道灯已修好，管家的事项今后都会登记跟踪"),
            new Issue("SERVICE_ATTITUDE", "维修师傅说话不客气", "师傅上门嫌我家东西多，说话很难听", "要求道歉", "工程部", Nature.QUALITY,
                    false, 2, "维修人员服务意识不足", "当事人道歉并接受培训", "当事维修人员已向您道歉并接受服务培训"),
            new Issue("OTHER", "快递柜经常故障", "快递柜屏幕经常黑屏，取不出快递", "要求联系厂家维修", "客服部", Nature.NON_QUALITY, false,
                    2, "快递柜主板故障", "联系厂家更换主板", "快递柜已由厂家修好，故障期间可到前台代取"),
            new Issue("OTHER", "绿化修剪不及时", "楼下的树枝挡住了窗户，屋里很暗", "要求修剪", "绿化部", Nature.QUALITY, false, 3,
                    "绿化修剪计划未覆盖该区域", "安排修剪并调整修剪计划", "树枝已修剪，今后每季度修剪一次"),
            new Issue("OTHER", "楼上往下扔垃圾", "阳台上经常有从楼上扔下来的烟头和果皮", "要求查找并制止", "秩序部", Nature.NON_QUALITY,
                    true, 2, "个别住户高空抛物", "张贴告示，加装高空抛物监控，入户宣传", "已加装监控并入户宣传，发现抛物行为将报警处理"));

    static final List<Feedback> PRAISE = List.of(
            new Feedback("SECURITY", "保安小王帮忙把重物搬上楼"),
            new Feedback("CLEANING", "保洁阿姨把楼道打扫得很干净"),
            new Feedback("REPAIR_QUALITY", "维修师傅半夜赶来修好了水管"),
            new Feedback("SERVICE_ATTITUDE", "前台帮忙找回了丢失的钥匙"),
            new Feedback("SERVICE_ATTITUDE", "管家耐心解释了物业费明细"),
            new Feedback("SECURITY", "门岗及时发现并送回走失的老人"),
            new Feedback("OTHER", "小区绿化今年打理得很好"),
            new Feedback("REPAIR_QUALITY", "电梯维修很及时，师傅很专业"));

    static final List<Feedback> SUGGESTIONS = List.of(
            new Feedback("PARKING", "建议地面增加电动车充电桩"),
            new Feedback("OTHER", "建议儿童游乐区加装遮阳棚"),
            new Feedback("CLEANING", "建议垃圾分类点旁增加洗手池"),
            new Feedback("SECURITY", "建议地库增加照明和监控"),
            new Feedback("FEES", "建议在公告栏公示公共收益使用情况"),
            new Feedback("PARKING", "建议访客车辆扫码登记入场"),
            new Feedback("NOISE", "建议装修施工时间在电梯里公示"));

    /** Who complains without being in the directory: a visitor, a courier, a neighbour from next door. */
    static final List<String> OUTSIDERS = List.of("访客 刘先生", "快递员 小陈", "隔壁小区居民 周女士", "租户亲属 马女士",
            "外卖骑手 张师傅");

    /** The desk's investigation notes, per department. */
    static final Map<String, List<String>> NOTES = Map.of(
            "秩序部", List.of("已调取监控核实情况", "当班人员已写情况说明", "已到现场查看并拍照"),
            "工程部", List.of("已安排师傅上门查看", "已联系维保单位到场检测", "查看维修记录，确认上次维修内容"),
            "保洁部", List.of("保洁主管已到现场核查", "已查看保洁签到记录"),
            "财务部", List.of("已调取缴费记录核对", "已联系支付平台核实"),
            "客服部", List.of("管家已电话联系业主了解情况", "已约业主面谈"),
            "绿化部", List.of("绿化主管已到现场查看"));
    static final List<String> ANY_NOTES = List.of("已电话告知业主处理进度", "已向业主说明处理方案");

    static final List<String> ACKNOWLEDGEMENTS = List.of("已致电业主，说明会在七个工作日内答复",
            "已短信告知受理编号和处理时限", "业主来访时当面告知处理流程");
    static final List<String> NOTICES = List.of("已电话安抚业主，要求相关部门两小时内到场", "已关注，要求当天给出处理方案",
            "已向项目经理报告，督促加快处理");
    static final List<String> UNFOUNDED = List.of("经调取监控核实，当时工作人员按规定执行，不存在所述情况",
            "所述问题属于业主之间的民事纠纷，物业已尽协调义务", "收费符合合同约定和公示标准",
            "问题由业主自行装修造成，不属于物业责任范围");
    static final List<String> UNFOUNDED_ANSWERS = List.of("已向您说明核实情况和相关规定，如有新的情况欢迎随时反映",
            "已解释相关规定，物业会继续协助协调");
    static final List<String> COMPENSATIONS = List.of("减免当月物业费 50 元", "赠送一次免费家政保洁", "赔偿清洗费 100 元");
    /** What the complainant says when not accepting the answer. */
    static final List<String> REJECTIONS = List.of("问题还是没有解决", "只道歉不解决问题，不能接受", "处理结果太敷衍",
            "之后又发生了同样的情况");
    static final List<String> ACCEPTED = List.of("业主表示满意", "业主接受处理结果");
    static final List<String> CALL_BACK_PRAISE = List.of("业主说处理很及时，表示感谢", "业主对处理结果很满意");
    static final List<String> CALL_BACK_SUGGESTIONS = List.of("希望以后能主动告知处理进度", "建议加强日常巡查");
    static final List<String> CALL_BACK_GRIEVANCES = List.of("处理太慢，拖了一个星期", "问题解决了但态度一般");
    static final List<String> CALL_BACK_ANGER = List.of("问题反复出现，对物业很失望");
    /** People of a department who handle a case without an account of their own. */
    static final Map<String, String> DEPARTMENT_PEOPLE = Map.of("秩序部", "秩序部 赵队长", "工程部", "工程部 王工",
            "保洁部", "保洁部 孙主管", "财务部", "财务部 钱会计", "客服部", "客服部 周管家", "绿化部", "绿化部 吴师傅");

    private ComplaintCatalog() {
    }
}
