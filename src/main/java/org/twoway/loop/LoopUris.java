package org.twoway.loop;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/** Links to the loop's pages, for templates ({@code {uri:followUp(id)}}) and redirects, paths from the resources. */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 10)
public class LoopUris {

    private static final PathTemplate HANDOVER = PathTemplate.of(HandoverPage.class);
    private static final PathTemplate HAND_OVER = PathTemplate.of(HandoverPage.class, "handOver");
    private static final PathTemplate FOLLOW_UP = PathTemplate.of(FollowUpPage.class);
    private static final PathTemplate CONTACT = PathTemplate.of(FollowUpPage.class, "contact");
    private static final PathTemplate CLOSE = PathTemplate.of(FollowUpPage.class, "close");
    private static final PathTemplate SUPPORT = PathTemplate.of(FollowUpPage.class, "askSupport");
    private static final PathTemplate REASSIGN = PathTemplate.of(FollowUpPage.class, "reassign");
    private static final PathTemplate DIRECT_CONTACTS = PathTemplate.of(DirectContactPage.class);
    private static final PathTemplate NEW_DIRECT_CONTACT = PathTemplate.of(DirectContactPage.class, "showForm");
    private static final PathTemplate CYCLE_FOLLOW_UPS = PathTemplate.of(CycleFollowUpsPage.class);

    /** What a departed employee left for HR to hand on. */
    static String handover(long employeeId) {
        return HANDOVER.with(employeeId);
    }

    static String handOver(long employeeId, long followUpId) {
        return HAND_OVER.with(employeeId, followUpId);
    }

    /** A follow-up's page, and where its forms post. */
    static String followUp(long id) {
        return FOLLOW_UP.with(id);
    }

    static String contactFollowUp(long id) {
        return CONTACT.with(id);
    }

    static String closeFollowUp(long id) {
        return CLOSE.with(id);
    }

    static String supportFollowUp(long id) {
        return SUPPORT.with(id);
    }

    static String reassignFollowUp(long id) {
        return REASSIGN.with(id);
    }

    /** "A customer came to me": the form, and where it posts. */
    static String newDirectContact() {
        return NEW_DIRECT_CONTACT.with();
    }

    static String directContacts() {
        return DIRECT_CONTACTS.with();
    }

    /** HR's list of a cycle's follow-ups. */
    static String cycleFollowUps(long cycleId) {
        return CYCLE_FOLLOW_UPS.with(cycleId);
    }
}
