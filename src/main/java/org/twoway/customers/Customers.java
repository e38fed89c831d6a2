package org.twoway.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.twoway.system.Refusal;

/** Creating and changing customers, with the rules that refs are unique and new customers go on an active tier. */
@ApplicationScoped
public class Customers {

    @Transactional
    public Customer create(CustomerInput input) {
        requireFreeRef(input.ref(), null);
        Customer customer = new Customer();
        copy(input, customer);
        customer.persist();
        return customer;
    }

    @Transactional
    public Customer update(long id, CustomerInput input) {
        Customer customer = find(id);
        requireFreeRef(input.ref(), customer);
        copy(input, customer);
        return customer;
    }

    @Transactional
    public Customer setActive(long id, boolean active) {
        Customer customer = find(id);
        customer.active = active;
        return customer;
    }

    public Customer find(long id) {
        Customer customer = Customer.findById(id);
        if (customer == null) {
            throw Refusal.notFound("There is no customer " + id + ".");
        }
        return customer;
    }

    private static void copy(CustomerInput input, Customer customer) {
        customer.tier = Tiers.choosable(input.tier(), customer.tier);
        customer.ref = input.ref();
        customer.name = input.name();
        customer.email = input.email();
    }

    private static void requireFreeRef(String ref, Customer self) {
        Customer.findByRef(ref).filter(other -> other != self).ifPresent(other -> {
            throw Refusal.duplicate("ref", "A customer with the reference “" + ref + "” already exists (" + other.name + ").");
        });
    }
}
