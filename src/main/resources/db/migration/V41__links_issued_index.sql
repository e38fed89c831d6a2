-- Counting a cycle's issued (not revoked) links is an index-only count with this index.
CREATE INDEX ix_feedback_link_cycle_revoked ON feedback_link (cycle_id, revoked_at);
