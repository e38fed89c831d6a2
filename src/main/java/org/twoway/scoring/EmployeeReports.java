package org.twoway.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the employee lines of the report, by email, with their shrunk scores and ranks. */
final class EmployeeReports {

    private static final FirstContact NO_ANSWERS = new FirstContact(0, 0, 0);
    private static final LoopTotals NONE_OWNED = new LoopTotals();

    private EmployeeReports() {
    }

    static List<EmployeeReport> of(CycleFacts facts, List<Flag> flags, Trend trend) {
        Map<String, List<FlagCode>> codes = Flags.codesBySubject(flags, SubjectType.EMPLOYEE);
        Double cycleMean = facts.cycleMean();
        Map<String, Double> scores = new HashMap<>();
        facts.employeeResponses().values().forEach(responses -> {
            if (responses.responses() >= facts.rules().minResponses()) {
                scores.put(responses.employee(), Measures.shrunkScore(facts.rules().priorWeight(), cycleMean,
                        responses.sumQ123(), responses.responses()));
            }
        });
        Map<String, Integer> ranks = ranks(scores);
        return facts.employees().values().stream().map(employee -> {
            EmployeeResponses responses = facts.employeeResponses().get(employee.email());
            Double score = scores.get(employee.email());
            Double previousScore = trend.previousScore(employee.email());
            return new EmployeeReport(employee.email(), employee.name(), employee.team(),
                    responses == null ? 0 : responses.responses(),
                    responses == null ? null : Measures.meanS(responses.sumQ123(), responses.responses()),
                    score, previousScore, facts.effort().ofEmployee(employee.email()),
                    codes.getOrDefault(employee.email(), List.of()),
                    Trend.delta(score, previousScore), ranks.get(employee.email()),
                    responses == null ? null : (double) responses.sumQ4() / responses.responses(),
                    responses == null ? NO_ANSWERS : responses.firstContact(),
                    facts.employeeLoops().getOrDefault(employee.email(), NONE_OWNED).measures(facts.rules()));
        }).toList();
    }

    /** 1 for the highest score; equal scores share a rank and the next rank skips (1, 2, 2, 4). */
    private static Map<String, Integer> ranks(Map<String, Double> scores) {
        List<Map.Entry<String, Double>> ordered = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tied = i > 0 && ordered.get(i).getValue().equals(ordered.get(i - 1).getValue());
            ranks.put(ordered.get(i).getKey(), tied ? ranks.get(ordered.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }
}
