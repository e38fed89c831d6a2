package org.twoway.friction;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.twoway.system.StartupRefusal;
import org.twoway.system.Tokens;
import org.twoway.system.TwowayConfig;

/**
 * The key of a process-pain report, one per person, process and cycle: SHA-256 of
 * {@code personKey + ":" + processId}, where the person's key in the cycle is HMAC-SHA256 of the
 * employee id under a secret of the cycle, itself HMAC-SHA256 of {@code "cycle:" + id} under
 * {@code TWOWAY_ANONYMITY_KEY}. Neither secret nor the person's key is stored, so a database reader
 * can neither recompute the keys of the employees to find who wrote an anonymous report, nor tell
 * that two reports (on two processes, or in two cycles) come from the same person; the app keeps one
 * report per person and process and finds a person's own reports by computing their keys. (The outer
 * hash over the per-person key is what let migration V90 turn the old per-person keys into these.)
 */
@Startup
@ApplicationScoped
public class ReporterKeys {

    static final int MIN_LENGTH = 32;

    private final byte[] masterKey;

    ReporterKeys(TwowayConfig config) {
        String value = config.anonymityKey().filter(v -> !v.isBlank()).orElseThrow(() -> new StartupRefusal(
                "TWOWAY_ANONYMITY_KEY is not set. Set it to a random secret of at least " + MIN_LENGTH
                        + " characters; it keeps anonymous process-pain reports anonymous."));
        if (value.length() < MIN_LENGTH) {
            throw new StartupRefusal("TWOWAY_ANONYMITY_KEY is too short (" + value.length()
                    + " characters). It must be at least " + MIN_LENGTH + " characters long.");
        }
        masterKey = value.getBytes(StandardCharsets.UTF_8);
    }

    /** The key of the employee's report on the process in the cycle, as 64 hex characters. */
    public String of(long cycleId, long processId, long employeeId) {
        byte[] cycleSecret = hmac(masterKey, "cycle:" + cycleId);
        String personKey = HexFormat.of().formatHex(hmac(cycleSecret, Long.toString(employeeId)));
        return Tokens.sha256(personKey + ":" + processId);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
