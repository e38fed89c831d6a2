package org.twoway.scoring;

import java.util.List;
import java.util.Map;

/** Builds the customer lines of the report, by ref. */
final class CustomerReports {

    private CustomerReports() {
    }

    static List<CustomerReport> of(CycleFacts facts, List<Flag> flags) {
        Map<String, List<FlagCode>> codes = Flags.codesBySubject(flags, SubjectType.CUSTOMER);
        return facts.customers().values().stream().map(customer -> {
            SpecialTotals special = facts.special().getOrDefault(customer.ref(), SpecialTotals.NONE);
            return new CustomerReport(customer.ref(), customer.name(), customer.tier(),
                    facts.effort().ofCustomer(customer.ref()), customer.entitledHours(),
                    facts.customerResponses(customer.ref()), special.count(), special.hours(),
                    codes.getOrDefault(customer.ref(), List.of()));
        }).toList();
    }
}
