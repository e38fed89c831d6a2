-- The whole product's schema: people, customers and their written commitments, processes,
-- review cycles, feedback links and answers, effort, and process-pain reports.
-- Only SQL that MySQL 8 and MariaDB 10.11 both accept; utf8mb4 throughout.

CREATE TABLE team (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_team_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE employee (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    email       VARCHAR(254) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    team_id     BIGINT       NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_employee_email UNIQUE (email),
    CONSTRAINT fk_employee_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_employee_team ON employee (team_id);

CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    employee_id    BIGINT       NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT uk_user_account_employee UNIQUE (employee_id),
    CONSTRAINT fk_user_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('hr', 'employee'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A signed-in browser: only a keyed hash of the cookie's token is stored, so that signing out
-- (deleting the row) makes the old cookie useless.
CREATE TABLE user_session (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash    CHAR(64)     NOT NULL,
    user_id       BIGINT       NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_seen_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_user_session_token UNIQUE (token_hash),
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_user_session_user ON user_session (user_id);

CREATE TABLE service_tier (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100)  NOT NULL,
    entitled_hours  DECIMAL(8,2)  NOT NULL,
    description     VARCHAR(2000) NOT NULL DEFAULT '',
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_service_tier_name UNIQUE (name),
    CONSTRAINT ck_service_tier_hours CHECK (entitled_hours > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    ref         VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    tier_id     BIGINT       NOT NULL,
    email       VARCHAR(254) NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_ref UNIQUE (ref),
    CONSTRAINT fk_customer_tier FOREIGN KEY (tier_id) REFERENCES service_tier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_customer_tier ON customer (tier_id);

CREATE TABLE business_process (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100)  NOT NULL,
    description  VARCHAR(2000) NOT NULL DEFAULT '',
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_business_process_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_cycle (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    state       VARCHAR(8)   NOT NULL DEFAULT 'draft',
    opened_at   TIMESTAMP(3) NULL,
    closed_at   TIMESTAMP(3) NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_review_cycle_name UNIQUE (name),
    CONSTRAINT ck_review_cycle_state CHECK (state IN ('draft', 'open', 'closed')),
    CONSTRAINT ck_review_cycle_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_review_cycle_state ON review_cycle (state, ends_on);

-- One invitation to rate one interaction. The token itself is never stored, only its SHA-256.
CREATE TABLE feedback_link (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id          BIGINT        NOT NULL,
    customer_id       BIGINT        NOT NULL,
    employee_id       BIGINT        NOT NULL,
    process_id        BIGINT        NULL,
    token_hash        CHAR(64)      NOT NULL,
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at        TIMESTAMP(3)  NOT NULL,
    send_state        VARCHAR(8)    NOT NULL DEFAULT 'unsent',
    send_attempts     INT           NOT NULL DEFAULT 0,
    send_error        VARCHAR(500)  NULL,
    sent_at           TIMESTAMP(3)  NULL,
    reminders_sent    INT           NOT NULL DEFAULT 0,
    last_reminded_at  TIMESTAMP(3)  NULL,
    used_at           TIMESTAMP(3)  NULL,
    revoked_at        TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_feedback_link_token UNIQUE (token_hash),
    CONSTRAINT fk_feedback_link_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_feedback_link_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_feedback_link_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_feedback_link_process FOREIGN KEY (process_id) REFERENCES business_process (id),
    CONSTRAINT ck_feedback_link_send_state CHECK (send_state IN ('unsent', 'queued', 'sent', 'failed'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_feedback_link_cycle_pair ON feedback_link (cycle_id, customer_id, employee_id, process_id);
CREATE INDEX ix_feedback_link_customer ON feedback_link (customer_id);
CREATE INDEX ix_feedback_link_employee ON feedback_link (employee_id);
CREATE INDEX ix_feedback_link_process ON feedback_link (process_id);
CREATE INDEX ix_feedback_link_send ON feedback_link (send_state, cycle_id);

-- The answers to one link, stored once: the unique link_id makes a second answer impossible.
-- Cycle, customer, employee and process are copied from the link so reports group without joins.
CREATE TABLE customer_rating (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    link_id         BIGINT         NOT NULL,
    cycle_id        BIGINT         NOT NULL,
    customer_id     BIGINT         NOT NULL,
    employee_id     BIGINT         NOT NULL,
    process_id      BIGINT         NULL,
    responsiveness  TINYINT        NOT NULL,
    solved          TINYINT        NOT NULL,
    promises        TINYINT        NOT NULL,
    company         TINYINT        NOT NULL,
    first_contact   VARCHAR(8)     NOT NULL,
    comment         VARCHAR(2000)  NULL,
    submitted_at    TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_rating_link UNIQUE (link_id),
    CONSTRAINT fk_customer_rating_link FOREIGN KEY (link_id) REFERENCES feedback_link (id),
    CONSTRAINT fk_customer_rating_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_customer_rating_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_rating_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_customer_rating_process FOREIGN KEY (process_id) REFERENCES business_process (id),
    CONSTRAINT ck_customer_rating_answers CHECK (responsiveness BETWEEN 1 AND 5 AND solved BETWEEN 1 AND 5
        AND promises BETWEEN 1 AND 5 AND company BETWEEN 1 AND 5),
    CONSTRAINT ck_customer_rating_first_contact CHECK (first_contact IN ('PERSON', 'CHANNEL', 'ESCALATE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_customer_rating_cycle_employee ON customer_rating (cycle_id, employee_id);
CREATE INDEX ix_customer_rating_cycle_customer ON customer_rating (cycle_id, customer_id);
CREATE INDEX ix_customer_rating_cycle_process ON customer_rating (cycle_id, process_id);
CREATE INDEX ix_customer_rating_customer ON customer_rating (customer_id);
CREATE INDEX ix_customer_rating_employee ON customer_rating (employee_id);
CREATE INDEX ix_customer_rating_process ON customer_rating (process_id);

CREATE TABLE effort_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    cycle_id     BIGINT        NOT NULL,
    employee_id  BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    hours        DECIMAL(6,2)  NOT NULL,
    source       VARCHAR(8)    NOT NULL DEFAULT 'form',
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_effort_entry_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_effort_entry_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_effort_entry_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_effort_entry_hours CHECK (hours > 0 AND hours <= 744),
    CONSTRAINT ck_effort_entry_source CHECK (source IN ('form', 'import', 'api'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_effort_entry_cycle_employee_customer ON effort_entry (cycle_id, employee_id, customer_id, hours);
CREATE INDEX ix_effort_entry_cycle_customer ON effort_entry (cycle_id, customer_id);
CREATE INDEX ix_effort_entry_employee ON effort_entry (employee_id);
CREATE INDEX ix_effort_entry_customer ON effort_entry (customer_id);

-- A process-pain report. An anonymous one holds no employee id: only the reporter's team and a
-- reporter key (an HMAC of the employee id with a per-cycle secret kept outside the database),
-- which counts distinct reporters and enforces one report per person, process and cycle.
CREATE TABLE pain_report (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    cycle_id             BIGINT         NOT NULL,
    process_id           BIGINT         NOT NULL,
    team_id              BIGINT         NOT NULL,
    employee_id          BIGINT         NULL,
    reporter_key         CHAR(64)       NOT NULL,
    time_wasted          TINYINT        NOT NULL,
    tools                TINYINT        NOT NULL,
    handoffs             TINYINT        NOT NULL,
    rules                TINYINT        NOT NULL,
    customer_pressure    TINYINT        NOT NULL,
    hours_lost_per_week  DECIMAL(4,1)   NOT NULL,
    fix                  VARCHAR(2000)  NULL,
    anonymous            BOOLEAN        NOT NULL,
    created_at           TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_pain_report_reporter UNIQUE (cycle_id, process_id, reporter_key),
    CONSTRAINT fk_pain_report_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_pain_report_process FOREIGN KEY (process_id) REFERENCES business_process (id),
    CONSTRAINT fk_pain_report_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_pain_report_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_pain_report_ratings CHECK (time_wasted BETWEEN 1 AND 5 AND tools BETWEEN 1 AND 5
        AND handoffs BETWEEN 1 AND 5 AND rules BETWEEN 1 AND 5 AND customer_pressure BETWEEN 1 AND 5),
    CONSTRAINT ck_pain_report_hours CHECK (hours_lost_per_week BETWEEN 0 AND 40),
    CONSTRAINT ck_pain_report_anonymous CHECK (anonymous = FALSE OR employee_id IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pain_report_cycle_team ON pain_report (cycle_id, team_id);
CREATE INDEX ix_pain_report_process ON pain_report (process_id);
CREATE INDEX ix_pain_report_team ON pain_report (team_id);
CREATE INDEX ix_pain_report_employee ON pain_report (employee_id);

-- Who did what, when: sign-ins, cycle changes, link issues, imports, exports, account changes.
CREATE TABLE audit_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor      VARCHAR(254)  NOT NULL,
    action     VARCHAR(40)   NOT NULL,
    target     VARCHAR(300)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_event_at ON audit_event (at);
