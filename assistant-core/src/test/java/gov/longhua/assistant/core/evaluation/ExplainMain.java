package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Explanation;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The hit test from the command line, for reading why questions get what they get while working on answering:
 * each argument is a question; prints the deciding tier, its reason and the ranked candidates.
 */
public final class ExplainMain {

    private ExplainMain() {
    }

    public static void main(String[] args) throws Exception {
        AnswerEngine engine = AnswerEngine.build(new KnowledgeBaseLoader().load(KbLocation.embedded()),
                EmbeddingModels.bgeSmall(Path.of(".cache", "djl")), new LanguageIdentifier(), AnsweringPolicy.defaults());
        for (String question : args) {
            Explanation e = engine.explain(new Question(question, null), Lang.ZH);
            System.out.println(question + "\n  → " + e.tier() + " (" + e.why() + ") " + e.answer().kind().code() + " "
                    + e.answer().entryId());
            e.candidates().forEach(r -> System.out.println(String.format(Locale.ROOT,
                    "    %-40s p %.3f cos %.3f bm25 %.2f ranks %d/%d", r.candidate().entryId(), r.candidate().fused(),
                    r.candidate().cosine(), r.candidate().bm25(), r.candidate().denseRank(), r.candidate().lexicalRank())));
        }
    }
}
