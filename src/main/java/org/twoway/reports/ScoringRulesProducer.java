package org.twoway.reports;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.twoway.loop.LoopConfig;
import org.twoway.scoring.ScoringRules;
import org.twoway.system.StartupRefusal;

/** The scoring rules in force, checked once at start-up: an invalid threshold stops the app, named. */
@ApplicationScoped
public class ScoringRulesProducer {

    @Produces
    @Startup
    @Singleton
    ScoringRules rules(ScoringSettings settings, LoopConfig loop) {
        try {
            return settings.rules(loop);
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal("Invalid scoring setting: " + e.getMessage() + ".");
        }
    }
}
