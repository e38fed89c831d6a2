package org.twoway.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.twoway.people.Emails;

/** A customer as HR types it, or as the CRM sends it: its CRM reference, name, tier (by name) and contact email. */
public record CustomerInput(
        @NotBlank(message = "Enter the customer's reference in the CRM.")
        @Size(max = 64, message = "Keep the reference to 64 characters.")
        String ref,

        @NotBlank(message = "Enter the customer's name.")
        @Size(max = 200, message = "Keep the name to 200 characters.")
        String name,

        @NotBlank(message = "Choose the customer's service tier.")
        String tier,

        @Email(regexp = Emails.PATTERN, message = "Enter an email address such as name@example.com, or leave it empty.")
        @Size(max = 254, message = "Keep the email address to 254 characters.")
        String email) {

    public CustomerInput {
        ref = ref == null ? null : ref.strip();
        name = name == null ? null : name.strip();
        tier = tier == null ? null : tier.strip();
        email = email == null || email.isBlank() ? null : Emails.normalize(email);
    }

    static CustomerInput of(Customer customer) {
        return new CustomerInput(customer.ref, customer.name, customer.tier.name, customer.email);
    }
}
