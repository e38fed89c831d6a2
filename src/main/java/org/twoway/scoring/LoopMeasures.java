package org.twoway.scoring;

/**
 * Whether the loop was closed: the follow-ups of an employee (those they own now), of a team (those its
 * members own) or of the whole company (all of them, owned or not), as of the report's "now".
 *
 * @param followUps            onTime + late
 * @param onTime               first contact at or before the due time
 * @param late                 first contact after the due time, or none and due before now
 * @param closedOnTimeShare    onTime / followUps; null below minFollowUps
 * @param contacted            follow-ups with a first contact
 * @param handledByOthers      of those, the ones whose first contact someone other than the owner recorded
 * @param handledByOthersShare handledByOthers / contacted; null below minFollowUps contacted
 * @param recovery             among the answers' follow-ups that the customer answered again after the first
 *                             contact, the share whose next answer's s is higher; null below minFollowUps such
 * @param overdueNow           not contacted and due before now
 * @param directContacts       follow-ups opened by a customer who came to someone directly
 */
public record LoopMeasures(
        long followUps,
        long onTime,
        long late,
        Double closedOnTimeShare,
        long contacted,
        long handledByOthers,
        Double handledByOthersShare,
        Double recovery,
        long overdueNow,
        long directContacts) {
}
