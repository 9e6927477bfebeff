package com.frontdesk.core;

/** The signed-in user's role does not allow the action; thrown by services, not only hidden in views. */
public class AccessDeniedException extends UserFacingException {
    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
