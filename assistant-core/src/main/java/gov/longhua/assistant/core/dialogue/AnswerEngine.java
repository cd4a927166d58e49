package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerComposer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.conversation.Turn;
import gov.longhua.assistant.core.answer.Messages;
import gov.longhua.assistant.core.language.LanguageGuess;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.core.retrieval.HybridRetriever;
import gov.longhua.assistant.core.retrieval.LabelledQuestion;
import gov.longhua.assistant.core.retrieval.RetrievalMode;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.core.retrieval.PhraseIndex;
import gov.longhua.assistant.core.retrieval.PhraseIndex.Phrase;
import gov.longhua.assistant.core.scope.ScopeGuard;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Answers one question from one knowledge base through the answering tiers ({@link AnswerPipeline}: unsupported
 * language, exact phrasing, scope cue, reply deadline, scope by meaning, journey, catalogue field, several
 * questions, clarify, accept, fallback), each a small class deciding or passing on. Holds no conversation
 * state; immutable once built, so a new knowledge base means a new engine.
 */
public final class AnswerEngine {

    /** The prefix of an option that goes to another stage of a journey (AnswerComposer's journey steps). */
    private static final String STAGE_OPTION = "stage:";

    private final LanguageIdentifier languages;
    private final TextNormalizer normalizer;
    private final AnsweringParts parts;
    private final AnswerPipeline pipeline;

    private AnswerEngine(LanguageIdentifier languages, TextNormalizer normalizer, AnsweringParts parts) {
        this.languages = languages;
        this.normalizer = normalizer;
        this.parts = parts;
        this.pipeline = AnswerPipeline.STANDARD;
    }

    /** Builds the indexes over the knowledge base and learns its confidence model; takes seconds. */
    public static AnswerEngine build(KnowledgeBase kb, Embedders embedders, LanguageIdentifier languages,
            AnsweringPolicy policy) {
        return build(kb, embedders, languages, policy, Clock.system(AnsweringParts.DISTRICT_TIME));
    }

    /** As {@link #build(KnowledgeBase, Embedders, LanguageIdentifier, AnsweringPolicy)}, with the clock that says what day it is. */
    public static AnswerEngine build(KnowledgeBase kb, Embedders embedders, LanguageIdentifier languages,
            AnsweringPolicy policy, Clock clock) {
        return build(kb, embedders, languages, policy, clock, LabelledQuestion.shipped());
    }

    /**
     * As {@link #build(KnowledgeBase, Embedders, LanguageIdentifier, AnsweringPolicy, Clock)}, learning
     * confidence from the given labelled questions besides the knowledge base's own phrasings.
     */
    public static AnswerEngine build(KnowledgeBase kb, Embedders embedders, LanguageIdentifier languages,
            AnsweringPolicy policy, Clock clock, List<LabelledQuestion> labelled) {
        TextNormalizer normalizer = new TextNormalizer();
        return new AnswerEngine(languages, normalizer, parts(kb, embedders, normalizer,
                HybridRetriever.build(kb, embedders, normalizer, labelled), policy, clock));
    }

    private static AnsweringParts parts(KnowledgeBase kb, Embedders embedders, TextNormalizer normalizer,
            HybridRetriever retriever, AnsweringPolicy policy, Clock clock) {
        return new AnsweringParts(kb, retriever, ScopeGuard.build(kb.scope(), normalizer, embedders),
                negativeExamples(kb, embedders, normalizer), new ExactMatches(kb.faqs(), normalizer),
                new AnswerComposer(kb, new Messages()), policy, clock);
    }

    /**
     * A new engine over a revised knowledge base, built from this one ({@link HybridRetriever#revised}: only
     * changed entries are analysed again, the trained domain router and confidence model are kept) with the
     * same clock: what publishing a change uses to be in service quickly; {@link #build} builds everything and
     * learns again.
     */
    public AnswerEngine revisedFor(KnowledgeBase revised, Embedders embedders) {
        TextNormalizer fresh = new TextNormalizer();
        return new AnswerEngine(languages, fresh, parts(revised, embedders, fresh,
                parts.retriever().revised(revised, embedders, fresh), parts.policy(), parts.clock()));
    }

    /** This engine answering by other thresholds: the same indexes, nothing rebuilt. */
    public AnswerEngine withPolicy(AnsweringPolicy changed) {
        return new AnswerEngine(languages, normalizer, parts.withPolicy(changed));
    }

    private static PhraseIndex negativeExamples(KnowledgeBase kb, Embedders embedders, TextNormalizer normalizer) {
        List<Phrase> phrases = new ArrayList<>();
        for (FaqEntry faq : kb.faqs()) {
            for (Lang lang : Lang.values()) {
                faq.notFor().in(lang).forEach(text -> phrases.add(new Phrase(faq.id(), lang,
                        normalizer.normalize(text))));
            }
        }
        return PhraseIndex.build(embedders, phrases);
    }

    public KnowledgeBase knowledgeBase() {
        return parts.kb();
    }

    /** The language the question is written in; {@code fallback} when the text does not tell. */
    public LanguageGuess language(Question question, Lang fallback) {
        return languages.identify(question.text(), question.preferredLang() == null ? fallback : question.preferredLang());
    }

    /**
     * Answers in the client's preferred language if it names one, else in the question's own. The question
     * is searched in the language it is written in (both, when code-switched).
     */
    public Answer answer(Question question, Lang fallback) {
        return pipeline.run(asking(question, fallback), parts).answer();
    }

    /** What the tiers share; for testing a tier alone. */
    AnsweringParts parts() {
        return parts;
    }

    /** A question read for the tiers; for testing a tier alone. */
    Asking asking(Question question, Lang fallback) {
        return new Asking(question, language(question, fallback), normalizer.normalize(question.text()), parts);
    }

    /**
     * What {@link #answer(Question, Lang)} answers a first question, with why: the tier that decided and its
     * reason, the candidates retrieval ranked and the thresholds they were held to. The same code path, recorded.
     */
    public Explanation explain(Question question, Lang fallback) {
        Asking asking = asking(question, fallback);
        AnswerPipeline.Outcome outcome = pipeline.run(asking, parts);
        Lang questionLang = asking.questionLang();
        List<Explanation.Ranked> ranked = asking.candidatesSoFar().stream().map(c -> new Explanation.Ranked(c,
                parts.entry(c.entryId()).title().in(outcome.answer().lang()), parts.threshold(c),
                parts.inForce(c.entryId()))).toList();
        AnsweringPolicy policy = parts.policy();
        return new Explanation(outcome.answer(), outcome.tier(), outcome.why(), questionLang, ranked,
                questionLang == Lang.ZH ? policy.acceptZh() : policy.acceptEn(),
                questionLang == Lang.ZH ? policy.clarifyZh() : policy.clarifyEn());
    }

    /**
     * Answers a question asked after an answered one. A question that leans on the previous one ("那要收费吗？",
     * "and for companies?") is read together with it; any other is read on its own, and together with the
     * previous one only if on its own it gets no answer. A reading together counts only if it answers, and
     * with a different entry than before (or about a field of the same item): repeating the previous answer
     * would not answer what was asked.
     */
    public Answer answer(Question question, Lang fallback, Turn previous) {
        if (previous == null || previous.entryId() == null) {
            return answer(question, fallback);
        }
        String normalized = normalizer.normalize(question.text());
        boolean leans = FollowUp.leansOnPrevious(normalized);
        Answer alone = leans ? null : answer(question, fallback);
        if (alone != null && !unanswered(alone)) {
            return alone;
        }
        Lang lang = question.preferredLang() != null ? question.preferredLang() : language(question, fallback).lang();
        Answer together = answer(Question.following(previous.question(), question.text(), lang), fallback);
        boolean asksAField = FieldQuestion.read(normalized, parts.kb().reference().streets()).asksAField();
        if (!unanswered(together) && together.kind() != AnswerKind.REFUSE
                && (!previous.entryId().equals(together.entryId()) || asksAField)) {
            return together;
        }
        return alone != null ? alone : answer(question, fallback);
    }

    private static boolean unanswered(Answer answer) {
        return answer.kind() == AnswerKind.FALLBACK || answer.kind() == AnswerKind.CLARIFY;
    }

    /**
     * Answers the reply to a clarifying question: an option picked by number (1, 第二个), id or label gets
     * its entry; anything else is a new question.
     */
    public Answer answerChoice(Question reply, List<String> optionIds, Lang lang) {
        Optional<String> picked = pickedOption(reply, optionIds);
        if (picked.isEmpty()) {
            return answer(reply, lang);
        }
        if (picked.get().startsWith(STAGE_OPTION)) {
            String[] ids = picked.get().substring(STAGE_OPTION.length()).split("/", 2);
            Optional<Answer> step = parts.kb().guides().stream().filter(guide -> guide.id().equals(ids[0]))
                    .flatMap(guide -> guide.stages().stream().filter(stage -> stage.id().equals(ids[1]))
                            .map(stage -> parts.composer().journey(guide, stage, lang)))
                    .findFirst();
            if (step.isPresent()) {
                return step.get();
            }
        }
        Lang answerLang = reply.preferredLang() != null ? reply.preferredLang()
                : saysSomething(reply.text()) ? language(reply, lang).lang() : lang;
        return parts.composer().answer(parts.entry(picked.get()), answerLang, 1.0);
    }

    /** The option a reply picks by number, id or label, if any. */
    Optional<String> pickedOption(Question reply, List<String> optionIds) {
        return OptionChoice.pick(normalizer.normalize(reply.text()), optionIds, this::labels);
    }

    private List<String> labels(String optionId) {
        if (optionId.equals(HandoffRequest.OPTION)) {
            return List.of(normalizer.normalize(parts.composer().handoffOption(Lang.ZH)),
                    normalizer.normalize(parts.composer().handoffOption(Lang.EN)));
        }
        return parts.kb().entry(optionId).map(entry -> List.of(normalizer.normalize(entry.title().zh()),
                normalizer.normalize(entry.title().en()))).orElse(List.of());
    }

    /** Whether the visitor asks for a person. */
    boolean asksForAPerson(Question question) {
        return HandoffRequest.asksForAPerson(normalizer.normalize(question.text()));
    }

    /** The reply to a request for a person: being connected, or nobody available and the official channel. */
    Answer handoff(boolean deskOpen, Question question, Lang fallback) {
        Lang lang = question.preferredLang() != null ? question.preferredLang() : language(question, fallback).lang();
        return parts.composer().handoff(deskOpen, lang);
    }

    /** A fallback that also offers a person, after repeated answers the assistant could not give. */
    Answer offerHandoff(Answer fallback) {
        return parts.composer().offeringHandoff(fallback);
    }

    /** Whether a reply is words in some language ("the first one"), not a number or an option id. */
    private static boolean saysSomething(String reply) {
        return reply.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                || reply.strip().split("\\s+").length >= 2;
    }

    /** The ranked candidates for a question: what the answer is chosen from. */
    public List<Candidate> candidates(Question question, Lang fallback) {
        return asking(question, fallback).candidates();
    }

    /** The top {@code limit} candidates as one mode of retrieval ranks them, for measuring retrieval. */
    public List<Candidate> candidates(Question question, Lang fallback, int limit, RetrievalMode mode) {
        Asking asking = asking(question, fallback);
        return parts.retriever().retrieve(asking.normalized(), asking.langs(), limit, mode);
    }
}
