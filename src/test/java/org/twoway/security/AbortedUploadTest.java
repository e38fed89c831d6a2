package org.twoway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;

/**
 * A client that gives up half way through an upload is not an incident of ours: one warning line, no stack trace.
 * Both doors are tried, the page's multipart upload and the API's JSON body: a line each.
 */
@QuarkusTest
class AbortedUploadTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void anUploadCutOffByItsClientIsAWarningLineNotAnIncident() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Browser hr = Browser.hr();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(record);
                }
            }

            public void flush() {
            }

            public void close() {
            }
        };
        Logger.getLogger("").addHandler(handler);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            String part = "--cut\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + hr.cookie("twoway_csrf")
                    + "\r\n--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"effort.csv\"\r\n\r\n"
                    + "employee_email,customer_ref,hours\r\n" + "a@x.example,acme,1\r\n".repeat(2000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /hr/cycles/" + cycle.id + "/effort/import HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=cut\r\nContent-Length: 10000000\r\n"
                    + "Cookie: twoway_session=" + hr.cookie("twoway_session") + "; twoway_csrf=" + hr.cookie("twoway_csrf")
                    + "\r\n\r\n" + part).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
        }
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            String auth = java.util.Base64.getEncoder().encodeToString((Browser.HR_EMAIL + ":" + Browser.HR_PASSWORD).getBytes());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cycles/" + cycle.id + "/effort HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 10000000\r\nAuthorization: Basic " + auth
                    + "\r\n\r\n[" + "{\"employee\": \"a@x.example\", \"customer\": \"acme\", \"hours\": 1},".repeat(3000)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
        }
        Thread.sleep(1500);
        Logger.getLogger("").removeHandler(handler);
        List<String> lines = logged.stream().map(r -> r.getLevel() + " " + r.getMessage() + " " + r.getThrown()).toList();
        assertTrue(logged.stream().noneMatch(r -> r.getLevel().intValue() > Level.WARNING.intValue()), lines::toString);
        assertTrue(logged.stream().noneMatch(r -> r.getThrown() != null), () -> "no stack trace: " + lines);
        assertEquals(2, logged.stream().filter(r -> String.valueOf(r.getMessage()).contains("closed the connection")).count(),
                lines::toString);
    }
}
