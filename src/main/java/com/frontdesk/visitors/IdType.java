package com.frontdesk.visitors;

/** The kind of identity document a visitor shows. */
public enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, DRIVING_LICENCE, OTHER;

    public String messageKey() {
        return "visitor.idType." + name();
    }
}
