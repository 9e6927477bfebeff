package com.frontdesk.accounts;

import com.frontdesk.core.UserFacingException;
import java.time.Duration;
import java.time.Instant;

/** Too many wrong passwords: the account opens again after the lock-out time. */
public class AccountLockedException extends UserFacingException {
    public AccountLockedException(Instant now, Instant lockedUntil) {
        super("login.locked", minutesLeft(now, lockedUntil));
    }

    private static long minutesLeft(Instant now, Instant until) {
        long seconds = Math.max(0, Duration.between(now, until).getSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
