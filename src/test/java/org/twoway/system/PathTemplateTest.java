package org.twoway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.UriBuilder;
import org.junit.jupiter.api.Test;
import org.twoway.cycles.CyclePages;
import org.twoway.feedback.FeedbackPage;
import org.twoway.feedback.LinkPages;

class PathTemplateTest {

    @Test
    void aPathIsTheOneItsResourceAnswersAt() {
        assertEquals("/hr/cycles", PathTemplate.of(CyclePages.class).with());
        assertEquals("/hr/cycles/7/edit", PathTemplate.of(CyclePages.class, "showEdit").with(7L));
        assertEquals("/hr/cycles/7/links/42/send", PathTemplate.of(LinkPages.class, "send").with(7L, 42L));
    }

    @Test
    void aValueIsEncodedAsUriBuilderEncodesIt() {
        PathTemplate form = PathTemplate.of(FeedbackPage.class);
        for (String value : new String[] { "Zz09-._", "a b", "x/y", "ä€", "~!$&'()*+,;=:@", "%41", "{x}", "?#[]" }) {
            assertEquals(UriBuilder.fromResource(FeedbackPage.class).build(value).toString(), form.with(value), value);
        }
    }

    @Test
    void aPathWantsAValueForEachOfItsParameters() {
        PathTemplate send = PathTemplate.of(LinkPages.class, "send");
        assertThrows(IllegalArgumentException.class, () -> send.with(7L));
        assertThrows(IllegalArgumentException.class, () -> send.with(7L, null));
    }
}
