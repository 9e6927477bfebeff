package com.frontdesk.complaints;

import java.util.List;
import java.util.Optional;

/**
 * Everything about one case: the record, its clocks now, its own timeline, the call-back, and the
 * history it carries: the earlier cases it reopens (oldest first) with their timelines.
 */
public record ComplaintDetail(Complaint complaint, ComplaintClock clock, List<ComplaintEvent> timeline,
                              Optional<ComplaintCallBack> callBack, List<Complaint> earlierCases,
                              List<ComplaintEvent> earlierTimeline) {
}
