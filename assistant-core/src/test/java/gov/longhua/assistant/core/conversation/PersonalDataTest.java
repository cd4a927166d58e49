package gov.longhua.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "我的身份证号是44030419900101123X，办好了吗|我的身份证号是[ID]，办好了吗",
        "电话13812345678，请回电|电话[PHONE]，请回电",
        "call me on +86 138 1234 5678 please|call me on [PHONE] please",
        "座机0755-12345678|座机[PHONE]",
        "邮箱 zhang.san@example.com|邮箱 [EMAIL]",
        "我叫张三，想问低保|我叫[NAME]，想问低保",
        "My name is Li Wei and I applied last week|My name is [NAME] and I applied last week",
        "申请政府信息公开多久答复|申请政府信息公开多久答复",
        "2026年11月2日申请，20个工作日|2026年11月2日申请，20个工作日",
        "热线12345|热线12345",
    })
    void should_mask_personal_data_and_nothing_else(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }
}
