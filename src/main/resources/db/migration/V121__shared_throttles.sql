-- Counts that every node of the app must see alike, so that two nodes do not give an attacker twice the tries.

-- Failed sign-ins per email and per client address (people/SignInThrottle). The subject is the SHA-256 (hex) of
-- the normalized email or of the address, never either itself. A count starts again at 1 when its last failure
-- is older than twoway.sign-in.lock-for; rows that old are deleted on a successful sign-in.
CREATE TABLE sign_in_failure (
    kind           VARCHAR(7) NOT NULL,
    subject        CHAR(64)   NOT NULL,
    failures       INT        NOT NULL,
    last_failed_ms BIGINT     NOT NULL,
    PRIMARY KEY (kind, subject),
    CONSTRAINT ck_sign_in_failure_kind CHECK (kind IN ('EMAIL', 'ADDRESS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sign_in_failure_last_failed ON sign_in_failure (last_failed_ms);

-- Requests to the customer's pages per client address (SHA-256 hex) and fixed window, as the nodes share them
-- (feedback/RateLimiter). Windows start at multiples of twoway.feedback.rate-limit.window since the epoch; rows
-- of ended windows are deleted.
CREATE TABLE feedback_rate_window (
    window_start_ms BIGINT   NOT NULL,
    address_hash    CHAR(64) NOT NULL,
    used            INT      NOT NULL,
    PRIMARY KEY (window_start_ms, address_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
