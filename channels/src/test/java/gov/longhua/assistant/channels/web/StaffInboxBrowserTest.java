package gov.longhua.assistant.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Browser;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The staff inbox page in real headless Chromium, signed in, taking over a visitor's conversation. */
@QuarkusTest
class StaffInboxBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TestHTTPResource("/")
    URL base;

    private void openInbox() {
        Readiness.awaitReady();
        browser.driver().get(base.toString().replace("://", "://staff:test-staff-password@") + "staff/");
        browser.waiting().until(d -> browser.find("#status").getText().startsWith("已连接"));
    }

    @Test
    void should_let_staff_take_a_conversation_reply_and_hand_it_back() {
        openInbox();
        try (WsClient visitor = WsClient.connect(URI.create(base.toString().replaceFirst("^http", "ws") + "ws/web"))) {
            String session = visitor.next().path("sessionId").asText();
            visitor.ask("v1", "人工客服");

            browser.find("#waiting li[data-session='" + session + "'] button.take").click();
            browser.waiting().until(d -> browser.find("#conversation").getText().contains("人工客服"));
            JsonNode joined = visitor.next();
            browser.find("#reply").sendKeys("您好，请问有什么可以帮您？");
            browser.find("#send").click();
            JsonNode reply = visitor.next();
            browser.find("#handback").click();
            JsonNode handback = visitor.next();

            assertThat(joined.path("type").asText()).isEqualTo("staff-joined");
            assertThat(reply.path("text").asText()).isEqualTo("您好，请问有什么可以帮您？");
            assertThat(handback.path("type").asText()).isEqualTo("handback");
            assertThat(browser.driver().findElements(By.cssSelector("#waiting li[data-session='" + session + "']"))).isEmpty();
        }
    }

    @Test
    void should_have_no_serious_accessibility_violations() {
        openInbox();

        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
