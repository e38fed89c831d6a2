package org.twoway.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person as HR types them, in the back office or through the API. A password, when given, is the initial
 * password of a login created with it: for a new person, or for one who has no login yet. HR never sets the
 * password of a login that exists (only its owner does, on their account page), so a password for a person
 * who has one is refused; without a password a login is left as it is.
 */
public record EmployeeInput(
        @NotBlank(message = "Enter the person's email address.")
        @Email(regexp = Emails.PATTERN, message = "Enter an email address such as name@example.com.")
        @Size(max = 254, message = "Keep the email address to 254 characters.")
        String email,

        @NotBlank(message = "Enter the person's name.")
        @Size(max = 100, message = "Keep the name to 100 characters.")
        String name,

        @NotBlank(message = "Choose the person's team.")
        String team,

        @Size(min = Passwords.MIN_LENGTH, max = 200, message = "Choose a password of {min} to {max} characters.")
        String password) {

    public EmployeeInput {
        email = Emails.normalize(email);
        name = name == null ? null : name.strip();
        team = team == null ? null : team.strip();
        password = password == null || password.isEmpty() ? null : password;
    }

    static EmployeeInput of(Employee employee) {
        return new EmployeeInput(employee.email, employee.name, employee.team.name, null);
    }

    /** Never shows the password, should an input ever be logged. */
    @Override
    public String toString() {
        return "EmployeeInput[email=" + email + ", name=" + name + ", team=" + team
                + ", password=" + (password == null ? "none" : "[given]") + "]";
    }
}
