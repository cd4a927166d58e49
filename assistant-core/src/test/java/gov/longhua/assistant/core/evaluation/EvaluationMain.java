package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.core.retrieval.RetrievalMode;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evaluation harness: runs the answering path the WebSocket uses over the public benchmarks and the
 * project's own question set, prints a table and writes it into docs/quality.md. Run from the repository
 * root: {@code mvn -q -pl assistant-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=gov.longhua.assistant.core.evaluation.EvaluationMain}.
 */
public final class EvaluationMain {

    static final String BEGIN = "<!-- evaluation:begin -->";
    static final String END = "<!-- evaluation:end -->";
    static final String COMMAND = "mvn -q -pl assistant-core test-compile exec:java -Dexec.classpathScope=test "
            + "-Dexec.mainClass=gov.longhua.assistant.core.evaluation.EvaluationMain";

    private EvaluationMain() {
    }

    public static void main(String[] args) throws IOException {
        Path benchmarks = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks");
        Path quality = Path.of(args.length > 1 ? args[1] : "docs/quality.md");
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "evaluation");
        Embedders model = EmbeddingModels.bgeSmall(Path.of(".cache", "djl"));
        LanguageIdentifier languages = new LanguageIdentifier();
        String dump = System.getProperty("evaluation.dump");
        if (dump != null) {
            // the top candidates of each question of one part, for setting thresholds on that part alone
            KnowledgeBase kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
            AnswerEngine engine = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults());
            for (OwnQuestion q : OwnQuestion.read(dump)) {
                StringBuilder line = new StringBuilder(q.expected() + "\t" + q.lang().code());
                for (Candidate c : engine.candidates(new Question(q.text(), null), q.lang()).stream().limit(3).toList()) {
                    line.append(String.format(Locale.ROOT, "\t%s\t%.3f\t%d", c.entryId(), c.cosine(), c.lexicalRank()));
                }
                System.out.println(line);
            }
            return;
        }
        if (Boolean.getBoolean("evaluation.ownOnly")) {
            // a quick look while working: the own set only, printed and not written
            System.out.println(ownSet(model, languages));
            return;
        }

        StringBuilder table = new StringBuilder();
        table.append("Command: `").append(COMMAND).append("`\n\n");
        table.append("| set | language | queries | BM25 P@1 / MRR@10 | embeddings P@1 / MRR@10 | hybrid P@1 / MRR@10 |\n");
        table.append("|---|---|---|---|---|---|\n");
        for (String[] spec : new String[][] {{"covid-faq-en", "en"}, {"xquad-r", "zh"}, {"xquad-r", "en"}}) {
            BenchmarkSet set = BenchmarkSet.read(benchmarks.resolve(spec[0]), spec[1]);
            KnowledgeBase kb = BenchmarkKnowledgeBase.build(set, work);
            AnswerEngine engine = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults());
            Lang lang = Lang.fromCode(spec[1]);
            table.append("| ").append(set.name()).append(" | ").append(spec[1]).append(" | ")
                    .append(set.queries().size());
            for (RetrievalMode mode : List.of(RetrievalMode.LEXICAL, RetrievalMode.DENSE, RetrievalMode.HYBRID)) {
                RankingScore score = new RankingScore();
                for (BenchmarkSet.LabelledQuery query : set.queries()) {
                    score.add(ids(engine.candidates(new Question(query.query(), lang), lang, 10, mode)),
                            query.relevant());
                }
                table.append(" | ").append(format(score.precisionAtOne())).append(" / ").append(format(score.mrrAtTen()));
            }
            table.append(" |\n");
            System.out.println("done: " + set.name() + " " + spec[1]);
        }
        table.append('\n').append(ownSet(model, languages));
        System.out.println(table);
        writeInto(quality, table.toString());
    }

    private static String ownSet(Embedders model, LanguageIdentifier languages) throws IOException {
        KnowledgeBase kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
        AnswerEngine engine = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults());
        StringBuilder out = new StringBuilder();
        out.append("Own question set (`assistant-core/src/test/resources/evaluation/`), answered through the full ")
                .append("answering path with the default thresholds. A must-refuse question counts as refused when ")
                .append("it is declined, answered with the fallback or met with a clarifying question:\n\n");
        out.append("| part | language | answerable | P@1 (answered with the labelled entry) | hybrid MRR@10 |"
                + " false refusals | must refuse | refused |\n|---|---|---|---|---|---|---|---|\n");
        List<String> misses = new ArrayList<>();
        for (String part : OwnQuestion.PARTS) {
            List<OwnQuestion> questions = OwnQuestion.read(part);
            for (Lang lang : Lang.values()) {
                out.append("| ").append(part).append(" | ")
                        .append(score(engine, questions.stream().filter(q -> q.lang() == lang).toList(), lang, misses));
            }
        }
        List<OwnQuestion> all = new ArrayList<>();
        for (String part : OwnQuestion.PARTS) {
            all.addAll(OwnQuestion.read(part));
        }
        for (Lang lang : Lang.values()) {
            out.append("| both | ").append(score(engine, all.stream().filter(q -> q.lang() == lang).toList(), lang,
                    new ArrayList<>()));
        }
        out.append("\nMisses:\n\n");
        misses.forEach(miss -> out.append("- ").append(miss).append('\n'));
        return out.toString();
    }

    /** One row of the own-set table (after the part column), collecting the misses. */
    private static String score(AnswerEngine engine, List<OwnQuestion> questions, Lang lang, List<String> misses) {
        int answerable = 0;
        int right = 0;
        int falseRefusals = 0;
        int mustRefuse = 0;
        int refused = 0;
        RankingScore ranking = new RankingScore();
        for (OwnQuestion q : questions) {
            Answer answer = engine.answer(new Question(q.text(), null), lang);
            boolean notAnswered = answer.kind() == AnswerKind.FALLBACK || answer.kind() == AnswerKind.CLARIFY
                    || answer.kind() == AnswerKind.REFUSE;
            if (q.mustRefuse()) {
                mustRefuse++;
                if (notAnswered) {
                    refused++;
                } else {
                    misses.add("should refuse: " + q.text() + " → " + answer.entryId());
                }
            } else {
                answerable++;
                ranking.add(ids(engine.candidates(new Question(q.text(), null), lang, 10, RetrievalMode.HYBRID)),
                        q.answeredBy());
                if (answer.entryId() != null && q.answeredBy().contains(answer.entryId())) {
                    right++;
                } else {
                    if (notAnswered) {
                        falseRefusals++;
                    }
                    misses.add("expected " + q.expected() + ": " + q.text() + " → "
                            + (notAnswered ? answer.kind().code() : answer.entryId()) + top(engine, q, lang));
                }
            }
        }
        return lang.code() + " | " + answerable + " | " + format((double) right / Math.max(1, answerable)) + " | "
                + format(ranking.mrrAtTen()) + " | " + format((double) falseRefusals / Math.max(1, answerable))
                + " | " + mustRefuse + " | " + format((double) refused / Math.max(1, mustRefuse)) + " |\n";
    }

    /** The top retrieval candidate of a missed question, for reading the misses. */
    private static String top(AnswerEngine engine, OwnQuestion q, Lang lang) {
        List<Candidate> candidates = engine.candidates(new Question(q.text(), null), lang);
        if (candidates.isEmpty()) {
            return "";
        }
        Candidate c = candidates.get(0);
        return String.format(Locale.ROOT, " (top: %s, cosine %.2f, BM25 rank %d)", c.entryId(), c.cosine(),
                c.lexicalRank());
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::entryId).toList();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void writeInto(Path quality, String table) throws IOException {
        String text = Files.readString(quality, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(quality + " has no " + BEGIN + " … " + END + " section");
        }
        Files.writeString(quality, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                StandardCharsets.UTF_8);
    }
}
