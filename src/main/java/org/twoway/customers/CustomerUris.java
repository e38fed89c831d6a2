package org.twoway.customers;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to customers, service tiers and the written commitments, for templates: {@code {uri:customers}}, each path
 * taken from {@link CommitmentsPage}, {@link CustomerPages}, {@link TierPages}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 4)
public class CustomerUris {

    private static final PathTemplate CUSTOMERS = PathTemplate.of(CustomerPages.class);
    private static final PathTemplate NEW_CUSTOMER = PathTemplate.of(CustomerPages.class, "showNew");
    private static final PathTemplate CUSTOMER = PathTemplate.of(CustomerPages.class, "show");
    private static final PathTemplate EDIT_CUSTOMER = PathTemplate.of(CustomerPages.class, "showEdit");
    private static final PathTemplate UPDATE_CUSTOMER = PathTemplate.of(CustomerPages.class, "update");
    private static final PathTemplate DEACTIVATE_CUSTOMER = PathTemplate.of(CustomerPages.class, "deactivate");
    private static final PathTemplate ACTIVATE_CUSTOMER = PathTemplate.of(CustomerPages.class, "activate");
    private static final PathTemplate TIERS = PathTemplate.of(TierPages.class);
    private static final PathTemplate NEW_TIER = PathTemplate.of(TierPages.class, "showNew");
    private static final PathTemplate EDIT_TIER = PathTemplate.of(TierPages.class, "showEdit");
    private static final PathTemplate UPDATE_TIER = PathTemplate.of(TierPages.class, "update");
    private static final PathTemplate DEACTIVATE_TIER = PathTemplate.of(TierPages.class, "deactivate");
    private static final PathTemplate ACTIVATE_TIER = PathTemplate.of(TierPages.class, "activate");
    private static final PathTemplate COMMITMENTS = PathTemplate.of(CommitmentsPage.class);

    /** The list, and where the form of a new customer posts. */
    static String customers() {
        return CUSTOMERS.with();
    }

    static String newCustomer() {
        return NEW_CUSTOMER.with();
    }

    static String customer(long id) {
        return CUSTOMER.with(id);
    }

    static String editCustomer(long id) {
        return EDIT_CUSTOMER.with(id);
    }

    static String updateCustomer(long id) {
        return UPDATE_CUSTOMER.with(id);
    }

    static String deactivateCustomer(long id) {
        return DEACTIVATE_CUSTOMER.with(id);
    }

    static String activateCustomer(long id) {
        return ACTIVATE_CUSTOMER.with(id);
    }

    /** HR's list, and where the form of a new tier posts. */
    static String tiers() {
        return TIERS.with();
    }

    static String newTier() {
        return NEW_TIER.with();
    }

    static String editTier(long id) {
        return EDIT_TIER.with(id);
    }

    static String updateTier(long id) {
        return UPDATE_TIER.with(id);
    }

    static String deactivateTier(long id) {
        return DEACTIVATE_TIER.with(id);
    }

    static String activateTier(long id) {
        return ACTIVATE_TIER.with(id);
    }

    /** The tiers as every employee reads them. */
    static String commitments() {
        return COMMITMENTS.with();
    }
}
