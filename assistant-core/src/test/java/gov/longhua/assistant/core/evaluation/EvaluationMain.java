package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.conversation.Turn;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.core.retrieval.LabelledQuestion;
import gov.longhua.assistant.core.retrieval.RetrievalMode;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation harness: runs the answering path the WebSocket uses over the public benchmarks, the project's
 * earlier question set and the blind set, prints the tables and writes them into docs/quality.md. Run from the
 * repository root: {@value #COMMAND}. With {@code -Devaluation.blindOnly=true} it prints the blind set's tables
 * only (and writes nothing to docs); with {@code -Devaluation.writeCalibration=true} it writes the labelled
 * questions the application learns confidence from ({@code assistant-core/src/main/resources/calibration/
 * questions.tsv}: the earlier set and the blind set's tuning part, never its sealed part).
 */
public final class EvaluationMain {

    static final String BEGIN = "<!-- evaluation:begin -->";
    static final String END = "<!-- evaluation:end -->";
    static final String COMMAND = "mvn -q -pl assistant-core test-compile exec:java -Dexec.classpathScope=test "
            + "-Dexec.mainClass=gov.longhua.assistant.core.evaluation.EvaluationMain";
    static final Path CALIBRATION = Path.of("assistant-core/src/main/resources/calibration/questions.tsv");
    /** Where the tuning part's misses are written for reading; the sealed part's are never written. */
    static final Path TUNE_MISSES = Path.of("assistant-core/target/blind-tune-misses.txt");

    private EvaluationMain() {
    }

    public static void main(String[] args) throws IOException {
        Path benchmarks = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks");
        Path quality = Path.of(args.length > 1 ? args[1] : "docs/quality.md");
        if (Boolean.getBoolean("evaluation.writeCalibration")) {
            writeCalibration();
            return;
        }
        Embedders model = EmbeddingModels.bgeSmall(Path.of(".cache", "djl"));
        LanguageIdentifier languages = new LanguageIdentifier();
        KnowledgeBase kb = new KnowledgeBaseLoader().load(KbLocation.embedded());
        AnswerEngine engine = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults());
        if (Boolean.getBoolean("evaluation.sweep")) {
            sweep(engine);
            return;
        }
        if (Boolean.getBoolean("evaluation.blindOnly")) {
            System.out.println(blind(engine));
            return;
        }
        Map<String, Double> publicP1 = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        out.append("Command: `").append(COMMAND).append("`\n\n");
        out.append(publicSets(benchmarks, model, languages, publicP1));
        out.append('\n').append(blind(engine));
        out.append('\n').append(goals(engine, publicP1));
        out.append('\n').append(ownSet(engine));
        System.out.println(out);
        writeInto(quality, out.toString());
    }

    /**
     * The public benchmarks, ranked by BM25 alone, embeddings alone, both fused by reciprocal rank (no
     * learning), and both ordered by the learned confidence model, cross-fitted: the model that ranks half of the
     * queries was learned on the other half (and on the corpus's own texts, held out).
     */
    private static String publicSets(Path benchmarks, Embedders model, LanguageIdentifier languages,
            Map<String, Double> learnedP1) throws IOException {
        Path work = Files.createTempDirectory(Path.of("assistant-core/target").toAbsolutePath(), "evaluation");
        StringBuilder table = new StringBuilder();
        table.append("| set | language | queries | BM25 P@1 / MRR@10 | embeddings P@1 / MRR@10 | RRF hybrid P@1 / MRR@10 "
                + "| learned hybrid P@1 / MRR@10 (cross-fitted) |\n|---|---|---|---|---|---|---|\n");
        for (String[] spec : new String[][] {{"covid-faq-en", "en"}, {"xquad-r", "zh"}, {"xquad-r", "en"}}) {
            BenchmarkSet set = BenchmarkSet.read(benchmarks.resolve(spec[0]), spec[1]);
            KnowledgeBase kb = BenchmarkKnowledgeBase.build(set, work);
            Lang lang = Lang.fromCode(spec[1]);
            AnswerEngine plain = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults(), clock(), List.of());
            table.append("| ").append(set.name()).append(" | ").append(spec[1]).append(" | ").append(set.queries().size());
            for (RetrievalMode mode : List.of(RetrievalMode.LEXICAL, RetrievalMode.DENSE, RetrievalMode.RRF)) {
                RankingScore score = new RankingScore();
                for (BenchmarkSet.LabelledQuery query : set.queries()) {
                    score.add(ids(plain.candidates(new Question(query.query(), lang), lang, 10, mode)), query.relevant());
                }
                table.append(" | ").append(format(score.precisionAtOne())).append(" / ").append(format(score.mrrAtTen()));
            }
            RankingScore learned = new RankingScore();
            for (int fold = 0; fold < 2; fold++) {
                List<LabelledQuestion> labelled = new ArrayList<>();
                List<BenchmarkSet.LabelledQuery> held = new ArrayList<>();
                for (int i = 0; i < set.queries().size(); i++) {
                    BenchmarkSet.LabelledQuery query = set.queries().get(i);
                    if (i % 2 == fold) {
                        held.add(query);
                    } else {
                        labelled.add(new LabelledQuestion(query.query(), lang, query.relevant()));
                    }
                }
                AnswerEngine engine = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults(), clock(),
                        labelled);
                for (BenchmarkSet.LabelledQuery query : held) {
                    learned.add(ids(engine.candidates(new Question(query.query(), lang), lang, 10,
                            RetrievalMode.HYBRID)), query.relevant());
                }
            }
            learnedP1.put(set.name() + " " + spec[1], learned.precisionAtOne());
            table.append(" | ").append(format(learned.precisionAtOne())).append(" / ")
                    .append(format(learned.mrrAtTen())).append(" |\n");
            System.out.println("done: " + set.name() + " " + spec[1]);
        }
        return table.toString();
    }

    /** The blind set by part and language, by channel and by style; the tuning part's misses go to a file. */
    static String blind(AnswerEngine engine) throws IOException {
        if (!BlindSet.present()) {
            return "The blind set is not there (`" + BlindSet.FOLDER + "`).\n";
        }
        BlindSet set = BlindSet.load();
        Map<String, BlindScore> byPartLang = new LinkedHashMap<>();
        Map<String, BlindScore> byPartChannel = new TreeMap<>();
        Map<String, BlindScore> byStylePart = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (String part : BlindSet.PARTS) {
            BlindScore all = new BlindScore();
            for (String lang : BlindSet.LANGS) {
                BlindScore score = new BlindScore();
                for (BlindSet.Question q : set.questions(part, lang)) {
                    Answer answer = answer(engine, q);
                    boolean right = score.add(q, answer, set);
                    all.add(q, answer, set);
                    byPartChannel.computeIfAbsent(part + "\t" + q.channel(), k -> new BlindScore()).add(q, answer, set);
                    byStylePart.computeIfAbsent(q.style() + "\t" + part, k -> new BlindScore()).add(q, answer, set);
                    if (!right && part.equals("tune")) {
                        misses.add(q.id() + "\t" + q.style() + "\t" + q.expected() + " " + set.answersOf(q.expected())
                                + "\t" + (q.previous().isEmpty() ? "" : q.previous() + " → ") + q.text() + "\t→ "
                                + answer.kind().code() + " " + (answer.entryId() == null ? "" : answer.entryId())
                                + options(answer));
                    }
                }
                byPartLang.put(part + "\t" + lang, score);
            }
            byPartLang.put(part + "\tall", all);
        }
        Files.createDirectories(TUNE_MISSES.getParent());
        Files.write(TUNE_MISSES, misses, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        out.append("Blind set (`assistant-core/src/test/resources/evaluation/blind/`), answered through the full path "
                + "(conversations replayed for follow-ups). Right: the answer gives the labelled fact (for a message "
                + "asking two things: gives one, or offers both). Wrong: answered from another entry. A must-refuse "
                + "question counts as refused when declined, met with the fallback or a clarifying question.\n\n");
        out.append("| part | language | answerable | P@1 | wrong | fallback | clarify | must refuse | refused |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        byPartLang.forEach((key, score) -> out.append("| ").append(key.replace("\t", " | ")).append(" | ")
                .append(score.cells()).append(" |\n"));
        out.append("\nBy channel (answerable questions):\n\n| part | channel | answerable | P@1 | wrong | fallback | "
                + "clarify | must refuse | refused |\n|---|---|---|---|---|---|---|---|---|\n");
        byPartChannel.forEach((key, score) -> out.append("| ").append(key.replace("\t", " | ")).append(" | ")
                .append(score.cells()).append(" |\n"));
        out.append("\nBy style:\n\n| style | part | answerable | P@1 | wrong | fallback | clarify | must refuse | "
                + "refused |\n|---|---|---|---|---|---|---|---|---|\n");
        byStylePart.forEach((key, score) -> out.append("| ").append(key.replace("\t", " | ")).append(" | ")
                .append(score.cells()).append(" |\n"));
        lastBlind = byPartLang;
        return out.toString();
    }

    private static Map<String, BlindScore> lastBlind = Map.of();

    /** Thresholds tried on the tuning part alone (per language): what the defaults are chosen from ({@code -Devaluation.sweep=true}). */
    private static void sweep(AnswerEngine engine) throws IOException {
        BlindSet set = BlindSet.load();
        for (double accept : new double[] {0.2, 0.25, 0.3, 0.4, 0.5, 0.6}) {
            for (double clarify : new double[] {0.1, 0.15, 0.2}) {
                AnswerEngine tried = engine.withPolicy(new AnsweringPolicy(accept, clarify, accept, clarify));
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "accept %.2f clarify %.2f", accept,
                        clarify));
                for (String lang : BlindSet.LANGS) {
                    BlindScore score = new BlindScore();
                    for (BlindSet.Question q : set.questions("tune", lang)) {
                        score.add(q, answer(tried, q), set);
                    }
                    line.append(" | ").append(lang).append(' ').append(score.cells());
                }
                System.out.println(line);
            }
        }
    }

    /** The goals against the sealed part and the public sets. */
    private static String goals(AnswerEngine engine, Map<String, Double> publicP1) {
        StringBuilder out = new StringBuilder("Goals (sealed part; public sets cross-fitted):\n\n| goal | measured | met |\n|---|---|---|\n");
        for (String lang : BlindSet.LANGS) {
            BlindScore s = lastBlind.get("sealed\t" + lang);
            if (s != null) {
                goal(out, "P@1 " + lang + " ≥ 0.92", s.precisionAtOne(), s.precisionAtOne() >= 0.92);
            }
        }
        BlindScore all = lastBlind.get("sealed\tall");
        if (all != null) {
            double wrong = (double) all.wrong / Math.max(1, all.answerable);
            double fallback = (double) all.fallback / Math.max(1, all.answerable);
            double refused = (double) all.refused / Math.max(1, all.mustRefuse);
            goal(out, "wrong answers ≤ 0.03", wrong, wrong <= 0.03);
            goal(out, "fallback on answerable ≤ 0.05", fallback, fallback <= 0.05);
            goal(out, "must-refuse refused ≥ 0.97", refused, refused >= 0.97);
        }
        publicP1.forEach((set, p1) -> goal(out, set + " P@1 ≥ " + (set.startsWith("covid") ? "0.75" : "0.85"), p1,
                p1 >= (set.startsWith("covid") ? 0.75 : 0.85)));
        return out.toString();
    }

    private static void goal(StringBuilder out, String goal, double measured, boolean met) {
        out.append("| ").append(goal).append(" | ").append(format(measured)).append(" | ").append(met ? "yes" : "no")
                .append(" |\n");
    }

    /** A blind question answered as in a conversation: its earlier questions first. */
    static Answer answer(AnswerEngine engine, BlindSet.Question q) {
        Lang fallback = q.judgedLang();
        Turn previous = null;
        for (String earlier : q.previous()) {
            Answer a = ask(engine, earlier, fallback, previous);
            previous = new Turn(earlier, a.lang(), a.kind(), a.entryId(),
                    a.options().stream().map(AnswerOption::id).toList(), Instant.EPOCH);
        }
        return ask(engine, q.text(), fallback, previous);
    }

    private static Answer ask(AnswerEngine engine, String text, Lang fallback, Turn previous) {
        Question question = new Question(text, null);
        return previous == null ? engine.answer(question, fallback) : engine.answer(question, fallback, previous);
    }

    private static String options(Answer answer) {
        return answer.options().isEmpty() ? "" : " " + answer.options().stream().map(AnswerOption::id).toList();
    }

    /** The earlier question set (now learned from, so no longer a test of anything unseen): a summary row each. */
    private static String ownSet(AnswerEngine engine) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("The earlier own question set (`own-set*.tsv`; written in the style of the curated phrasings, "
                + "and now among the questions the confidence model learns from, so an optimistic figure):\n\n"
                + "| part | language | answerable | P@1 | must refuse | refused |\n|---|---|---|---|---|---|\n");
        for (String part : OwnQuestion.PARTS) {
            List<OwnQuestion> questions = OwnQuestion.read(part);
            for (Lang lang : Lang.values()) {
                int answerable = 0;
                int right = 0;
                int mustRefuse = 0;
                int refused = 0;
                for (OwnQuestion q : questions.stream().filter(q -> q.lang() == lang).toList()) {
                    Answer answer = engine.answer(new Question(q.text(), null), lang);
                    boolean declined = answer.kind() == AnswerKind.FALLBACK || answer.kind() == AnswerKind.CLARIFY
                            || answer.kind() == AnswerKind.REFUSE;
                    if (q.mustRefuse()) {
                        mustRefuse++;
                        refused += declined ? 1 : 0;
                    } else {
                        answerable++;
                        right += answer.entryId() != null && q.answeredBy().contains(answer.entryId()) ? 1 : 0;
                    }
                }
                out.append("| ").append(part).append(" | ").append(lang.code()).append(" | ").append(answerable)
                        .append(" | ").append(format((double) right / Math.max(1, answerable))).append(" | ")
                        .append(mustRefuse).append(" | ").append(format((double) refused / Math.max(1, mustRefuse)))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** Writes the labelled questions the application learns from: the earlier set and the blind tuning part. */
    private static void writeCalibration() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Labelled questions the confidence model learns from (expected entry ids or REFUSE, language, "
                + "question), written by the evaluation harness (docs/quality.md) from the earlier own set and the "
                + "blind set's tuning part; the sealed part is never here.");
        for (String part : OwnQuestion.PARTS) {
            for (OwnQuestion q : OwnQuestion.read(part)) {
                lines.add(q.expected() + "\t" + q.lang().code() + "\t" + q.text());
            }
        }
        if (BlindSet.present()) {
            for (LabelledQuestion q : BlindSet.load().tuningLabels()) {
                lines.add((q.answeredBy().isEmpty() ? LabelledQuestion.REFUSE
                        : String.join("|", new java.util.TreeSet<>(q.answeredBy()))) + "\t"
                        + (q.lang() == null ? "mixed" : q.lang().code()) + "\t" + q.text());
            }
        }
        Files.createDirectories(CALIBRATION.getParent());
        Files.write(CALIBRATION, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + (lines.size() - 1) + " labelled questions to " + CALIBRATION);
    }

    private static Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
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
