package org.twoway.customers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;
import org.twoway.special.Decision;
import org.twoway.special.SpecialData;

/** The tiers' page counts, per tier, the customers who needed special situations in the open and the last closed cycle. */
@QuarkusTest
class TierSpecialSituationsTest {

    @Test
    void eachTierCountsItsCustomersWithSpecialSituationsOnceEach() {
        ServiceTier tier = TestData.tier(10);
        ServiceTier quiet = TestData.tier(20);
        Customer twice = TestData.customer(tier);
        Customer once = TestData.customer(tier);
        Customer before = TestData.customer(tier);
        TestData.customer(tier);
        TestData.customer(quiet);
        ReviewCycle last = OpenCycles.newest();
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle closing = ReviewCycle.findById(last.id);
            closing.state = CycleState.closed;
            closing.closedAt = Instant.now();
        });
        ReviewCycle open = OpenCycles.newest();
        // Open cycle: two customers of the tier (one with two situations, one of them declined); last cycle: one.
        SpecialData.promise(open, twice, null, "Weekly call", "4");
        SpecialData.decided(SpecialData.promise(open, twice, null, "Weekend support", "8"), Decision.DECLINED, "No");
        SpecialData.promise(open, once, null, "Free training", "6");
        SpecialData.promise(last, before, null, "Extra report", "2");

        String html = Browser.hr().get("/hr/tiers").then().statusCode(200).extract().asString();
        String text = PageText.mainText(html);
        assertTrue(text.contains("Customers with special situations in " + open.name)
                && text.contains("Customers with special situations in " + last.name), text);
        String row = PageText.mainText(TierPagesTest.rowOf(html, tier.name));
        assertTrue(row.contains("Test tier 4 2 1 active"), "4 active customers, 2 with special situations now, 1 before: " + row);
        assertTrue(TierPagesTest.rowOf(html, tier.name).contains("href=\"/hr/cycles/" + open.id + "/special-situations\""));
        String none = PageText.mainText(TierPagesTest.rowOf(html, quiet.name));
        assertTrue(none.contains("Test tier 1 0 0 active"), none);
    }
}
