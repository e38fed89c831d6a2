package org.twoway.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.twoway.scoring.ScoringRules;

/**
 * The thresholds of the written scoring rules, under {@code twoway.scoring.*}. The defaults are those
 * of scoring.md; {@link ScoringRulesProducer} checks them at start-up and stops with the setting's name
 * when one is out of range.
 */
@ConfigMapping(prefix = "twoway.scoring")
public interface ScoringSettings {

    @WithDefault("3")
    int priorWeight();

    @WithDefault("3")
    int minResponses();

    @WithDefault("5")
    int minGroupResponses();

    @WithDefault("3")
    int anonymityThreshold();

    @WithDefault("0.6")
    double quadrantThreshold();

    @WithDefault("0.25")
    double overServeTolerance();

    @WithDefault("10")
    double minHours();

    @WithDefault("0.5")
    double concentrationShare();

    @WithDefault("0.8")
    double dominanceShare();

    @WithDefault("0.25")
    double loyaltyGap();

    @WithDefault("0.3")
    double bypassShare();

    default ScoringRules rules() {
        return new ScoringRules(priorWeight(), minResponses(), minGroupResponses(), anonymityThreshold(),
                quadrantThreshold(), overServeTolerance(), minHours(), concentrationShare(), dominanceShare(),
                loyaltyGap(), bypassShare());
    }
}
