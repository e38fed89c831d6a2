package org.twoway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;

@QuarkusTest
class ConcurrentAnswersTest {

    private static final int SUBMISSIONS = 20;

    @Test
    void twentySimultaneousSubmissionsOfOneLinkStoreExactlyOneAnswer() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        String path = Fixtures.issue(cycle, TestData.customer(TestData.tier(5)), TestData.employee(TestData.team()), null);
        List<Browser> phones = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Browser phone = Browser.anonymous();
            phone.get(path);
            phones.add(phone);
        }

        ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            Browser phone = phones.get(i);
            Map<String, Object> answers = Fixtures.answers();
            answers.put("comment", "Submission " + i);
            statuses.add(pool.submit(() -> {
                go.await();
                return phone.submit(path, answers).statusCode();
            }));
        }
        go.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(1, answered.stream().filter(status -> status == 200).count(), answered.toString());
        assertEquals(SUBMISSIONS - 1, answered.stream().filter(status -> status == 410).count(), answered.toString());
        long linkId = Fixtures.link(path).id;
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> CustomerRating.count("link.id", linkId)));
    }
}
