package com.frontdesk.accounts;

/** What a role may do; services check these, so hiding a button is never the only guard. */
public enum Permission {
    VIEW_STAFF,
    MANAGE_STAFF,
    EDIT_SETTINGS,
    VIEW_AUDIT_LOG,
    REVEAL_PERSONAL_DATA,
    BACKUP,
    EDIT_DIRECTORY,
    IMPORT_DIRECTORY,
    CHECK_IN_VISITORS,
    MANAGE_VISITOR_SAFETY,
    /** Correct a visit that is over (checked out or refused); every correction carries a reason. */
    CORRECT_VISITS,
    /** Receive parcels and items, notify, hand them out, record lost property. */
    HANDLE_PARCELS,
    /** Change a parcel or item that has left the desk; every change carries a reason. */
    CORRECT_PARCELS,
    /** Take a repair report (报修) at the desk. */
    TAKE_REPAIRS,
    /** Dispatch, transfer and return repairs, record their progress, completion and the call-back. */
    DISPATCH_REPAIRS,
    /** Close, cancel and reopen repairs; see the escalated call-backs. */
    CLOSE_REPAIRS,
    /** Take a complaint, praise or suggestion at the desk. */
    TAKE_COMPLAINTS,
    /** Acknowledge, investigate and answer complaints, record the complainant's reply and the call-back. */
    HANDLE_COMPLAINTS,
    /** Close complaints, judge one unfounded, see and take notice of the escalations. */
    CLOSE_COMPLAINTS,
    /** Start and count a shift handover, write its notes, and sign it as the outgoing or incoming side. */
    HAND_OVER,
    /** Countersign handovers as the shift lead and see the refused ones. */
    COUNTERSIGN_HANDOVERS,
    /** Change the standard phrases (规范用语) and import a library; everyone uses them. */
    EDIT_PHRASES,
    /** See the dashboard: the desk's counts and charts (every role: the figures hold no personal data). */
    VIEW_DASHBOARD,
    /** See and export the monthly report (the year-end summary's figures per category and month). */
    VIEW_REPORTS,
    /** See the head-office sync screen and send the pending changes now. */
    SYNC_HEAD_OFFICE,
    /** Change where and how the site sends to head office (target, token, interval, batch size, full personal data), run a full export. */
    MANAGE_SYNC
}
