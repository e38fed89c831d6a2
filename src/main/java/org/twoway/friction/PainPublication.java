package org.twoway.friction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** That a closed cycle published its pain figures ({@link PainFigure}), once, and under which k. */
@Entity
@Table(name = "pain_publication")
public class PainPublication extends PanacheEntityBase {

    @Id
    @Column(name = "cycle_id")
    public Long cycleId;

    @Column(name = "anonymity_threshold", nullable = false)
    public int anonymityThreshold;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;
}
