package gov.longhua.assistant.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.kb.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "谢谢|zh",
        "低保|zh",
        "學位|zh",
        "ＯＧＩ申请多久|zh",
        "我想查一下OGI application|zh",
        "hi|en",
        "dibao|en",
        "How do I apply for 低保?|en",
        "When must they reply to my information request?|en",
        "ＨＯＷ ＬＯＮＧ|en",
    })
    void should_tell_chinese_from_english_even_in_two_characters(String text, String expected) {
        LanguageGuess guess = IDENTIFIER.identify(text, Lang.ZH);

        assertThat(guess.lang().code()).isEqualTo(expected);
        assertThat(guess.supported()).isTrue();
        assertThat(guess.determined()).isTrue();
    }

    @Test
    void should_mark_code_switched_questions() {
        assertThat(IDENTIFIER.identify("How do I apply for 低保?", Lang.ZH).codeSwitched()).isTrue();
        assertThat(IDENTIFIER.identify("我想申请OGI", Lang.ZH).codeSwitched()).isTrue();
        assertThat(IDENTIFIER.identify("我想申请信息公开", Lang.ZH).codeSwitched()).isFalse();
    }

    @Test
    void should_recognise_languages_it_does_not_answer_in() {
        assertThat(IDENTIFIER.identify("Comment puis-je demander des informations publiques au gouvernement ?",
                Lang.ZH).supported()).isFalse();
        assertThat(IDENTIFIER.identify("情報公開の申請はどうすればいいですか", Lang.ZH).iso6393()).isEqualTo("jpn");
        assertThat(IDENTIFIER.identify("정보 공개 신청", Lang.ZH).supported()).isFalse();
        assertThat(IDENTIFIER.identify("Wie kann ich Informationen von der Regierung beantragen?", Lang.ZH)
                .iso6393()).isEqualTo("deu");
    }

    @Test
    void should_fall_back_when_the_text_has_no_letters() {
        LanguageGuess guess = IDENTIFIER.identify("12345 ???", Lang.EN);

        assertThat(guess.determined()).isFalse();
        assertThat(guess.lang()).isEqualTo(Lang.EN);
    }
}
