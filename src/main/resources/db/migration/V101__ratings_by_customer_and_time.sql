-- The report's read of a cycle's follow-ups finds, for each, the customer's first answer after its first
-- contact (feedback/RatingSql.firstScoreSumAfter): with the time in the index that is one seek per follow-up,
-- where (cycle_id, customer_id) alone read every answer of the customer in the cycle. It replaces that index,
-- whose every use it serves as well.
CREATE INDEX ix_customer_rating_cycle_customer_time ON customer_rating (cycle_id, customer_id, submitted_at);
DROP INDEX ix_customer_rating_cycle_customer ON customer_rating;
