package org.twoway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.loop.FollowUp;

/** The seeded demo company's open cycle tells the loop's story: numbers worked out in SQL, as the report rules count. */
@QuarkusTest
@TestProfile(DemoFollowUpsTest.Demo.class)
class DemoFollowUpsTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twoway.demo", "true");
        }
    }

    private static final String OPEN = " JOIN review_cycle c ON c.id = f.cycle_id AND c.state = 'open'";

    @Test
    void everyAnswerThatMeetsATriggerHasItsFollowUpOpenedWhenTheAnswerCame() {
        assertEquals(0, count("SELECT COUNT(*) FROM customer_rating r JOIN review_cycle c ON c.id = r.cycle_id AND c.state = 'open'"
                + " LEFT JOIN follow_up f ON f.rating_id = r.id WHERE f.id IS NULL AND (LEAST(r.responsiveness, r.solved,"
                + " r.promises) <= 2 OR r.company <= 2 OR r.first_contact = 'ESCALATE')"));
        assertEquals(0, count("SELECT COUNT(*) FROM follow_up f JOIN customer_rating r ON r.id = f.rating_id"
                + " WHERE r.cycle_id <> f.cycle_id OR r.customer_id <> f.customer_id OR f.opened_at <> r.submitted_at"
                + " OR r.employee_id <> COALESCE((SELECT e.from_owner_id FROM follow_up_event e WHERE e.follow_up_id = f.id"
                + " AND e.kind = 'OWNER' ORDER BY e.id LIMIT 1), f.owner_id)"
                + " OR f.contacted_at < f.opened_at OR f.closed_at < f.contacted_at OR f.contacted_at > NOW(3)"));
    }

    @Test
    void fieldServiceIsLateAndHrTakesItsCallsWhileTheOtherTeamsAreOnTimeThemselves() {
        Map<String, long[]> teams = new HashMap<>();
        for (Object[] row : rows("SELECT t.name, SUM(f.contacted_at <= f.due_at),"
                + " SUM(f.contacted_at > f.due_at OR (f.contacted_at IS NULL AND f.due_at < NOW(3))),"
                + " SUM(f.contacted_at IS NOT NULL), SUM(f.contact_by_other) FROM follow_up f" + OPEN
                + " JOIN employee e ON e.id = f.owner_id JOIN team t ON t.id = e.team_id GROUP BY t.name")) {
            teams.put((String) row[0], new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4])});
        }
        long[] field = teams.get("Field Service");
        assertTrue(share(field[0], field[0] + field[1]) < 0.8, "Field Service on time " + field[0] + " of " + (field[0] + field[1]));
        assertTrue(field[3] >= 3 && share(field[3], field[2]) >= 0.5, "HR took " + field[3] + " of " + field[2]);
        for (String team : List.of("Customer Success", "Billing & Support")) {
            long[] on = teams.get(team);
            assertTrue(on[0] + on[1] >= 3 && share(on[0], on[0] + on[1]) >= 0.8, team + " on time " + on[0] + " of " + (on[0] + on[1]));
            assertTrue(share(on[3], on[2]) < 0.3, team + ": others took " + on[3] + " of " + on[2]);
        }
    }

    @Test
    void everyStateOfTheLoopShows() {
        assertEquals(1, count("SELECT COUNT(*) FROM follow_up f" + OPEN + " WHERE f.contacted_at IS NULL AND f.due_at > NOW(3)"
                + " AND f.source = 'DIRECT_CONTACT' AND f.recorded_by = (SELECT id FROM user_account WHERE email = 'hr@northwind.example')"),
                "a direct contact HR took today, not yet due");
        assertTrue(count("SELECT COUNT(*) FROM follow_up f" + OPEN + " WHERE f.contacted_at IS NULL AND f.due_at < NOW(3)") >= 2, "overdue");
        assertEquals(3, count("SELECT COUNT(DISTINCT outcome) FROM follow_up f" + OPEN + " WHERE f.agreed IS NOT NULL"));
        assertTrue(count("SELECT COUNT(*) FROM follow_up f" + OPEN + " WHERE f.closed_at IS NULL AND f.contacted_at IS NOT NULL") > 0);
        assertEquals(1, count("SELECT COUNT(*) FROM follow_up f" + OPEN + " WHERE f.beyond_tier_what IS NOT NULL AND f.beyond_tier_hours > 0"));
        assertTrue(count("SELECT COUNT(*) FROM follow_up_event WHERE kind = 'SUPPORT' AND employee_id IS NOT NULL") > 0);
        assertEquals(1, count("SELECT COUNT(*) FROM follow_up f JOIN follow_up_event e ON e.follow_up_id = f.id AND e.kind = 'OWNER'"
                + " AND e.from_owner_id = " + felix() + " WHERE f.owner_id IS NULL AND f.closed_at IS NULL"), "one waits for HR");
        assertEquals(1, count("SELECT COUNT(*) FROM follow_up f JOIN follow_up_event e ON e.follow_up_id = f.id AND e.kind = 'OWNER'"
                + " AND e.from_owner_id IS NULL AND e.employee_id = f.owner_id WHERE f.contacted_at IS NOT NULL"), "one handed on");
        assertEquals(0, count("SELECT COUNT(*) FROM employee WHERE id = " + felix() + " AND active"));
    }

    private static long felix() {
        return count("SELECT id FROM employee WHERE email = 'felix@northwind.example'");
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long count(String sql) {
        return number(QuarkusTransaction.requiringNew().call(() -> FollowUp.getEntityManager().createNativeQuery(sql).getSingleResult()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.getEntityManager().createNativeQuery(sql).getResultList());
    }
}
