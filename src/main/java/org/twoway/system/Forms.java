package org.twoway.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

/** Validates a submitted form record against its Bean Validation constraints. */
@ApplicationScoped
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    public FormErrors check(Object form) {
        return FormErrors.of(validator.validate(form));
    }
}
