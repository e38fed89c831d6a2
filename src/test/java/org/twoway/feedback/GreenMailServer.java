package org.twoway.feedback;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server inside the tests (GreenMail), on a free port, that the app's mailer sends to; tests
 * read what it received. Started once for the whole test run.
 */
public class GreenMailServer implements QuarkusTestResourceLifecycleManager {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/f/([A-Za-z0-9_-]+)");
    private static GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    /** Every email delivered so far to this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .toList();
    }

    /** Waits up to ten seconds for this many emails to this address, and returns them. */
    public static List<MimeMessage> await(String address, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (to(address).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return to(address);
    }

    /** The plain-text part of an email, decoded. */
    public static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
            }
        }
        return content.toString();
    }

    /** The path of the feedback link in an email's text ("/f/" and the token). */
    public static String linkPath(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No feedback link in: " + text(message));
        }
        return "/f/" + matcher.group(1);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> a.toString().toLowerCase()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
