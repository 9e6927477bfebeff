package com.frontdesk.phrases;

import static com.frontdesk.phrases.PhraseCategory.APOLOGY;
import static com.frontdesk.phrases.PhraseCategory.COMPLAINTS;
import static com.frontdesk.phrases.PhraseCategory.ENQUIRY;
import static com.frontdesk.phrases.PhraseCategory.HOTLINE;
import static com.frontdesk.phrases.PhraseCategory.PARCELS;
import static com.frontdesk.phrases.PhraseCategory.PHONE_CLOSING;
import static com.frontdesk.phrases.PhraseCategory.PHONE_OPENING;
import static com.frontdesk.phrases.PhraseCategory.RECEPTION;
import static com.frontdesk.phrases.PhraseCategory.REPAIRS;
import static com.frontdesk.phrases.PhraseCategory.SIX_SOUNDS;
import static com.frontdesk.phrases.PhraseCategory.VISITORS;
import static com.frontdesk.phrases.PhraseCategory.WAITING;

import java.util.List;

/**
 * The library a new site starts with, written for this program in both languages: every scene of
 * the desk and the hotline, and the "six sounds" of service (问候声, 请求声, 感谢声, 致歉声, 应答声,
 * 道别声). Codes are short to type: the scene's letters and a number. Administrators change or
 * replace it (Phrases, or an import from head office).
 */
final class StarterPhrases {
    private StarterPhrases() {
    }

    private static PhraseForm p(PhraseCategory c, String code, String title, String zh, String en, String tags) {
        return new PhraseForm(c, code, title, zh, en, tags);
    }

    static List<PhraseForm> all() {
        return List.of(
                // Phone: opening
                p(PHONE_OPENING, "kc1", "来电问候", "您好，{公司}客服中心，工号{工号}为您服务，请问有什么可以帮您？",
                        "Hello, {company} service centre, staff number {staffNo} speaking. How may I help you?",
                        "电话 开场 问候"),
                p(PHONE_OPENING, "kc2", "早间来电问候", "早上好，{公司}前台，请问有什么需要？",
                        "Good morning, {company} front desk. What can I do for you?", "电话 早上"),
                p(PHONE_OPENING, "kc3", "确认来电身份", "请问您是哪一栋哪一户的业主？方便留一下您的姓名吗？",
                        "May I ask which building and flat you are calling from, and your name, please?",
                        "电话 身份 房号"),
                p(PHONE_OPENING, "kc4", "回拨开场", "{称呼|您}好，我是{公司}前台的{员工}，之前您反映的事情，现在给您回个电话。",
                        "Hello {title|there}, this is {staff} from the {company} front desk, calling you back "
                                + "about the matter you raised.", "电话 回访 回拨"),
                p(PHONE_OPENING, "kc5", "转接前告知", "好的，我现在为您转接相关同事，请稍候，不要挂机。",
                        "Certainly. I am transferring you to a colleague now; please stay on the line.",
                        "电话 转接"),
                // Phone: closing
                p(PHONE_CLOSING, "js1", "通话结束致谢", "感谢您的来电，祝您生活愉快，再见！",
                        "Thank you for calling. Have a pleasant day, goodbye!", "电话 结束 再见"),
                p(PHONE_CLOSING, "js2", "确认无其他需要", "请问还有其他需要帮忙的吗？",
                        "Is there anything else I can help you with?", "电话 结束 确认"),
                p(PHONE_CLOSING, "js3", "复述后结束", "好的，刚才的事情我已经记下了，单号是{单号|稍后短信告知}，有进展我们会及时通知您。",
                        "I have noted everything; the reference number is {number|coming by text message}. "
                                + "We will keep you informed.", "电话 结束 单号"),
                p(PHONE_CLOSING, "js4", "请对方先挂机", "您先挂机吧，再见。",
                        "Please hang up first. Goodbye.", "电话 挂机"),
                p(PHONE_CLOSING, "js5", "夜间结束", "夜深了，注意休息，有事随时打前台电话，再见。",
                        "It is late, please get some rest. Call the front desk any time you need us. Goodbye.",
                        "电话 夜间"),
                // Reception at the desk
                p(RECEPTION, "jd1", "前台迎客", "您好，欢迎光临{公司}，请问有什么可以帮您？",
                        "Hello, welcome to {company}. How can I help you?", "前台 接待 欢迎"),
                p(RECEPTION, "jd2", "请稍坐", "请您先到旁边沙发稍坐，我马上为您办理。",
                        "Please take a seat over there; I will take care of it right away.", "前台 接待 座位"),
                p(RECEPTION, "jd3", "递送物品", "这是您的资料，请收好。",
                        "Here are your papers; please keep them safe.", "前台 递交"),
                p(RECEPTION, "jd4", "引导方向", "电梯在您的右手边，请到{房号|所在楼层}，有需要随时找我们。",
                        "The lifts are on your right; please go up to {room|your floor}. Ask us any time.",
                        "前台 指引 电梯"),
                p(RECEPTION, "jd5", "雨天提醒", "外面下雨了，前台有爱心雨伞可以借用，登记一下就好。",
                        "It is raining outside. The desk lends umbrellas; just sign for one here.",
                        "前台 雨伞 借用"),
                p(RECEPTION, "jd6", "暂离前台说明", "我需要离开前台一会儿，同事马上过来，请您稍等。",
                        "I have to step away for a moment; a colleague is on the way. Please wait a little.",
                        "前台 离开"),
                // Visitors
                p(VISITORS, "fk1", "询问来访对象", "您好，请问您要拜访哪一位？是哪一栋哪一户？",
                        "Hello, whom are you visiting, and in which building and flat?", "访客 来访 登记"),
                p(VISITORS, "fk2", "请出示证件", "麻烦出示一下您的身份证件，我们做个登记，谢谢配合。",
                        "May I see your ID, please? We need to register your visit. Thank you.",
                        "访客 证件 登记"),
                p(VISITORS, "fk3", "联系被访人", "请稍等，我先和{房号|业主}联系确认一下。",
                        "One moment, please; I will call {room|the resident} to confirm.", "访客 确认"),
                p(VISITORS, "fk4", "被访人无法确认", "抱歉，暂时联系不上被访人，您可以先在大堂稍候，或者与对方电话确认后再来。",
                        "Sorry, we cannot reach the person you are visiting yet. You may wait in the lobby, "
                                + "or call them and come back.", "访客 联系不上"),
                p(VISITORS, "fk5", "访客离开提醒", "离开时请到前台交回访客证，谢谢。",
                        "Please return your visitor pass at the desk when you leave. Thank you.",
                        "访客 离开 访客证"),
                p(VISITORS, "fk6", "施工人员登记", "施工人员请登记工作内容和预计离场时间，并佩戴好工作证。",
                        "Contractors, please note the work and when you expect to leave, and wear your badge.",
                        "访客 施工 装修"),
                // Parcels
                p(PARCELS, "kd1", "快递到达通知", "{称呼|您}好，您有一件快递放在前台，请凭取件码到前台领取。",
                        "Hello {title|there}, a parcel for you is waiting at the desk; bring your pickup code "
                                + "to collect it.", "快递 通知 取件"),
                p(PARCELS, "kd2", "取件核对", "请报一下取件码或者手机尾号，我帮您找一下。",
                        "Please tell me your pickup code or the last digits of your phone; I will find it.",
                        "快递 取件 核对"),
                p(PARCELS, "kd3", "代收签字", "麻烦在这里签个字，确认您已取走快递。",
                        "Please sign here to confirm you have collected the parcel.", "快递 签字"),
                p(PARCELS, "kd4", "超期提醒", "{称呼|您}好，您的快递在前台已经放了好几天，请尽快来取，以免影响使用。",
                        "Hello {title|there}, your parcel has been at the desk for several days; please collect "
                                + "it soon.", "快递 超期 提醒"),
                p(PARCELS, "kd5", "不代收说明", "抱歉，按规定贵重物品和生鲜我们无法代收，请您与快递员另约时间。",
                        "Sorry, we are not allowed to hold valuables or fresh food; please arrange another "
                                + "time with the courier.", "快递 拒收 生鲜"),
                // Repairs
                p(REPAIRS, "bx1", "报修已受理", "{称呼|您}好，您的报修已经登记，单号{单号}，维修师傅会尽快与您联系上门时间。",
                        "Hello {title|there}, your repair request is registered as {number}. The technician "
                                + "will call you soon to arrange a visit.", "报修 受理 单号"),
                p(REPAIRS, "bx2", "询问报修详情", "请问是哪里出了问题？大概什么时候开始的？",
                        "What exactly is the problem, and roughly when did it start?", "报修 询问"),
                p(REPAIRS, "bx3", "预约上门时间", "维修师傅会按约好的时间上门，请问到时家里有人吗？",
                        "The technician will come at the agreed time. Will someone be at home then?",
                        "报修 预约 上门"),
                p(REPAIRS, "bx4", "维修进度告知", "{称呼|您}好，报修单{单号}正在处理中，配件到了会第一时间安排。",
                        "Hello {title|there}, repair {number} is in hand; we will schedule it as soon as the "
                                + "part arrives.", "报修 进度 配件"),
                p(REPAIRS, "bx5", "完工回访", "{称呼|您}好，{房号|您家}的维修已经完成，请问现在使用正常吗？对师傅的服务满意吗？",
                        "Hello {title|there}, the repair at {room|your home} is done. Is everything working, "
                                + "and were you happy with the service?", "报修 回访 完工"),
                p(REPAIRS, "bx6", "有偿维修说明", "这项维修涉及更换配件，需要收取材料费，师傅会先报价，您同意后再施工。",
                        "This repair needs new parts, which are charged. The technician will quote first and "
                                + "start only with your agreement.", "报修 收费 报价"),
                p(REPAIRS, "bx7", "紧急报修安抚", "请先关闭总阀，注意安全，我们马上安排人员赶到{房号|现场}。",
                        "Please turn off the main valve and stay safe; we are sending someone to {room|you} now.",
                        "报修 紧急 漏水"),
                p(REPAIRS, "bx8", "电话联系记录", "{日期} {时间} 已电话联系{称呼|业主}，告知{单号|报修}的处理进度。",
                        "{date} {time}: phoned {title|the owner} about the progress of {number|the repair}.",
                        "报修 备注 记录 回电"),
                // Complaints
                p(COMPLAINTS, "ts1", "受理投诉", "{称呼|您}好，您反映的问题我已经详细记录，单号{单号}，我们会在规定时间内给您答复。",
                        "Hello {title|there}, I have written down everything you told us under number {number}. "
                                + "You will have our answer within the promised time.", "投诉 受理 单号"),
                p(COMPLAINTS, "ts2", "倾听安抚", "您先别着急，慢慢说，我在认真听。",
                        "Please take your time; I am listening carefully.", "投诉 安抚 倾听"),
                p(COMPLAINTS, "ts3", "投诉处理答复", "{称呼|您}好，关于您投诉的事情（单号{单号}），经核实处理如下：",
                        "Hello {title|there}, about your complaint {number}: we looked into it, and this is what "
                                + "we have done:", "投诉 答复 处理结果"),
                p(COMPLAINTS, "ts4", "感谢监督", "感谢您的意见，这对我们改进服务很有帮助。",
                        "Thank you for telling us; it helps us serve you better.", "投诉 感谢 建议"),
                p(COMPLAINTS, "ts5", "投诉回访", "{称呼|您}好，之前您反映的问题已经处理，想了解一下您对处理结果是否满意？",
                        "Hello {title|there}, the matter you raised has been dealt with. Are you satisfied with "
                                + "the outcome?", "投诉 回访 满意度"),
                p(COMPLAINTS, "ts6", "超出权限说明", "这个问题需要上级部门决定，我已经转交负责人，会尽快给您回复。",
                        "This needs a decision from the management; I have passed it on and you will hear "
                                + "from us soon.", "投诉 上报"),
                // Apology
                p(APOLOGY, "qy1", "让您久等了", "不好意思，让您久等了。",
                        "Sorry to have kept you waiting.", "道歉 等待"),
                p(APOLOGY, "qy2", "给您添麻烦了", "非常抱歉，给您添麻烦了，我们马上处理。",
                        "We are very sorry for the trouble; we are dealing with it now.", "道歉 麻烦"),
                p(APOLOGY, "qy3", "工作失误致歉", "这是我们工作的疏忽，向您郑重道歉，今后一定注意。",
                        "That was our mistake and we sincerely apologise. It will not happen again.",
                        "道歉 失误"),
                p(APOLOGY, "qy4", "无法满足要求", "很抱歉，这个要求我们暂时无法满足，我帮您看看还有没有其他办法。",
                        "I am sorry, we cannot do that at the moment; let me see what else we can offer.",
                        "道歉 拒绝 婉拒"),
                p(APOLOGY, "qy5", "停水停电致歉", "因设备检修临时停水停电，给您的生活带来不便，敬请谅解。",
                        "Water and power are off for maintenance; we apologise for the inconvenience.",
                        "道歉 停水 停电 通知"),
                // Waiting
                p(WAITING, "dd1", "请稍等", "请您稍等，我马上为您查询。",
                        "One moment, please; I will look it up for you.", "等待 稍等 查询"),
                p(WAITING, "dd2", "需要较长时间", "查询需要几分钟，您是在这里稍候，还是我查好后给您回电话？",
                        "This will take a few minutes. Would you like to wait, or shall I call you back?",
                        "等待 回电"),
                p(WAITING, "dd3", "排队说明", "现在办理的人比较多，请您按顺序稍候，谢谢理解。",
                        "There is a queue at the moment; please wait your turn. Thank you for your patience.",
                        "等待 排队"),
                p(WAITING, "dd4", "电话保留", "请不要挂机，我需要暂时保留通话查一下资料。",
                        "Please hold the line while I check the records.", "等待 电话 保留"),
                p(WAITING, "dd5", "让访客稍候", "请在大堂稍候，{房号|业主}马上下来接您。",
                        "Please wait in the lobby; {room|your host} will come down to meet you.",
                        "等待 访客 大堂"),
                // Enquiry
                p(ENQUIRY, "xw1", "请问您贵姓", "请问您贵姓？",
                        "May I have your name, please?", "询问 姓名"),
                p(ENQUIRY, "xw2", "询问联系电话", "方便留一个联系电话吗？有消息我们第一时间通知您。",
                        "Could you leave a phone number, so we can let you know as soon as we hear?",
                        "询问 电话"),
                p(ENQUIRY, "xw3", "询问需要什么帮助", "请问您需要办理什么业务？",
                        "What can I help you with today?", "询问 业务"),
                p(ENQUIRY, "xw4", "确认信息", "跟您确认一下：{房号|您的房号}，联系人{姓名|您本人}，对吗？",
                        "Let me check: {room|your flat}, contact {name|yourself}. Is that right?",
                        "询问 确认 核对"),
                p(ENQUIRY, "xw5", "询问方便时间", "请问您什么时间方便？我们按您的时间安排。",
                        "When would suit you? We will arrange it around your time.", "询问 预约 时间"),
                // Hotline moments
                p(HOTLINE, "rx1", "来电听不清", "不好意思，您的声音有点小，麻烦您大声一点好吗？",
                        "Sorry, I can barely hear you. Could you speak a little louder, please?",
                        "热线 听不清 声音小"),
                p(HOTLINE, "rx2", "线路杂音", "抱歉，电话里杂音比较大，如果听不清楚，我稍后给您回拨过去。",
                        "Sorry, the line is noisy. If it does not clear, I will call you back shortly.",
                        "热线 杂音 信号"),
                p(HOTLINE, "rx3", "暂时无法答复稍后回电", "这个问题我需要核实一下，暂时不能给您准确答复，稍后我给您回电话，好吗？",
                        "I need to check this before I can give you a proper answer. May I call you back "
                                + "a little later?", "热线 回电 核实"),
                p(HOTLINE, "rx4", "来电无声", "您好，请问能听到吗？……如果您听得到，电话可能有问题，请稍后再拨。",
                        "Hello, can you hear me? … If you can, the line may be faulty; please call again "
                                + "in a moment.", "热线 无声 静音"),
                p(HOTLINE, "rx5", "方言听不懂", "不好意思，我没有完全听明白，您能再说一遍或者说慢一点吗？",
                        "Sorry, I did not quite catch that. Could you say it again, a bit more slowly?",
                        "热线 听不懂 重复"),
                p(HOTLINE, "rx6", "非工作范围来电", "这个问题不在我们的服务范围内，建议您联系相关部门，我可以把电话告诉您。",
                        "That is outside what we handle; I suggest contacting the right office, and I can give "
                                + "you their number.", "热线 转介"),
                p(HOTLINE, "rx7", "情绪激动来电", "我理解您现在的心情，请您放心，这件事我会负责跟进到底。",
                        "I understand how you feel. Rest assured, I will follow this through myself.",
                        "热线 情绪 安抚"),
                // The six sounds of service
                p(SIX_SOUNDS, "ls1", "问候声", "您好！",
                        "Hello!", "六声 问候"),
                p(SIX_SOUNDS, "ls2", "请求声", "请您……，好吗？",
                        "Would you please …?", "六声 请求"),
                p(SIX_SOUNDS, "ls3", "感谢声", "谢谢您的配合！",
                        "Thank you for your help!", "六声 感谢"),
                p(SIX_SOUNDS, "ls4", "致歉声", "对不起，请您原谅。",
                        "I am sorry; please forgive us.", "六声 致歉 道歉"),
                p(SIX_SOUNDS, "ls5", "应答声", "好的，马上就来！",
                        "Certainly, right away!", "六声 应答"),
                p(SIX_SOUNDS, "ls6", "道别声", "您慢走，再见！",
                        "Take care, goodbye!", "六声 道别 再见"),
                // A phrase made of two others: the last question and the goodbye of a call.
                p(PHONE_CLOSING, "js6", "完整通话收尾", "{>js2}{>js1}",
                        "{>js2} {>js1}", "电话 组合 结束"));
    }
}
