-- Sending a feedback link first claims it ('sending'), so that two workers never email the same link
-- and a crash in the middle of sending is reported as failed (HR decides to retry) instead of being
-- retried blindly. send_started_at tells an interrupted send from one still under way.
ALTER TABLE feedback_link DROP CONSTRAINT ck_feedback_link_send_state;
ALTER TABLE feedback_link ADD CONSTRAINT ck_feedback_link_send_state
    CHECK (send_state IN ('unsent', 'queued', 'sending', 'sent', 'failed'));
ALTER TABLE feedback_link ADD COLUMN send_started_at TIMESTAMP(3) NULL AFTER send_error;

-- Further addresses of a link. Only a token's hash is ever stored, so an email (the invitation, each
-- reminder) cannot repeat the address HR was shown; it carries a token of its own, and every address a
-- customer holds keeps leading to the same single answer. Revoking or answering the link ends them all.
CREATE TABLE feedback_link_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    link_id     BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_feedback_link_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_feedback_link_token_link FOREIGN KEY (link_id) REFERENCES feedback_link (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_feedback_link_token_link ON feedback_link_token (link_id);
