package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.answer.AnswerOption;
import gov.longhua.assistant.core.retrieval.LabelledQuestion;
import gov.longhua.assistant.kb.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The blind evaluation set ({@code src/test/resources/evaluation/blind/}): questions written from personas by a
 * session that had read only the knowledge-base brief, labelled with the brief's facts ({@code facts.tsv});
 * {@code fact-entries.tsv}, written without seeing the questions, says which answers give each fact. Each
 * language has a tuning part and a sealed part; the sealed part is only ever counted, never read by a person
 * while tuning.
 */
final class BlindSet {

    /** The set's folder, from the repository root or from the module (as tests run). */
    static final Path FOLDER = Files.isDirectory(Path.of("src/test/resources/evaluation/blind"))
            ? Path.of("src/test/resources/evaluation/blind")
            : Path.of("assistant-core/src/test/resources/evaluation/blind");
    static final List<String> PARTS = List.of("tune", "sealed");
    static final List<String> LANGS = List.of("zh", "en", "mixed");
    private static final String REFUSE = "REFUSE";

    /** One question of the set; {@code previous} are the earlier questions of its conversation. */
    record Question(String id, String part, String lang, String channel, String style, String persona,
            String expected, List<String> previous, String text) {

        boolean mustRefuse() {
            return expected.equals(REFUSE);
        }

        /** The facts asked: one (any of several answers) or several ({@code a+b}, a message asking two things). */
        List<String> facts() {
            return Arrays.asList(expected.split("\\+"));
        }

        /** The language the answer is judged in (a mixed question by its dominant script, as the engine reads it). */
        Lang judgedLang() {
            return lang.equals("en") ? Lang.EN : Lang.ZH;
        }
    }

    private final Map<String, Set<String>> answersOfFact;

    private BlindSet(Map<String, Set<String>> answersOfFact) {
        this.answersOfFact = answersOfFact;
    }

    static BlindSet load() throws IOException {
        Map<String, Set<String>> answers = new HashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("fact-entries.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            answers.put(cells[0].strip(), Set.of(cells[1].strip().split("\\s*\\|\\s*")));
        }
        return new BlindSet(answers);
    }

    static boolean present() {
        return Files.isRegularFile(FOLDER.resolve("fact-entries.tsv"));
    }

    /** The questions of one part in one language. */
    List<Question> questions(String part, String lang) throws IOException {
        Path file = FOLDER.resolve(lang + "." + part + ".tsv");
        List<Question> questions = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return questions;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 8) {
                continue;
            }
            List<String> previous = c[6].isBlank() ? List.of()
                    : Arrays.stream(c[6].split("\\s*\\|\\|\\s*")).filter(s -> !s.isBlank()).toList();
            questions.add(new Question(c[0], part, c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(),
                    c[5].strip(), previous, c[7].strip()));
        }
        return questions;
    }

    /** The answers (entry ids, {@code DEADLINE}, {@code GUIDE}) that give a fact, any of them; empty if none does. */
    Set<String> answersOf(String fact) {
        Set<String> answers = new java.util.HashSet<>();
        for (String key : fact.split("\\|")) {
            answers.addAll(answersOfFact.getOrDefault(key.strip(), Set.of()));
        }
        answers.remove("NONE");
        return answers;
    }

    /**
     * Whether an answer is right: for one fact, an answer that gives it; for a message asking several things, an
     * answer giving one of them or a choice offering each of them.
     */
    boolean right(Question q, Answer answer) {
        List<String> facts = q.facts();
        for (String fact : facts) {
            if (gives(answersOf(fact), answer)) {
                return true;
            }
        }
        if (facts.size() > 1 && answer.kind() == AnswerKind.CLARIFY) {
            Set<String> offered = answer.options().stream().map(AnswerOption::id).collect(Collectors.toSet());
            return facts.stream().allMatch(fact -> answersOf(fact).stream().anyMatch(offered::contains));
        }
        return false;
    }

    private static boolean gives(Set<String> answers, Answer answer) {
        return (answer.entryId() != null && answers.contains(answer.entryId()) && answer.kind() != AnswerKind.DEADLINE)
                || (answer.kind() == AnswerKind.DEADLINE && answers.contains("DEADLINE"))
                || (answer.kind() == AnswerKind.GUIDE && answers.contains("GUIDE"));
    }

    /**
     * The tuning part as labelled questions for the confidence model: single-fact, first-turn questions whose
     * fact an entry gives, and the must-refuse ones.
     */
    List<LabelledQuestion> tuningLabels() throws IOException {
        List<LabelledQuestion> labelled = new ArrayList<>();
        for (String lang : LANGS) {
            for (Question q : questions("tune", lang)) {
                if (!q.previous().isEmpty() || q.facts().size() > 1) {
                    continue;
                }
                Lang searched = lang.equals("mixed") ? null : Lang.fromCode(lang);
                if (q.mustRefuse()) {
                    labelled.add(new LabelledQuestion(q.text(), searched, Set.of()));
                    continue;
                }
                Set<String> ids = answersOf(q.expected()).stream()
                        .filter(a -> !a.equals("DEADLINE") && !a.equals("GUIDE")).collect(Collectors.toSet());
                if (!ids.isEmpty()) {
                    labelled.add(new LabelledQuestion(q.text(), searched, ids));
                }
            }
        }
        return labelled;
    }
}
