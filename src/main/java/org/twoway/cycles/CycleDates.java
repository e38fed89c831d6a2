package org.twoway.cycles;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A cycle's dates are plausible (years 2000 to 2100, so a typo such as 20226 is caught) and it does not
 * end before it starts. Each message is reported by the date field it is about.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CycleDates.Check.class)
public @interface CycleDates {

    String message() default "The cycle's dates are not valid.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CycleDates, ReviewCycleInput> {

        static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
        static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

        @Override
        public boolean isValid(ReviewCycleInput input, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = plausible(input.startsOn(), "startsOn", context)
                    & plausible(input.endsOn(), "endsOn", context);
            if (valid && input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
                return report("endsOn", "The cycle cannot end before it starts: choose an end date on or after the start date.", context);
            }
            return valid;
        }

        private static boolean plausible(LocalDate date, String field, ConstraintValidatorContext context) {
            if (date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST))) {
                return true;
            }
            return report(field, "Enter a date between 2000 and 2100.", context);
        }

        private static boolean report(String field, String message, ConstraintValidatorContext context) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
