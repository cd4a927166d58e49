package gov.longhua.assistant.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the blind set's tuning part answered through the full path must stay a little under the
 * figures measured when the thresholds were set (docs/quality.md), so a change that breaks answering fails the
 * build. The sealed part is never run here.
 */
class BlindSetGateTest {

    private static final double MIN_P_AT_1_ZH = 0.80;
    private static final double MIN_P_AT_1_EN = 0.66;
    private static final double MIN_P_AT_1_MIXED = 0.66;
    private static final double MAX_WRONG = 0.09;
    private static final double MIN_REFUSED = 0.78;

    private static AnswerEngine engine;
    private static BlindSet set;

    @BeforeAll
    static void build() throws IOException {
        engine = AnswerEngine.build(new KnowledgeBaseLoader().load(KbLocation.embedded()),
                EmbeddingModels.bgeSmall(Path.of(System.getProperty("DJL_CACHE_DIR", "target/djl"))),
                new LanguageIdentifier(), AnsweringPolicy.defaults());
        set = BlindSet.load();
    }

    private static BlindScore score(String lang) throws IOException {
        BlindScore score = new BlindScore();
        for (BlindSet.Question q : set.questions("tune", lang)) {
            score.add(q, EvaluationMain.answer(engine, q), set);
        }
        return score;
    }

    @Test
    void should_answer_the_tuning_part_at_least_as_well_as_when_the_thresholds_were_set() throws IOException {
        BlindScore zh = score("zh");
        BlindScore en = score("en");
        BlindScore mixed = score("mixed");

        assertThat(zh.answerable).isGreaterThan(200);
        assertThat(zh.precisionAtOne()).isGreaterThanOrEqualTo(MIN_P_AT_1_ZH);
        assertThat(en.precisionAtOne()).isGreaterThanOrEqualTo(MIN_P_AT_1_EN);
        assertThat(mixed.precisionAtOne()).isGreaterThanOrEqualTo(MIN_P_AT_1_MIXED);
        int answerable = zh.answerable + en.answerable + mixed.answerable;
        assertThat((double) (zh.wrong + en.wrong + mixed.wrong) / answerable).isLessThanOrEqualTo(MAX_WRONG);
        int mustRefuse = zh.mustRefuse + en.mustRefuse + mixed.mustRefuse;
        assertThat((double) (zh.refused + en.refused + mixed.refused) / mustRefuse).isGreaterThanOrEqualTo(MIN_REFUSED);
    }
}
