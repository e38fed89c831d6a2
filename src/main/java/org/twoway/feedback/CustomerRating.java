package org.twoway.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer's answers to one link, stored once (the database's unique link_id refuses a second).
 * Cycle, customer, employee and process are copied from the link so that reports group without joins.
 */
@Entity
@Table(name = "customer_rating")
public class CustomerRating extends AboutAPair {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "link_id")
    public FeedbackLink link;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.TINYINT)
    public int responsiveness;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.TINYINT)
    public int solved;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.TINYINT)
    public int promises;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.TINYINT)
    public int company;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_contact", nullable = false, length = 8)
    public FirstContactChoice firstContact;

    /** As the customer typed it (line breaks as \n); shown only escaped. */
    @Column(length = 2000)
    public String comment;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt = Instant.now();
}
