package gov.longhua.assistant.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroundingCheckTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "20个工作日内答复。|自收到申请之日起20个工作日内答复。|true",
        "2个工作日内答复。|自收到申请之日起20个工作日内答复。|false",
        "办理时限为15个工作日。|办理时限为15个工作日，可延长15日。|true",
        "热线是12345。|咨询电话0755-123456789。|false",
        "Reply within 2 working days.|We reply within 20 working days.|false",
        "Reply within 20 working days.|We reply within 20 working days.|true",
    })
    void should_compare_figures_as_whole_tokens(String generated, String source, boolean grounded) {
        assertThat(GroundingCheck.grounded(generated, source)).isEqualTo(grounded);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "申请政府信息公开不收费。|申请政府信息公开不收费。|true",
        "申请政府信息公开收费。|申请政府信息公开不收费。|false",
        "申请政府信息公开不收费。|申请政府信息公开收费。|false",
        "符合条件的可以申请。|符合条件的可以申请，不符合条件的不予受理。|true",
        "The request is free of charge.|The request is free of charge.|true",
        "The request is not free of charge.|The request is free of charge.|false",
        "You need to pay a fee.|You do not need to pay a fee.|false",
        "You do not need to pay a fee.|You don't need to pay a fee.|true",
    })
    void should_reject_a_change_of_negation(String generated, String source, boolean grounded) {
        assertThat(GroundingCheck.grounded(generated, source)).isEqualTo(grounded);
    }
}
