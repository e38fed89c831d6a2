-- Closing the loop (loop.md 1 and 2): follow-ups owned by the account manager, and what happened to each.
-- The table belongs to loop/; an answer opens its follow-up in the answer's own transaction.
CREATE TABLE follow_up (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    cycle_id             BIGINT         NOT NULL,
    customer_id          BIGINT         NOT NULL,
    -- The current owner; NULL while unowned, after its owner left and before HR chose who takes it over.
    owner_id             BIGINT         NULL,
    source               VARCHAR(16)    NOT NULL,
    -- ANSWER: the answer that opened it, whether its customer asked to be called back, its q1 + q2 + q3, and the same of the customer's first answer in the
    -- cycle after the first contact (recovery, scoring.md), which that answer writes here as it is stored.
    rating_id            BIGINT         NULL,
    call_back            BOOLEAN        NOT NULL DEFAULT FALSE,
    answer_score_sum     TINYINT        NULL,
    later_rating_id      BIGINT         NULL,
    later_score_sum      TINYINT        NULL,
    -- DIRECT_CONTACT: what the customer came about, how, and who took it (an account).
    about                VARCHAR(2000)  NULL,
    came_via             VARCHAR(16)    NULL,
    recorded_by          BIGINT         NULL,
    opened_at            TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    due_at               TIMESTAMP(3)   NOT NULL,
    contacted_at         TIMESTAMP(3)   NULL,
    contact_channel      VARCHAR(16)    NULL,
    contact_recorded_by  BIGINT         NULL,
    -- Whether the first contact was recorded by someone other than the owner of that moment (handledByOthers).
    contact_by_other     BOOLEAN        NULL,
    closed_at            TIMESTAMP(3)   NULL,
    outcome              VARCHAR(16)    NULL,
    agreed               VARCHAR(2000)  NULL,
    closed_by            BIGINT         NULL,
    -- What was agreed beyond the customer's written tier (a special situation once those exist).
    beyond_tier_what     VARCHAR(2000)  NULL,
    beyond_tier_hours    DECIMAL(6,2)   NULL,
    -- The owner's email about it: queued, sending, sent or failed (retried by the mail queue).
    mail_state           VARCHAR(8)     NOT NULL DEFAULT 'queued',
    mail_attempts        INT            NOT NULL DEFAULT 0,
    mail_error           VARCHAR(500)   NULL,
    mail_started_at      TIMESTAMP(3)   NULL,
    mailed_at            TIMESTAMP(3)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_follow_up_rating UNIQUE (rating_id),
    CONSTRAINT fk_follow_up_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_follow_up_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_follow_up_owner FOREIGN KEY (owner_id) REFERENCES employee (id),
    CONSTRAINT fk_follow_up_rating FOREIGN KEY (rating_id) REFERENCES customer_rating (id),
    CONSTRAINT fk_follow_up_later_rating FOREIGN KEY (later_rating_id) REFERENCES customer_rating (id),
    CONSTRAINT fk_follow_up_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT fk_follow_up_contact_by FOREIGN KEY (contact_recorded_by) REFERENCES user_account (id),
    CONSTRAINT fk_follow_up_closed_by FOREIGN KEY (closed_by) REFERENCES user_account (id),
    CONSTRAINT ck_follow_up_source CHECK (source IN ('ANSWER', 'DIRECT_CONTACT')),
    CONSTRAINT ck_follow_up_opened_by CHECK ((source = 'ANSWER') = (rating_id IS NOT NULL AND answer_score_sum IS NOT NULL)),
    CONSTRAINT ck_follow_up_via CHECK (came_via IS NULL OR came_via IN ('PHONE', 'EMAIL', 'IN_PERSON')),
    CONSTRAINT ck_follow_up_channel CHECK (contact_channel IS NULL OR contact_channel IN ('PHONE', 'EMAIL', 'MEETING')),
    CONSTRAINT ck_follow_up_outcome CHECK (outcome IS NULL OR outcome IN ('RESOLVED', 'NOT_RESOLVED', 'UNREACHABLE')),
    CONSTRAINT ck_follow_up_closed_after_contact CHECK (closed_at IS NULL OR contacted_at IS NOT NULL),
    CONSTRAINT ck_follow_up_mail CHECK (mail_state IN ('queued', 'sending', 'sent', 'failed'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_cycle ON follow_up (cycle_id, owner_id);
-- An answer looks here for its customer's follow-ups that wait for a later answer.
CREATE INDEX ix_follow_up_customer ON follow_up (customer_id, cycle_id, later_rating_id);
CREATE INDEX ix_follow_up_owner ON follow_up (owner_id, closed_at);
CREATE INDEX ix_follow_up_mail ON follow_up (mail_state);

-- A follow-up's history beyond its opening: owners changed, support asked for, contact and close recorded.
CREATE TABLE follow_up_event (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    follow_up_id  BIGINT         NOT NULL,
    at            TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    kind          VARCHAR(16)    NOT NULL,
    -- Who did it (an account); NULL for the app itself (an owner's deactivation).
    actor_id      BIGINT         NULL,
    -- OWNER: the owner before and after (NULL: unowned). SUPPORT: the colleague asked to join (NULL: HR).
    from_owner_id BIGINT         NULL,
    employee_id   BIGINT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_event_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id),
    CONSTRAINT fk_follow_up_event_actor FOREIGN KEY (actor_id) REFERENCES user_account (id),
    CONSTRAINT fk_follow_up_event_from FOREIGN KEY (from_owner_id) REFERENCES employee (id),
    CONSTRAINT fk_follow_up_event_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_follow_up_event_kind CHECK (kind IN ('OWNER', 'SUPPORT', 'CONTACT', 'CLOSE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_follow_up_event_follow_up ON follow_up_event (follow_up_id, id);
