package gov.longhua.assistant.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechTest {

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "zh|详见龙华政府在线（www.szlhq.gov.cn）。|详见龙华政府在线。",
        "zh|「招生管理 / 招生范围」由区教育部门公开。|招生管理的招生范围由区教育部门公开。",
        "zh|核实日期 2026-11-26|核实日期 2026年11月26日",
        "zh|请拨打12345热线|请拨打1 2 3 4 5热线",
        "zh|面积25.65 km²，占比35%|面积25.65平方公里，占比百分之35",
        "zh|办理时间3-5个工作日|办理时间3至5个工作日",
        "en|As of 2026-11-26, call 12345.|As of 26 November 2026, call 1 2 3 4 5.",
        "en|Admissions / Catchment areas: 20 working days|Admissions, Catchment areas: 20 working days",
        "en|See ■ the portal (www.szlhq.gov.cn) for 3-5 days|See the portal for 3 to 5 days",
        "en|《Regulations on Open Government Information》 Art. 33|Regulations on Open Government Information Art. 33",
    })
    void should_write_text_as_a_synthesiser_reads_it(String lang, String text, String spoken) {
        assertThat(Speech.of(text, Lang.fromCode(lang))).isEqualTo(spoken);
    }
}
