package org.twoway.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The same cycle input with every list in another order. */
final class Shuffled {

    private Shuffled() {
    }

    static CycleInput of(CycleInput input, Random random) {
        return new CycleInput(input.cycle(), input.linksIssued(),
                shuffle(input.employees(), random), shuffle(input.customers(), random),
                shuffle(input.teams(), random), shuffle(input.processes(), random),
                shuffle(input.employeeResponses(), random), shuffle(input.pairResponses(), random),
                shuffle(input.processResponses(), random), shuffle(input.effort(), random),
                shuffled(input.pain(), random), input.followUps(), shuffle(input.special(), random),
                shuffle(input.previousSpecial(), random), shuffle(input.actedOn(), random),
                shuffled(input.earlierPain(), random), input.previous());
    }

    private static PainFigures shuffled(PainFigures pain, Random random) {
        return new PainFigures(pain.from(), pain.company(), shuffle(pain.teams(), random),
                shuffle(pain.processes(), random));
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }
}
