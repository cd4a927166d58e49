package gov.longhua.assistant.channels.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import org.awaitility.Awaitility;

/** Waits until the application reports ready (knowledge base loaded, indexes built). */
public final class Readiness {

    private Readiness() {
    }

    public static void awaitReady() {
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .failFast("building the indexes failed",
                        () -> given().get("/q/health/ready").asString().contains("\"failed\""))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
