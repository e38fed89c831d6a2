package org.twoway.reports;

import io.smallrye.config.ConfigMapping;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.twoway.loop.LoopConfig;
import org.twoway.scoring.ScoringRules;

/**
 * The thresholds of the written scoring rules, under {@code twoway.scoring.*}, and those of the loop's flags,
 * which HR sets with the loop's other settings under {@code twoway.loop.*} ({@link LoopConfig}). A setting left out takes
 * the default of scoring.md, which {@link ScoringRules#defaults()} holds and nothing here repeats;
 * {@link ScoringRulesProducer} checks them at start-up and stops with the setting's name when one is out
 * of range.
 */
@ConfigMapping(prefix = "twoway.scoring")
public interface ScoringSettings {

    OptionalInt priorWeight();

    OptionalInt minResponses();

    OptionalInt minGroupResponses();

    OptionalInt anonymityThreshold();

    OptionalDouble quadrantThreshold();

    OptionalDouble overServeTolerance();

    OptionalDouble minHours();

    OptionalDouble concentrationShare();

    OptionalDouble dominanceShare();

    OptionalDouble loyaltyGap();

    OptionalDouble bypassShare();

    OptionalInt minSpecial();

    /** The settings given, each one left out taken from the defaults. */
    default ScoringRules rules(LoopConfig loop) {
        ScoringRules defaults = ScoringRules.defaults();
        return new ScoringRules(
                priorWeight().orElse(defaults.priorWeight()),
                minResponses().orElse(defaults.minResponses()),
                minGroupResponses().orElse(defaults.minGroupResponses()),
                anonymityThreshold().orElse(defaults.anonymityThreshold()),
                quadrantThreshold().orElse(defaults.quadrantThreshold()),
                overServeTolerance().orElse(defaults.overServeTolerance()),
                minHours().orElse(defaults.minHours()),
                concentrationShare().orElse(defaults.concentrationShare()),
                dominanceShare().orElse(defaults.dominanceShare()),
                loyaltyGap().orElse(defaults.loyaltyGap()),
                bypassShare().orElse(defaults.bypassShare()),
                loop.minFollowUps().orElse(defaults.minFollowUps()),
                loop.loopShare().orElse(defaults.loopShare()),
                loop.interveneShare().orElse(defaults.interveneShare()),
                minSpecial().orElse(defaults.minSpecial()));
    }
}
