package org.twoway.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twoway.scoring.Flag;
import org.twoway.scoring.FlagCode;
import org.twoway.scoring.Quadrant;
import org.twoway.system.Numbers;

/** A flag's evidence, key by key, in the words and units of the page. */
final class Evidence {

    private Evidence() {
    }

    static String describe(Flag flag) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : flag.evidence().entrySet()) {
            parts.add(label(flag.code(), entry.getKey()) + " " + value(entry.getKey(), entry.getValue()));
        }
        return String.join(" · ", parts);
    }

    private static String label(FlagCode code, String key) {
        if (code == FlagCode.SPECIAL_SITUATIONS_GROWING && key.equals("hours")) {
            return "estimated";
        }
        return switch (key) {
            case "hours" -> "received";
            case "entitledHours" -> "entitled";
            case "hoursOnCustomer" -> "hours on the customer";
            case "totalHours" -> "hours in all";
            case "employeeScore" -> "score for the employee";
            case "companyScore" -> "score for the company";
            case "escalations" -> "escalated";
            case "directContacts" -> "direct contacts";
            case "followUps" -> "follow-ups due";
            case "onTime" -> "contacted in time";
            case "overdueNow" -> "overdue now";
            case "handledByOthers" -> "first contact by others";
            case "cs" -> "CS";
            case "ex" -> "EX";
            case "and" -> "AND";
            case "count" -> "special situations";
            case "previousCount" -> "the cycle before";
            case "promisedBy" -> "promised by";
            case "previousEx" -> "EX the cycle before";
            default -> key;
        };
    }

    private static String value(String key, Object value) {
        if (value == null) {
            return Numbers.NONE;
        }
        return switch (key) {
            case "hours", "entitledHours", "hoursOnCustomer", "totalHours" -> Numbers.hours(((Number) value).doubleValue()) + " h";
            case "ratio" -> Numbers.hours(((Number) value).doubleValue()) + "×";
            case "share" -> Numbers.percent(((Number) value).doubleValue());
            case "employeeScore", "companyScore", "cs", "ex", "previousEx", "and" -> Numbers.measure(((Number) value).doubleValue());
            case "quadrant" -> Words.quadrant(Quadrant.valueOf((String) value));
            case "employees", "promisedBy" -> String.join(", ", ((List<?>) value).stream().map(Object::toString).toList());
            default -> value.toString();
        };
    }
}
