package gov.longhua.assistant.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.channels.support.Browser;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The staff console pages in real headless Chromium, signed in: editing an entry side by side, publishing,
 * rolling back, the hit test, the dashboard, the review queue and the settings, each view scanned with axe-core; and a pinned
 * hot topic offered by the chat widget.
 */
@QuarkusTest
class ConsoleBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private void open(String view) {
        browser.driver().get(base.toString().replace("://", "://admin:test-admin-password@") + "staff/console/#" + view);
        browser.waiting().until(d -> browser.find("#who").getText().contains("admin"));
    }

    private void go(String view) {
        browser.driver().navigate().to(base.toString().replace("://", "://admin:test-admin-password@") + "staff/console/#" + view);
    }

    private WebElement waitFor(String css) {
        return browser.find(css);
    }

    @Test
    void should_edit_an_entry_in_both_languages_side_by_side_publish_it_and_roll_it_back() {
        open("entry/ogi.principle");
        WebElement answerPair = waitFor("[data-path='answer'][data-type='pair']");
        List<WebElement> languages = answerPair.findElements(By.cssSelector("textarea[data-lang]"));
        WebElement zh = languages.get(0);
        String secondLanguage = languages.get(1).getAttribute("lang");
        String original = zh.getAttribute("value");
        zh.sendKeys(Keys.END, "（浏览器测试）");
        browser.find("form button[type=submit]").click();

        browser.waiting().until(d -> d.getCurrentUrl().endsWith("#drafts"));
        browser.waiting().until(d -> !browser.all("#view .after").isEmpty());
        String after = browser.all("#view .after").get(0).getText();
        List<String> draftViolations = browser.seriousAccessibilityViolations();
        browser.all("#view button.primary").stream().filter(b -> b.getText().contains("发布")).findFirst().orElseThrow().click();
        browser.waiting().until(d -> browser.find("#message").getText().startsWith("已发布为版本"));
        String published = browser.find("#message").getText();

        go("history");
        browser.waiting().until(d -> !browser.all("#view section h3").isEmpty());
        List<String> historyViolations = browser.seriousAccessibilityViolations();
        browser.all("#view section button").get(0).click();
        browser.driver().switchTo().alert().accept();
        browser.waiting().until(d -> browser.find("#message").getText().startsWith("已回滚"));
        String restored = StaffApi.EDITOR.get("entries/ogi.principle").jsonPath().getString("entry.answer.zh");

        assertThat(languages).hasSize(2);
        assertThat(secondLanguage).isEqualTo("en");
        assertThat(after).isEqualTo(original + "（浏览器测试）");
        assertThat(published).matches("已发布为版本 ?\\d+");
        assertThat(restored).isEqualTo(original);
        assertThat(draftViolations).isEmpty();
        assertThat(historyViolations).isEmpty();
    }

    @Test
    void should_show_the_hit_test_with_its_candidates() {
        open("hitTest");
        WebElement question = waitFor("#view form input[type=text]");
        question.sendKeys("申请政府信息公开多久答复？", Keys.ENTER);
        WebElement answer = waitFor("#hit-answer");

        assertThat(answer.getText()).contains("20个工作日");
        assertThat(browser.find("#view").getText()).contains("EXACT");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void should_show_the_dashboard_review_queue_and_entries_without_accessibility_violations() {
        open("dashboard");
        waitFor("#view figure.chart svg");
        List<String> dashboard = browser.seriousAccessibilityViolations();
        go("review");
        waitFor("#view select");
        List<String> review = browser.seriousAccessibilityViolations();
        go("settings");
        waitFor("#view fieldset input[type=number]");
        List<String> settings = browser.seriousAccessibilityViolations();
        go("entries");
        waitFor("#view table tbody tr");
        List<String> entries = browser.seriousAccessibilityViolations();
        browser.find("#lang").click();
        browser.waiting().until(d -> browser.find("#title").getText().equals("Assistant staff console"));
        List<String> english = browser.seriousAccessibilityViolations();

        assertThat(dashboard).isEmpty();
        assertThat(review).isEmpty();
        assertThat(settings).isEmpty();
        assertThat(entries).isEmpty();
        assertThat(english).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.find("#lang").click();
    }

    @Test
    void should_offer_a_pinned_hot_topic_in_the_chat_widget() {
        StaffApi.EDITOR.post("hot-topics", Map.of("id", "browser-topic", "label", Map.of("zh", "政府信息公开", "en", "Open government info"),
                "question", Map.of("zh", "申请政府信息公开多久答复？", "en", "How long does an OGI reply take?")));
        try {
            browser.driver().get(base.toString() + "widget/assistant-widget.js");
            browser.script("sessionStorage.clear();");
            browser.driver().get(base.toString() + "demo/");
            browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));
            browser.find(".lha-launch").click();
            WebElement chip = browser.find(".lha-hot-topic");
            String label = chip.getText();
            chip.click();
            browser.waiting().until(d -> !browser.all(".lha-a[data-kind]").isEmpty());

            assertThat(label).isEqualTo("政府信息公开");
            assertThat(browser.all(".lha-a[data-kind]").get(0).getText()).contains("20个工作日");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        } finally {
            StaffApi.EDITOR.delete("hot-topics/browser-topic");
        }
    }
}
