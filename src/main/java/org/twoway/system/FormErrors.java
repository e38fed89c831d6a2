package org.twoway.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is wrong with a submitted form, field by field, for the page to show beside each field. */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.add(field(v.getPropertyPath()), v.getMessage()));
        return errors;
    }

    public static FormErrors of(Refusal refusal) {
        FormErrors errors = new FormErrors();
        errors.add(refusal.field == null ? "form" : refusal.field, refusal.getMessage());
        return errors;
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** Adds the other errors, keeping a message already given for the same field. */
    public FormErrors addAll(FormErrors other) {
        other.byField.forEach(this::add);
        return this;
    }

    /** The message for a field, or null: templates call {@code errors.get('name')}. */
    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public List<Problem.FieldError> list() {
        return byField.entrySet().stream().map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList();
    }

    /** The last node of a path such as {@code create.arg0.name} is the field's name. */
    static String field(Path path) {
        String name = "form";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
