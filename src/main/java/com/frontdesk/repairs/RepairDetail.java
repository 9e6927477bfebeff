package com.frontdesk.repairs;

import java.util.List;

/** Everything about one repair: the record, its deadlines now, the timeline, call-backs and linked visits. */
public record RepairDetail(Repair repair, RepairClock clock, List<RepairEvent> timeline,
                           List<RepairCallBack> callBacks, List<RepairVisitLink> visits) {
}
