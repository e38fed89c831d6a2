package org.twoway.friction;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.twoway.system.StartupRefusal;
import org.twoway.system.TwowayConfig;

/**
 * The reporter key of a process-pain report: HMAC-SHA256 of the employee id under a secret of the
 * cycle, itself HMAC-SHA256 of {@code "cycle:" + id} under {@code TWOWAY_ANONYMITY_KEY}. Neither
 * secret is stored, so a database reader cannot recompute the keys of the employees to find who
 * wrote an anonymous report, while the app can count distinct reporters, keep one report per
 * person and process, and find a person's own reports. Keys differ from cycle to cycle, so a
 * reporter cannot be followed from one cycle to the next either.
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

    /** The key under which the employee's reports in the cycle are stored, as 64 hex characters. */
    public String of(long cycleId, long employeeId) {
        byte[] cycleSecret = hmac(masterKey, "cycle:" + cycleId);
        return HexFormat.of().formatHex(hmac(cycleSecret, Long.toString(employeeId)));
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
