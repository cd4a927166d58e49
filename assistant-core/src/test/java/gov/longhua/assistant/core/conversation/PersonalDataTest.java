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
        "身份证 4403 0519 9001 0112 34 已提交|身份证 [ID] 已提交",
        "身份证440305-19900101-1234|身份证[ID]",
        "身份证号码４４０３０５１９９００１０１１２３Ｘ|身份证号码[ID]",
        "请打075512345678联系我|请打[PHONE]联系我",
        "手机１３８ １２３４ ５６７８|手机[PHONE]",
        "手机138-1234-5678或13912345678|手机[PHONE]或[PHONE]",
        "我叫张三想问低保|我叫[NAME]想问低保",
        "我叫王小明想咨询落户|我叫[NAME]想咨询落户",
        "my name is john smith and i need help|my name is [NAME] and i need help",
        "MY NAME IS JOHN SMITH|MY NAME IS [NAME]",
        "passport E12345678 expired|passport [ID] expired",
        "护照号EA1234567|护照号[ID]",
        "港澳通行证C12345678，能续签吗|港澳通行证[ID]，能续签吗",
        "通行证CA1234567|通行证[ID]",
        "回乡证H12345678和M1234567890|回乡证[ID]和[ID]",
        "ｅ１２３４５６７８|[ID]",
        "编号2026-11-02办结|编号2026-11-02办结",
        "this is about my application|this is about my application",
        "比例0.1234567890|比例0.1234567890",
    })
    void should_mask_personal_data_and_nothing_else(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }
}
