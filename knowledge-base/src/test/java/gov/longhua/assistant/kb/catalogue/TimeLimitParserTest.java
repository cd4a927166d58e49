package gov.longhua.assistant.kb.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeLimitParserTest {

    private final TimeLimitParser parser = new TimeLimitParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "信息形成或者变更之日起20个工作日内|working-days|20|formation-or-change",
        "制定或获取信息之日起10个工作日内|working-days|10|made-or-obtained",
        "自制作或获取该信息之日起二十个工作日内公开|working-days|20|made-or-obtained",
        "信息形成或变更之日起3个工作日内|working-days|3|formation-or-change",
        "作出决定之日起7个工作日内|working-days|7|decision",
        "十五个工作日|working-days|15|-",
        "公示不少于30日|calendar-days|30|-",
        "实时公开|real-time|-|-",
        "长期公开|standing|-|-",
    })
    void should_read_chinese_wording(String zh, String kind, Integer days, String from) {
        TimeLimit limit = parser.parse(new LocalizedText(zh, "-")).orElseThrow();

        assertThat(limit.kind().code()).isEqualTo(kind);
        assertThat(limit.days()).isEqualTo(days);
        assertThat(limit.from() == null ? null : limit.from().code()).isEqualTo(from);
        assertThat(limit.text().zh()).isEqualTo(zh);
    }

    @Test
    void should_let_the_chinese_wording_decide() {
        assertThat(parser.parse(new LocalizedText("尽快公开", "within 20 working days"))).isEmpty();
    }

    @Test
    void should_not_guess_at_wording_it_does_not_understand() {
        assertThat(parser.parse(new LocalizedText("按有关规定", "as the rules require"))).isEmpty();
    }

    @Test
    void should_agree_with_every_structured_time_limit_of_the_default_knowledge_base() {
        new KnowledgeBaseLoader().load(KbLocation.embedded()).items().forEach(item ->
                assertThat(parser.parse(item.timeLimit().text())).as(item.id()).contains(item.timeLimit()));
    }

    @Test
    void should_read_chinese_numerals() {
        assertThat(TimeLimitParser.number("二十")).isEqualTo(20);
        assertThat(TimeLimitParser.number("十五")).isEqualTo(15);
        assertThat(TimeLimitParser.number("七")).isEqualTo(7);
        assertThat(TimeLimitParser.number("一百二十")).isEqualTo(120);
        assertThat(TimeLimitParser.number("两")).isEqualTo(2);
    }
}
