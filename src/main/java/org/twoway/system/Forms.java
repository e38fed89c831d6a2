package org.twoway.system;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The end of every form post. With errors, the form again (400) with the input kept and each message
     * by its field; otherwise the save, whose refusal (a duplicate, a wrong state) shows by its field too,
     * with its own status. An unknown record stays a 404 page.
     */
    public static Response submit(FormErrors errors, Function<FormErrors, TemplateInstance> form, Supplier<Response> save) {
        if (errors.any()) {
            return Response.status(400).entity(form.apply(errors)).build();
        }
        try {
            return save.get();
        } catch (Refusal refusal) {
            if (refusal.kind == Refusal.Kind.NOT_FOUND) {
                throw refusal;
            }
            return Response.status(refusal.kind.status).entity(form.apply(FormErrors.of(refusal))).build();
        }
    }
}
