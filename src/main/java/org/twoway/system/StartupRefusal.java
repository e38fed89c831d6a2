package org.twoway.system;

/** Stops start-up with a message that tells the operator which setting to fix. */
public class StartupRefusal extends RuntimeException {

    public StartupRefusal(String message) {
        super(message);
    }
}
