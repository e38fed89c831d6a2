package org.twoway.people;

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
 * The secret behind login cookies. The cookie holds a random token; the database holds only its HMAC
 * under this key, so neither a stolen database nor a guessed cookie opens a session. Keys for other
 * purposes are derived from it ({@link #derive}).
 */
@Startup(10)
@ApplicationScoped
public class SessionKey {

    static final int MIN_LENGTH = 32;

    private final SecretKeySpec key;

    SessionKey(TwowayConfig config) {
        String value = config.sessionKey().orElseThrow(() -> new StartupRefusal(
                "TWOWAY_SESSION_KEY is not set. Set it to a random secret of at least " + MIN_LENGTH
                        + " characters; it keys the login cookie."));
        if (value.length() < MIN_LENGTH) {
            throw new StartupRefusal("TWOWAY_SESSION_KEY is too short (" + value.length()
                    + " characters). It must be at least " + MIN_LENGTH + " characters long.");
        }
        key = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String seal(String token) {
        return HexFormat.of().formatHex(mac(token));
    }

    /**
     * A key of its own for one purpose, HMAC-SHA256(session key, purpose), so that no two uses share the
     * secret itself (FreshLinks encrypts with {@code derive("fresh-links")}).
     */
    public byte[] derive(String purpose) {
        return mac(purpose);
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
