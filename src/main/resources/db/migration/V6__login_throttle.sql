-- Failed sign-ins per (account, client address) pair, shared by every instance.
-- throttle_key is the SHA-256 of the normalised email and the address, so no email is stored here.
CREATE TABLE login_failure (
    throttle_key    VARCHAR(64) PRIMARY KEY,
    failures        INT                      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_login_failure_last ON login_failure (last_failure_at);
