package gov.longhua.assistant.channels.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import gov.longhua.assistant.channels.support.Browser;
import gov.longhua.assistant.channels.support.QrCodes;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The hall kiosk page, in real headless Chromium, as a visitor uses it. */
@QuarkusTest
class KioskBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
        browser.driver().get(base + "widget/assistant-widget.js");
        browser.script("sessionStorage.clear();");
    }

    private void openKiosk(String query) {
        browser.driver().get(base + "kiosk/" + query);
        browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));
    }

    private WebElement lastAnswerAfter(int before) {
        browser.waiting().until(d -> browser.all(".lha-a[data-kind]").size() > before);
        var answers = browser.all(".lha-a[data-kind]");
        return answers.get(answers.size() - 1);
    }

    private String session() {
        return (String) browser.script("return JSON.parse(sessionStorage.getItem('longhua-assistant')).session;");
    }

    @Test
    void should_answer_a_topic_tile_with_a_qr_code_that_continues_on_a_phone() {
        openKiosk("");
        var tiles = browser.all(".lha-tile");

        tiles.get(0).click();
        WebElement answer = lastAnswerAfter(0);
        String qr = answer.findElement(By.cssSelector(".lha-qr img")).getAttribute("src");

        assertThat(tiles).hasSizeGreaterThanOrEqualTo(6);
        assertThat(answer.getAttribute("data-kind")).isIn("faq", "catalogue");
        assertThat(qr).contains("/kiosk/qr.svg?session=" + session());
        given().get(URI.create(qr)).then().statusCode(200).body(startsWith("<svg"));
    }

    /** Where the phone goes when it scans the QR code of the kiosk's last answer. */
    private String scanLastQrCode() {
        String qr = browser.all(".lha-qr img").get(browser.all(".lha-qr img").size() - 1).getAttribute("src");
        return QrCodes.decode(given().get(URI.create(qr)).asString());
    }

    @Test
    void should_take_the_kiosk_conversation_over_on_the_phone_page() {
        openKiosk("");
        browser.all(".lha-tile").get(1).click();
        lastAnswerAfter(0);
        String kioskSession = session();
        String link = scanLastQrCode();
        browser.driver().get(base + "widget/assistant-widget.js");
        browser.script("sessionStorage.clear();");

        browser.driver().get(link);
        browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));

        assertThat(link).contains("/m/?transfer=").doesNotContain(kioskSession);
        assertThat(session()).isEqualTo(kioskSession);
        assertThat(browser.find("#lha-panel").isDisplayed()).isTrue();
        assertThat(browser.driver().getCurrentUrl()).as("the used token is dropped from the address").doesNotContain("transfer");
    }

    @Test
    void should_type_with_phrase_keys_and_offer_big_option_buttons() {
        openKiosk("");

        browser.find("#lha-input").sendKeys("补贴");
        browser.find("#lha-send").click();
        WebElement clarify = lastAnswerAfter(0);
        browser.all(".lha-key").get(0).click();

        assertThat(clarify.getAttribute("data-kind")).isEqualTo("clarify");
        WebElement option = clarify.findElement(By.cssSelector(".lha-option"));
        assertThat(option.getSize().getHeight()).isGreaterThanOrEqualTo(64);
        assertThat(browser.find("#lha-input").getAttribute("value")).isEqualTo("怎么申请");
    }

    @Test
    void should_wipe_the_conversation_and_return_to_the_start_screen_when_idle() {
        openKiosk("?idle=2");
        browser.all(".lha-tile").get(0).click();
        lastAnswerAfter(0);
        String before = session();
        browser.find("#lha-input").sendKeys("我的身份证号");

        browser.waiting().until(d -> "1".equals(browser.find("#lha-root").getAttribute("data-wiped")));
        browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));

        assertThat(browser.all(".lha-a[data-kind]")).isEmpty();
        assertThat(browser.all(".lha-q")).isEmpty();
        assertThat(browser.find("#lha-input").getAttribute("value")).isEmpty();
        assertThat(browser.all(".lha-tile")).isNotEmpty();
        browser.waiting().until(d -> session() != null && !session().equals(before));
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/kiosk?session=" + before);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            try (WsClient earlier = WsClient.connect(ws)) {
                return earlier.next().path("turns").asInt() == 0;
            }
        });
    }

    @Test
    void should_have_no_serious_accessibility_violations() {
        openKiosk("");
        browser.all(".lha-tile").get(0).click();
        lastAnswerAfter(0);

        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
