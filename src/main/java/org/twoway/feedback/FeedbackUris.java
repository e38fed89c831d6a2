package org.twoway.feedback;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to a cycle's feedback links and the customer's form, for templates: {@code {uri:feedbackForm(token)}}, each
 * path taken from {@link FeedbackPage}, {@link LinkPages}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 7)
public class FeedbackUris {

    private static final PathTemplate FEEDBACK_FORM = PathTemplate.of(FeedbackPage.class);
    private static final PathTemplate LINKS = PathTemplate.of(LinkPages.class);
    private static final PathTemplate ISSUE_BULK_LINKS = PathTemplate.of(LinkPages.class, "issueBulk");
    private static final PathTemplate FRESH_LINKS = PathTemplate.of(LinkPages.class, "showFresh");
    private static final PathTemplate FRESH_LINKS_CSV = PathTemplate.of(LinkPages.class, "downloadFresh");
    private static final PathTemplate REVOKE_LINK = PathTemplate.of(LinkPages.class, "revoke");
    private static final PathTemplate REISSUE_LINK = PathTemplate.of(LinkPages.class, "reissue");
    private static final PathTemplate SEND_LINK = PathTemplate.of(LinkPages.class, "send");
    private static final PathTemplate SEND_UNSENT_LINKS = PathTemplate.of(LinkPages.class, "sendUnsent");
    private static final PathTemplate RETRY_FAILED_LINKS = PathTemplate.of(LinkPages.class, "retryFailed");

    /** The customer's form, and where it posts. */
    static String feedbackForm(String token) {
        return FEEDBACK_FORM.with(token);
    }

    /** What the path of every customer's form starts with, for the filters in front of them. */
    static String feedbackForms() {
        return FEEDBACK_FORM.prefix();
    }

    /** A cycle's links, and where the form of one new link posts. */
    static String links(long cycleId) {
        return LINKS.with(cycleId);
    }

    static String issueBulkLinks(long cycleId) {
        return ISSUE_BULK_LINKS.with(cycleId);
    }

    /** The links just issued, shown once. */
    static String freshLinks(long cycleId, String handle) {
        return FRESH_LINKS.with(cycleId, handle);
    }

    static String freshLinksCsv(long cycleId, String handle) {
        return FRESH_LINKS_CSV.with(cycleId, handle);
    }

    static String revokeLink(long cycleId, long linkId) {
        return REVOKE_LINK.with(cycleId, linkId);
    }

    static String reissueLink(long cycleId, long linkId) {
        return REISSUE_LINK.with(cycleId, linkId);
    }

    static String sendLink(long cycleId, long linkId) {
        return SEND_LINK.with(cycleId, linkId);
    }

    static String sendUnsentLinks(long cycleId) {
        return SEND_UNSENT_LINKS.with(cycleId);
    }

    static String retryFailedLinks(long cycleId) {
        return RETRY_FAILED_LINKS.with(cycleId);
    }
}
