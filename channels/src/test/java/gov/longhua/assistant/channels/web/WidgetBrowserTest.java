package gov.longhua.assistant.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.channels.support.Browser;
import gov.longhua.assistant.channels.support.Readiness;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The chat widget on the demo page, in real headless Chromium, as a resident uses it. */
@QuarkusTest
class WidgetBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TestHTTPResource("/demo/")
    URL demo;

    @BeforeEach
    void freshVisit() {
        Readiness.awaitReady();
        // a page of the same origin without the widget, so that nothing writes the storage back
        browser.driver().get(demo.toString().replace("/demo/", "/widget/assistant-widget.js"));
        browser.script("sessionStorage.clear();");
        browser.driver().get(demo.toString());
        browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));
    }

    private void open() {
        browser.find(".lha-launch").click();
    }

    private WebElement ask(String question) {
        int before = browser.all(".lha-a[data-kind]").size();
        WebElement input = browser.find("#lha-input");
        input.clear();
        input.sendKeys(question, Keys.ENTER);
        browser.waiting().until(d -> browser.all(".lha-a[data-kind]").size() > before);
        var answers = browser.all(".lha-a[data-kind]");
        return answers.get(answers.size() - 1);
    }

    @Test
    void should_show_an_answer_as_a_card_with_its_source_and_date() {
        open();

        WebElement answer = ask("申请政府信息公开多久答复");

        assertThat(answer.getAttribute("data-kind")).isEqualTo("faq");
        assertThat(answer.findElement(By.cssSelector(".lha-text")).getText()).contains("20个工作日");
        assertThat(answer.findElement(By.cssSelector(".lha-cite")).getText()).contains("来源", "核实日期");
        assertThat(answer.findElements(By.cssSelector(".lha-feedback"))).hasSize(2);
    }

    @Test
    void should_offer_clarifying_options_as_buttons_and_answer_the_one_picked() {
        open();
        WebElement clarify = ask("补贴");
        var options = clarify.findElements(By.cssSelector(".lha-option"));
        String picked = options.get(0).getAttribute("data-id");
        int answers = browser.all(".lha-a[data-kind]").size();

        options.get(0).click();
        browser.waiting().until(d -> browser.all(".lha-a[data-kind]").size() > answers);

        assertThat(clarify.getAttribute("data-kind")).isEqualTo("clarify");
        assertThat(options).hasSizeGreaterThanOrEqualTo(2);
        var all = browser.all(".lha-a[data-kind]");
        assertThat(all.get(all.size() - 1).getAttribute("data-kind")).isIn("faq", "catalogue");
        assertThat(picked).isNotBlank();
    }

    @Test
    void should_switch_the_interface_and_the_answers_to_english() {
        open();

        browser.find("#lha-lang").click();
        WebElement answer = ask("申请政府信息公开多久答复");

        assertThat(browser.find("#lha-input").getAttribute("placeholder")).isEqualTo("Type your question");
        assertThat(browser.find("#lha-send").getText()).isEqualTo("Send");
        assertThat(answer.getAttribute("lang")).isEqualTo("en");
        assertThat(answer.findElement(By.cssSelector(".lha-text")).getText()).contains("working days");
    }

    @Test
    void should_keep_the_conversation_across_a_page_load() {
        open();
        ask("低保怎么申请");
        Object session = browser.script("return JSON.parse(sessionStorage.getItem('longhua-assistant')).session;");

        browser.driver().navigate().refresh();
        browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));

        assertThat(browser.find("#lha-log").getAttribute("textContent")).contains("低保怎么申请");
        assertThat(browser.script("return JSON.parse(sessionStorage.getItem('longhua-assistant')).session;"))
                .isEqualTo(session);
        assertThat(browser.find("#lha-status").getAttribute("textContent")).isEqualTo("已连接");
    }

    @Test
    void should_show_markup_in_a_question_as_text_and_never_run_it() {
        open();

        ask("<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>");

        assertThat(browser.all("#lha-log img")).isEmpty();
        assertThat(browser.all("#lha-log script")).isEmpty();
        assertThat(browser.script("return window.__pwned === undefined;")).isEqualTo(true);
        assertThat(browser.find(".lha-q").getText()).contains("<img src=x");
    }

    @Test
    void should_work_from_the_keyboard_alone() {
        WebElement launch = browser.find(".lha-launch");
        launch.sendKeys(Keys.ENTER);

        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("lha-input");
        browser.find("#lha-input").sendKeys(Keys.ESCAPE);
        assertThat(browser.script("return document.activeElement.className;")).isEqualTo("lha-launch");
        assertThat(launch.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void should_have_no_serious_accessibility_violations_open_with_answers_and_in_large_text() {
        open();
        ask("补贴");
        ask("申请政府信息公开多久答复");
        browser.find("#lha-large").click();

        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void should_fill_a_phone_screen() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.driver().navigate().refresh();
            browser.waiting().until(d -> "connected".equals(browser.find("#lha-root").getAttribute("data-state")));
            open();
            WebElement answer = ask("低保怎么申请");

            long viewport = (Long) browser.script("return window.innerWidth;");
            assertThat(browser.find("#lha-panel").getSize().getWidth()).isEqualTo((int) viewport);
            assertThat(answer.getSize().getWidth()).isLessThanOrEqualTo((int) viewport);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
