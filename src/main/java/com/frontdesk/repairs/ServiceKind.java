package com.frontdesk.repairs;

/** On what terms the work was done: 有偿, 合同, 免费, 内务. */
public enum ServiceKind {
    PAID, CONTRACT, FREE, INTERNAL;

    public String messageKey() {
        return "repair.service." + name();
    }
}
