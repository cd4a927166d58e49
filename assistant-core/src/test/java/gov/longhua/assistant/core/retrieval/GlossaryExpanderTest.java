package gov.longhua.assistant.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.glossary.Term;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlossaryExpanderTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final GlossaryExpander expander = new GlossaryExpander(List.of(
            new Term("低保", "minimum living allowance (dibao)", List.of("最低生活保障"), List.of("dibao")),
            new Term("社保", "social insurance", List.of("社会保险"), List.of()),
            new Term("区", "district", List.of(), List.of())), normalizer);

    @Test
    void should_add_every_form_of_a_term_the_question_contains() {
        assertThat(expander.synonyms(normalizer.normalize("社保怎么转出"), Set.of(Lang.ZH)))
                .isEqualTo("社保 社会保险");
    }

    @Test
    void should_bridge_languages_for_code_switched_questions() {
        String synonyms = expander.synonyms(normalizer.normalize("How do I apply for 低保?"), EnumSet.allOf(Lang.class));

        assertThat(synonyms).contains("最低生活保障", "dibao", "minimum living allowance (dibao)");
    }

    @Test
    void should_match_english_forms_as_whole_words_only() {
        assertThat(expander.synonyms("dibaos and dibaoxyz", Set.of(Lang.EN))).isEmpty();
        assertThat(expander.synonyms("apply for dibao", Set.of(Lang.ZH))).isEqualTo("低保 最低生活保障");
    }

    @Test
    void should_not_match_single_character_chinese_forms() {
        assertThat(expander.synonyms("区教育局", Set.of(Lang.ZH))).isEmpty();
    }
}
