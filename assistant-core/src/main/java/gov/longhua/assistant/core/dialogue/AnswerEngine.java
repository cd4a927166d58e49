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
import gov.longhua.assistant.core.retrieval.RetrievalMode;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.core.deadline.DeadlineQuestion;
import gov.longhua.assistant.core.retrieval.PhraseIndex;
import gov.longhua.assistant.core.retrieval.PhraseIndex.Phrase;
import gov.longhua.assistant.core.scope.ScopeGuard;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.scope.ScopeRule;
import java.util.ArrayList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers one question from one knowledge base: language, normalisation, an exact match of a curated phrasing,
 * a question the scope rules decline by a cue, a reply-deadline question (computed on the official
 * calendar), else hybrid retrieval (without the entries whose negative examples the question is closest to),
 * a question the scope rules decline by meaning, the clarifying tier and the answering policy (per-entry
 * thresholds), then composition. Holds no conversation state; immutable once built, so a new knowledge base means a
 * new engine.
 */
public final class AnswerEngine {

    private static final int CANDIDATES = 5;
    /** How many of the top candidates may name the stage a life event starts a journey at. */
    private static final int JOURNEY_CANDIDATES = 3;
    /** The prefix of an option that goes to another stage of a journey (AnswerComposer's journey steps). */
    private static final String STAGE_OPTION = "stage:";
    /** Dates in questions are Longhua's dates. */
    private static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

    private final KnowledgeBase kb;
    private final LanguageIdentifier languages;
    private final TextNormalizer normalizer;
    private final HybridRetriever retriever;
    private final AnswerComposer composer;
    private final AnsweringPolicy policy;
    private final ExactMatches exactMatches;
    private final ScopeGuard scope;
    private final PhraseIndex negatives;
    private final Clock clock;

    AnswerEngine(KnowledgeBase kb, LanguageIdentifier languages, TextNormalizer normalizer,
            HybridRetriever retriever, ScopeGuard scope, PhraseIndex negatives, AnswerComposer composer,
            AnsweringPolicy policy, Clock clock) {
        this.kb = kb;
        this.languages = languages;
        this.normalizer = normalizer;
        this.retriever = retriever;
        this.scope = scope;
        this.negatives = negatives;
        this.composer = composer;
        this.policy = policy;
        this.exactMatches = new ExactMatches(kb.faqs(), normalizer);
        this.clock = clock;
    }

    /** Builds the indexes over the knowledge base; takes a second or two for the default one. */
    public static AnswerEngine build(KnowledgeBase kb, Embedders embedders, LanguageIdentifier languages,
            AnsweringPolicy policy) {
        return build(kb, embedders, languages, policy, Clock.system(DISTRICT_TIME));
    }

    /** As {@link #build(KnowledgeBase, Embedders, LanguageIdentifier, AnsweringPolicy)}, with the clock that says what day it is. */
    public static AnswerEngine build(KnowledgeBase kb, Embedders embedders, LanguageIdentifier languages,
            AnsweringPolicy policy, Clock clock) {
        TextNormalizer normalizer = new TextNormalizer();
        return new AnswerEngine(kb, languages, normalizer, HybridRetriever.build(kb, embedders, normalizer),
                ScopeGuard.build(kb.scope(), normalizer, embedders), negativeExamples(kb, embedders, normalizer),
                new AnswerComposer(kb, new Messages()), policy, clock);
    }

    /**
     * A new engine over a revised knowledge base, built from this one ({@link HybridRetriever#revised}: only
     * changed entries are analysed again, the trained domain router is kept) with the same clock: what publishing
     * a change uses to be in service quickly; {@link #build} builds everything and trains the router again.
     */
    public AnswerEngine revisedFor(KnowledgeBase revised, Embedders embedders) {
        TextNormalizer fresh = new TextNormalizer();
        return new AnswerEngine(revised, languages, fresh,
                retriever.revised(revised, embedders, fresh),
                ScopeGuard.build(revised.scope(), fresh, embedders), negativeExamples(revised, embedders, fresh),
                new AnswerComposer(revised, new Messages()), policy, clock);
    }

    /** This engine answering by other thresholds: the same indexes, nothing rebuilt. */
    public AnswerEngine withPolicy(AnsweringPolicy changed) {
        return new AnswerEngine(kb, languages, normalizer, retriever, scope, negatives, composer, changed, clock);
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
        return kb;
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
        return answer(question, fallback, new Trace());
    }

    /**
     * What {@link #answer(Question, Lang)} answers a first question, with why: the tier that decided, the
     * candidates retrieval ranked and the thresholds they were held to. The same code path, recorded.
     */
    public Explanation explain(Question question, Lang fallback) {
        Trace trace = new Trace();
        Answer answer = answer(question, fallback, trace);
        Lang questionLang = language(question, fallback).lang();
        List<Explanation.Ranked> ranked = trace.candidates.stream().map(c -> {
            Entry entry = kb.entry(c.entryId()).orElseThrow();
            return new Explanation.Ranked(c, entry.title().in(answer.lang()), threshold(c), inForce(c.entryId()));
        }).toList();
        return new Explanation(answer, trace.tier, questionLang, ranked,
                questionLang == Lang.ZH ? policy.acceptZh() : policy.acceptEn(),
                questionLang == Lang.ZH ? policy.acceptWithLexicalZh() : policy.acceptWithLexicalEn());
    }

    /** What one answering records for {@link #explain}: the deciding tier and the ranked candidates. */
    private static final class Trace {
        private Tier tier = Tier.FALLBACK;
        private List<Candidate> candidates = List.of();

        Answer decided(Tier by, Answer answer) {
            tier = by;
            return answer;
        }
    }

    private Answer answer(Question question, Lang fallback, Trace trace) {
        LanguageGuess guess = language(question, fallback);
        if (!guess.supported() && question.preferredLang() == null) {
            return trace.decided(Tier.UNSUPPORTED_LANGUAGE, composer.unsupportedLanguage());
        }
        Lang answerLang = question.preferredLang() != null ? question.preferredLang() : guess.lang();
        String normalized = normalizer.normalize(question.text());
        Optional<String> exact = exactMatches.entryFor(normalized).filter(this::inForce);
        if (exact.isPresent()) {
            return trace.decided(Tier.EXACT, composer.answer(kb.entry(exact.get()).orElseThrow(), answerLang, 1.0));
        }
        Optional<ScopeRule> declined = scope.byCue(normalized);
        if (declined.isPresent()) {
            return trace.decided(Tier.SCOPE_CUE, composer.refuse(declined.get().refusal(), answerLang));
        }
        Optional<LocalDate> applied = DeadlineQuestion.applicationDate(normalized, today());
        if (applied.isPresent()) {
            return trace.decided(Tier.DEADLINE, composer.deadline(applied.get(), answerLang));
        }
        Set<Lang> langs = searchedLanguages(guess);
        List<Candidate> candidates = eligible(retriever.retrieve(normalized, langs, CANDIDATES), normalized, langs);
        trace.candidates = candidates;
        Optional<ScopeGuard.Match> outOfScope = scope.byMeaning(normalized, langs);
        if (outOfScope.isPresent() && policy.declines(outOfScope.get().cosine(), candidates, guess.lang())) {
            return trace.decided(Tier.SCOPE_MEANING, composer.refuse(outOfScope.get().rule().refusal(), answerLang));
        }
        if (JourneyQuestion.announcesALifeEvent(normalized)) {
            Optional<Answer> journey = journey(candidates, answerLang);
            if (journey.isPresent()) {
                return trace.decided(Tier.JOURNEY, journey.get());
            }
        }
        FieldQuestion fieldQuestion = FieldQuestion.read(normalized, kb.reference().streets());
        if (fieldQuestion.asksAField() || fieldQuestion.namedStreet().isPresent()) {
            Optional<Answer> focused = fieldAnswer(fieldQuestion, candidates, langs, guess.lang(), answerLang);
            if (focused.isPresent()) {
                return trace.decided(Tier.FIELD, focused.get());
            }
        }
        List<Candidate> options = policy.clarifyingOptions(normalized, candidates, guess.lang());
        if (!options.isEmpty()) {
            return trace.decided(Tier.CLARIFY, composer.clarify(
                    options.stream().map(c -> kb.entry(c.entryId()).orElseThrow()).toList(), answerLang));
        }
        if (candidates.isEmpty() || !policy.accepts(candidates.get(0), guess.lang(), threshold(candidates.get(0)))) {
            return trace.decided(Tier.FALLBACK, composer.fallback(answerLang));
        }
        Candidate best = candidates.get(0);
        return trace.decided(Tier.ACCEPTED, composer.answer(kb.entry(best.entryId()).orElseThrow(), answerLang,
                Math.max(0, best.cosine())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DISTRICT_TIME));
    }

    /** Whether an entry may answer today: past its effective date and not past its expiry date. */
    private boolean inForce(String entryId) {
        return kb.entry(entryId).map(entry -> entry.inForceOn(today())).orElse(false);
    }

    /**
     * The catalogue tier. A question about particular fields of an item (who publishes it, how soon, where, how)
     * asks about what only catalogue items hold, so the first item its topic (the question without the field
     * wording and the street) or else the whole question confidently matches gets the answer, even below a
     * general FAQ entry the field wording alone attracts. A question that only names a street gets the street's
     * reading of the item the whole question is confidently about, if that is an item. An FAQ entry the whole
     * question confidently matches that cites the chosen item answers instead: its curated answer covers it.
     */
    private Optional<Answer> fieldAnswer(FieldQuestion question, List<Candidate> candidates, Set<Lang> langs,
            Lang questionLang, Lang answerLang) {
        List<Candidate> byTopic = !question.asksAField() || question.topic().isBlank() ? List.of()
                : eligible(retriever.retrieve(question.topic(), langs, CANDIDATES), question.topic(), langs);
        List<Candidate> byQuestion = question.asksAField() ? candidates
                : candidates.stream().limit(1).toList();
        Optional<FaqEntry> curated = candidates.stream().limit(1)
                .filter(c -> policy.accepts(c, questionLang, threshold(c)))
                .map(c -> kb.entry(c.entryId()).orElseThrow())
                .filter(FaqEntry.class::isInstance).map(FaqEntry.class::cast).findFirst();
        return java.util.stream.Stream.concat(byTopic.stream(), byQuestion.stream())
                .filter(c -> kb.entry(c.entryId()).orElseThrow() instanceof CatalogueItem)
                .filter(c -> policy.accepts(c, questionLang))
                .findFirst()
                .filter(c -> curated.map(faq -> !faq.cites().items().contains(c.entryId())).orElse(true))
                .map(c -> composer.fieldAnswer((CatalogueItem) kb.entry(c.entryId()).orElseThrow(),
                        question.fields(), question.street(), answerLang, Math.max(0, c.cosine())));
    }

    /**
     * The first step of the journey a life event starts: the stage of the first of the top candidates that
     * serves one, in a guide that has it (a confirmed guide before a placeholder one).
     */
    private Optional<Answer> journey(List<Candidate> candidates, Lang lang) {
        for (Candidate candidate : candidates.stream().limit(JOURNEY_CANDIDATES).toList()) {
            for (String nationalStage : stagesOf(kb.entry(candidate.entryId()).orElseThrow())) {
                Optional<Answer> step = kb.guides().stream()
                        .sorted(java.util.Comparator.comparing(guide -> guide.status() == Status.CONFIRMED ? 0 : 1))
                        .flatMap(guide -> guide.stages().stream().filter(s -> s.nationalStage().equals(nationalStage))
                                .limit(1).map(stage -> composer.journey(guide, stage, lang)))
                        .findFirst();
                if (step.isPresent()) {
                    return step;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> stagesOf(Entry entry) {
        if (entry instanceof FaqEntry faq) {
            return faq.stages();
        }
        return entry instanceof CatalogueItem item ? item.stages() : List.of();
    }

    /**
     * Drops the candidates not in force today, and those a question is closer to a negative example of than to
     * any of their own texts.
     */
    private List<Candidate> eligible(List<Candidate> candidates, String question, Set<Lang> langs) {
        return candidates.stream()
                .filter(c -> inForce(c.entryId()))
                .filter(c -> negatives.closest(question, c.entryId(), langs) < c.cosine())
                .toList();
    }

    private Double threshold(Candidate candidate) {
        return kb.entry(candidate.entryId()).filter(FaqEntry.class::isInstance)
                .map(entry -> ((FaqEntry) entry).threshold()).orElse(null);
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
        boolean asksAField = FieldQuestion.read(normalized, kb.reference().streets()).asksAField();
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
            Optional<Answer> step = kb.guides().stream().filter(guide -> guide.id().equals(ids[0]))
                    .flatMap(guide -> guide.stages().stream().filter(stage -> stage.id().equals(ids[1]))
                            .map(stage -> composer.journey(guide, stage, lang)))
                    .findFirst();
            if (step.isPresent()) {
                return step.get();
            }
        }
        Lang answerLang = reply.preferredLang() != null ? reply.preferredLang()
                : saysSomething(reply.text()) ? language(reply, lang).lang() : lang;
        return composer.answer(kb.entry(picked.get()).orElseThrow(), answerLang, 1.0);
    }

    /** The option a reply picks by number, id or label, if any. */
    Optional<String> pickedOption(Question reply, List<String> optionIds) {
        return OptionChoice.pick(normalizer.normalize(reply.text()), optionIds, this::labels);
    }

    private List<String> labels(String optionId) {
        if (optionId.equals(HandoffRequest.OPTION)) {
            return List.of(normalizer.normalize(composer.handoffOption(Lang.ZH)), normalizer.normalize(composer.handoffOption(Lang.EN)));
        }
        return kb.entry(optionId).map(entry -> List.of(normalizer.normalize(entry.title().zh()),
                normalizer.normalize(entry.title().en()))).orElse(List.of());
    }

    /** Whether the visitor asks for a person. */
    boolean asksForAPerson(Question question) {
        return HandoffRequest.asksForAPerson(normalizer.normalize(question.text()));
    }

    /** The reply to a request for a person: being connected, or nobody available and the official channel. */
    Answer handoff(boolean deskOpen, Question question, Lang fallback) {
        Lang lang = question.preferredLang() != null ? question.preferredLang() : language(question, fallback).lang();
        return composer.handoff(deskOpen, lang);
    }

    /** A fallback that also offers a person, after repeated answers the assistant could not give. */
    Answer offerHandoff(Answer fallback) {
        return composer.offeringHandoff(fallback);
    }

    /** Whether a reply is words in some language ("the first one"), not a number or an option id. */
    private static boolean saysSomething(String reply) {
        return reply.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                || reply.strip().split("\\s+").length >= 2;
    }

    /** The ranked candidates for a question: what the answer is chosen from. */
    public List<Candidate> candidates(Question question, Lang fallback) {
        return retrieve(normalizer.normalize(question.text()), language(question, fallback));
    }

    /** The top {@code limit} candidates as one mode of retrieval ranks them, for measuring retrieval. */
    public List<Candidate> candidates(Question question, Lang fallback, int limit, RetrievalMode mode) {
        LanguageGuess guess = language(question, fallback);
        return retriever.retrieve(normalizer.normalize(question.text()), searchedLanguages(guess), limit, mode);
    }

    private List<Candidate> retrieve(String normalizedQuestion, LanguageGuess guess) {
        return retriever.retrieve(normalizedQuestion, searchedLanguages(guess), CANDIDATES);
    }

    /** A question is searched in its own language, a code-switched one in both. */
    private static Set<Lang> searchedLanguages(LanguageGuess guess) {
        return guess.codeSwitched() ? EnumSet.allOf(Lang.class) : EnumSet.of(guess.lang());
    }
}
