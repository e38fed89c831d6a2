package org.twoway.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One link to issue, by natural keys: the customer's reference, the employee's email and optionally the
 * process's name. HR's form and the API ({@code POST /api/v1/cycles/{id}/links}) both send it.
 */
public record LinkRequest(
        @NotBlank(message = "Choose the customer.")
        @Size(max = 64, message = "A customer reference has at most 64 characters.")
        String customer,
        @NotBlank(message = "Choose the employee.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String employee,
        @Size(max = 100, message = "A process name has at most 100 characters.")
        String process) {

    public LinkRequest {
        customer = customer == null ? null : customer.strip();
        employee = employee == null ? null : employee.strip();
        process = process == null || process.isBlank() ? null : process.strip();
    }
}
