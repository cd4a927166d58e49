package gov.longhua.assistant.channels.ws;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChannelSocketTest {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void knowledgeBaseLoaded() {
        Readiness.awaitReady();
    }

    private URI ws(String path) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + path.substring(1));
    }

    @Test
    void should_open_a_session_on_connect() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            JsonNode session = client.next();

            assertThat(session.path("type").asText()).isEqualTo("session");
            assertThat(session.path("sessionId").asText()).isNotBlank();
            assertThat(session.path("resumed").asBoolean()).isFalse();
        }
    }

    @Test
    void should_answer_a_chinese_question_with_the_curated_faq_answer_and_its_citation() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode answer = client.ask("q1", "申请政府信息公开多久能答复？");

            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("replyTo").asText()).isEqualTo("q1");
            assertThat(answer.path("kind").asText()).isEqualTo("faq");
            assertThat(answer.path("lang").asText()).isEqualTo("zh");
            assertThat(answer.path("text").asText()).contains("20个工作日");
            JsonNode citation = answer.path("citations").get(0);
            assertThat(citation.path("id").asText()).isEqualTo("ogi.reply-time-limit");
            assertThat(citation.path("title").asText()).isNotBlank();
            assertThat(citation.path("source").asText()).contains("S21");
            assertThat(citation.path("asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(citation.path("status").asText()).isEqualTo("confirmed");
            assertThat(answer.has("speech")).as("only the robot channel carries speech").isFalse();
        }
    }

    @Test
    void should_answer_an_english_question_in_english() {
        try (WsClient client = WsClient.connect(ws("/ws/kiosk"))) {
            client.next();

            JsonNode answer = client.ask("e1", "How much do I pay to get government information?");

            assertThat(answer.path("kind").asText()).isEqualTo("faq");
            assertThat(answer.path("lang").asText()).isEqualTo("en");
            assertThat(answer.path("citations").get(0).path("id").asText()).isEqualTo("ogi.fees-in-brief");
            assertThat(answer.path("text").asText()).contains("free of charge");
        }
    }

    @Test
    void should_understand_traditional_chinese_and_answer_in_chinese() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode answer = client.ask("t1", "對政府資訊公開的答覆不滿意怎麼辦？");

            assertThat(answer.path("lang").asText()).isEqualTo("zh");
            assertThat(answer.path("citations").get(0).path("id").asText()).isEqualTo("ogi.remedies-overview");
            assertThat(answer.path("text").asText()).contains("行政复议");
        }
    }

    @Test
    void should_answer_a_code_switched_question_in_the_dominant_language() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode answer = client.ask("c1", "How do I apply for 低保?");

            assertThat(answer.path("lang").asText()).isEqualTo("en");
            assertThat(answer.path("citations").get(0).path("id").asText()).isEqualTo("sa.dibao-application");
        }
    }

    @Test
    void should_compose_a_catalogue_item_into_a_card() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode answer = client.ask("k1", "控辍保学工作情况");

            assertThat(answer.path("kind").asText()).isEqualTo("catalogue");
            assertThat(answer.path("citations").get(0).path("id").asText()).isEqualTo("edu.dropout-prevention");
            JsonNode card = answer.path("card");
            assertThat(card.path("body").asText()).isEqualTo("街道办事处");
            assertThat(card.path("timeLimit").asText()).contains("20个工作日");
            assertThat(card.path("channels").toString()).contains("政府网站");
            assertThat(card.path("mode").asText()).isEqualTo("主动公开");
            assertThat(answer.path("text").asText()).contains("公开主体", "公开时限", "公开依据");
        }
    }

    @Test
    void should_decline_out_of_scope_questions_and_point_to_the_official_channel() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode zh = client.ask("w1", "明天深圳天气怎么样？");
            JsonNode en = client.ask("w2", "Which stocks should I buy this week?");

            assertThat(zh.path("kind").asText()).isEqualTo("refuse");
            assertThat(zh.path("lang").asText()).isEqualTo("zh");
            assertThat(zh.path("text").asText()).contains("不在我能回答的范围内", "www.szlhq.gov.cn");
            assertThat(zh.path("citations").get(0).path("status").asText()).isEqualTo("placeholder");
            assertThat(en.path("kind").asText()).isEqualTo("refuse");
            assertThat(en.path("lang").asText()).isEqualTo("en");
            assertThat(en.path("text").asText()).contains("outside what I can answer");
        }
    }

    @Test
    void should_say_it_does_not_know_and_point_to_the_official_channel_when_nothing_answers() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            JsonNode zh = client.ask("u1", "龙华区的垃圾分类积分怎么兑换礼品");

            assertThat(zh.path("kind").asText()).isEqualTo("fallback");
            assertThat(zh.path("text").asText()).contains("没有找到可靠的答案", "www.szlhq.gov.cn");
            assertThat(zh.path("citations").get(0).path("status").asText()).isEqualTo("placeholder");
        }
    }

    @Test
    void should_give_the_robot_speech_without_urls_or_markup() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            JsonNode faq = client.ask("r1", "政府信息公开指南在哪里看");
            JsonNode card = client.ask("r2", "控辍保学工作情况");

            assertThat(faq.path("kind").asText()).isEqualTo("faq");
            assertThat(faq.path("text").asText()).contains("www.szlhq.gov.cn");
            assertThat(faq.path("speech").asText()).isNotBlank().doesNotContain("www.", "http", "（）");
            assertThat(card.path("kind").asText()).isEqualTo("catalogue");
            assertThat(card.path("text").asText()).contains("\n");
            assertThat(card.path("speech").asText()).contains("街道办事处", "20个工作日")
                    .doesNotContain("\n", "公开内容：", "(");
        }
    }

    @Test
    void should_read_out_clarifying_options_on_the_robot() {
        try (WsClient client = WsClient.connect(ws("/ws/robot")); WsClient other = WsClient.connect(ws("/ws/robot"))) {
            client.next();
            other.next();

            JsonNode zh = client.ask("o1", "补贴");
            JsonNode en = other.ask("o2", "subsidy");

            assertThat(zh.path("kind").asText()).isEqualTo("clarify");
            assertThat(zh.path("speech").asText()).startsWith("您想了解的是哪一项？请说一");
            assertThat(zh.path("options").size()).isBetween(2, 5);
            assertThat(en.path("speech").asText()).startsWith("Which of these do you mean? Say one");
        }
    }

    @Test
    void should_send_every_connection_a_heartbeat() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            JsonNode heartbeat = client.nextHeartbeat();

            assertThat(heartbeat.path("type").asText()).isEqualTo("heartbeat");
            assertThat(java.time.Instant.parse(heartbeat.path("at").asText())).isNotNull();
        }
    }

    @Test
    void should_ignore_partial_recognition_results_until_the_final_ask() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            client.send("{\"type\":\"partial\",\"id\":\"p1\",\"text\":\"低保怎\"}");
            client.send("{\"type\":\"partial\",\"id\":\"p1\",\"text\":\"低保怎么申\"}");
            JsonNode answer = client.ask("p1", "低保怎么申请");

            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("replyTo").asText()).isEqualTo("p1");
            assertThat(answer.path("speech").asText()).isNotBlank();
            assertThat(client.waiting()).isZero();
        }
    }

    @Test
    void should_never_send_an_answer_after_confirming_its_cancel() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            client.send("{\"type\":\"ask\",\"id\":\"c1\",\"text\":\"申请政府信息公开多久答复\"}");
            client.send("{\"type\":\"cancel\",\"id\":\"c1\"}");
            java.util.List<String> before = new java.util.ArrayList<>();
            JsonNode frame = client.next();
            while (!frame.path("type").asText().equals("cancelled")) {
                before.add(frame.path("type").asText() + ":" + frame.path("replyTo").asText());
                frame = client.next();
            }
            JsonNode next = client.ask("c2", "低保怎么申请");

            assertThat(frame.path("replyTo").asText()).isEqualTo("c1");
            assertThat(before).isSubsetOf("answer:c1");
            assertThat(next.path("replyTo").asText()).isEqualTo("c2");
        }
    }

    @Test
    void should_count_feedback_on_an_answer_and_acknowledge_it() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();
            client.ask("f1", "低保怎么申请");

            client.send("{\"type\":\"feedback\",\"id\":\"f1\",\"helpful\":false}");
            JsonNode received = client.next();
            client.send("{\"type\":\"feedback\",\"id\":\"f1\"}");
            JsonNode invalid = client.next();

            assertThat(received.path("type").asText()).isEqualTo("feedback-received");
            assertThat(received.path("replyTo").asText()).isEqualTo("f1");
            assertThat(invalid.path("code").asText()).isEqualTo("invalid_feedback");
        }
        given().auth().preemptive().basic("admin", "test-admin-password").get("/q/metrics").then().statusCode(200)
                .body(containsString("assistant_feedback_total{channel=\"web\",helpful=\"false\"}"));
    }

    @Test
    void should_lead_a_life_event_through_its_guide_on_the_robot() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            JsonNode start = client.ask("j1", "我要开公司");
            JsonNode picked = client.ask("j2", "一");

            assertThat(start.path("kind").asText()).isEqualTo("guide");
            assertThat(start.path("speech").asText()).contains("准入准营", "请说一、二");
            assertThat(start.path("options").size()).isGreaterThanOrEqualTo(2);
            assertThat(picked.path("citations").get(0).path("id").asText())
                    .isEqualTo(start.path("options").get(0).path("id").asText());
        }
    }

    @Test
    void should_compute_a_reply_deadline_for_the_robot_to_speak() {
        try (WsClient client = WsClient.connect(ws("/ws/robot"))) {
            client.next();

            JsonNode answer = client.ask("d1", "I applied on 2 November 2026, when must they reply?");

            assertThat(answer.path("kind").asText()).isEqualTo("deadline");
            assertThat(answer.path("text").asText()).contains("30 November 2026");
            assertThat(answer.path("speech").asText()).contains("30 November 2026");
            assertThat(answer.path("citations").get(0).path("id").asText()).isEqualTo("ogi.reply-time-limit");
        }
    }

    @Test
    void should_clarify_a_vague_question_and_answer_the_option_picked() {
        try (WsClient client = WsClient.connect(ws("/ws/kiosk"))) {
            client.next();

            JsonNode clarify = client.ask("v1", "补贴");
            JsonNode picked = client.ask("v2", "1");

            assertThat(clarify.path("kind").asText()).isEqualTo("clarify");
            assertThat(clarify.path("options").size()).isBetween(2, 5);
            assertThat(clarify.path("options").get(0).path("label").asText()).isNotBlank();
            assertThat(picked.path("replyTo").asText()).isEqualTo("v2");
            assertThat(picked.path("citations").get(0).path("id").asText())
                    .isEqualTo(clarify.path("options").get(0).path("id").asText());
        }
    }

    @Test
    void should_reject_malformed_frames_and_keep_the_connection_open() {
        try (WsClient client = WsClient.connect(ws("/ws/web"))) {
            client.next();

            client.send("this is not json");
            assertThat(client.next().path("code").asText()).isEqualTo("invalid_json");
            client.send("[1,2]");
            assertThat(client.next().path("code").asText()).isEqualTo("invalid_json");
            client.send("{\"type\":\"shout\",\"id\":\"x\",\"text\":\"hi\"}");
            JsonNode unknown = client.next();
            assertThat(unknown.path("type").asText()).isEqualTo("error");
            assertThat(unknown.path("code").asText()).isEqualTo("unknown_type");
            assertThat(unknown.path("message").asText()).contains("shout");
            client.send("{\"type\":\"ask\",\"id\":\"a\"}");
            JsonNode missing = client.next();
            assertThat(missing.path("code").asText()).isEqualTo("missing_text");
            assertThat(missing.path("replyTo").asText()).isEqualTo("a");
            client.send("{\"type\":\"ask\",\"id\":\"b\",\"text\":\"   \"}");
            assertThat(client.next().path("code").asText()).isEqualTo("missing_text");
            client.send("{\"type\":\"ask\",\"text\":\"低保\"}");
            assertThat(client.next().path("code").asText()).isEqualTo("missing_id");
            client.send("{\"type\":\"ask\",\"id\":\"c\",\"text\":\"" + "长".repeat(2001) + "\"}");
            JsonNode tooLong = client.next();
            assertThat(tooLong.path("code").asText()).isEqualTo("text_too_long");
            assertThat(tooLong.path("message").asText()).contains("2001", "2000");
            client.send("{\"type\":\"ask\",\"id\":\"d\",\"text\":\"低保\",\"lang\":\"fr\"}");
            assertThat(client.next().path("code").asText()).isEqualTo("invalid_lang");

            JsonNode answer = client.ask("ok", "低保怎么申请");
            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("replyTo").asText()).isEqualTo("ok");
        }
    }

    @Test
    void should_answer_in_the_language_the_client_asks_for() {
        try (WsClient client = WsClient.connect(ws("/ws/kiosk"))) {
            client.next();
            client.send("{\"type\":\"ask\",\"id\":\"l1\",\"text\":\"低保怎么申请\",\"lang\":\"en\"}");

            JsonNode answer = client.next();

            assertThat(answer.path("lang").asText()).isEqualTo("en");
            assertThat(answer.path("text").asText()).contains("dibao");
        }
    }

    @Test
    void should_continue_the_conversation_when_reconnecting_with_its_session_id() {
        String sessionId;
        try (WsClient first = WsClient.connect(ws("/ws/web"))) {
            sessionId = first.next().path("sessionId").asText();
            first.ask("1", "低保怎么申请");
            first.ask("2", "居住证怎么办");
        }

        try (WsClient again = WsClient.connect(ws("/ws/web?session=" + sessionId))) {
            JsonNode session = again.next();

            assertThat(session.path("sessionId").asText()).isEqualTo(sessionId);
            assertThat(session.path("resumed").asBoolean()).isTrue();
            assertThat(session.path("turns").asInt()).isEqualTo(2);
        }
    }

    @Test
    void should_start_a_new_conversation_for_an_unknown_session_id() {
        try (WsClient client = WsClient.connect(ws("/ws/web?session=no-such-session"))) {
            JsonNode session = client.next();

            assertThat(session.path("sessionId").asText()).isNotEqualTo("no-such-session");
            assertThat(session.path("resumed").asBoolean()).isFalse();
        }
    }

    @Test
    void should_close_connections_to_an_unknown_channel() {
        try (WsClient client = WsClient.connect(ws("/ws/fax"))) {
            assertThat(client.closeCode()).isEqualTo(1008);
        }
    }

    @Test
    void should_count_questions_per_channel_and_language_and_time_answers() {
        try (WsClient client = WsClient.connect(ws("/ws/kiosk"))) {
            client.next();
            client.ask("m1", "What are the ways government information is disclosed?");
        }

        given().auth().preemptive().basic("admin", "test-admin-password").get("/q/metrics").then().statusCode(200)
                .body(containsString("assistant_questions_total{channel=\"kiosk\",kind=\"faq\",lang=\"en\"}"))
                .body(containsString("assistant_answer_seconds_count{channel=\"kiosk\""));
    }
}
