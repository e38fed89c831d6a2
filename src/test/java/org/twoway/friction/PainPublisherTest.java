package org.twoway.friction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Team;

@QuarkusTest
class PainPublisherTest {

    @Inject
    PainReports reports;

    @Inject
    PainPublisher publisher;

    @Inject
    PainFigureQueries published;

    @Test
    void aCycleClosedBeforeFiguresWerePublishedPublishesItsOwnOnceAtStartUp() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        BusinessProcess process = TestData.process();
        Team team = TestData.team();
        for (int i = 0; i < 3; i++) {
            reports.file(TestData.employee(team).id, cycle.id, new PainReportInput(process.name, 2, 2, 2, 2, 2,
                    BigDecimal.ONE, null, true));
        }
        // closed as cycles were before migration V90: no figures published
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.<ReviewCycle>findById(cycle.id).state = CycleState.closed);
        ReviewCycle closed = QuarkusTransaction.requiringNew().call(() -> ReviewCycle.findById(cycle.id));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> published.shownIn(closed)).isEmpty());

        publisher.publishUnpublished(null);
        publisher.publishUnpublished(null);

        PainFigureQueries.Published figures = QuarkusTransaction.requiringNew().call(() -> published.shownIn(closed)).orElseThrow();
        assertEquals(cycle.id, figures.cycle().id);
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> figures.processes().stream()
                .filter(f -> f.process.id.equals(process.id)).findFirst().orElseThrow().reporters));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> PainFigure.count("cycleId = ?1 and kind = ?2",
                cycle.id, PainFigure.Kind.COMPANY)), "published once");
    }
}
