package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.core.type.TypeReference;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.Explanation;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.exchange.SheetLimits;
import gov.longhua.assistant.kb.exchange.Table;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Batch regression: suites of questions with the entry each should reach (or the kind of answer, e.g.
 * {@code fallback}), uploaded as CSV or XLSX, kept, and run against an engine — the live one on demand, and
 * the one about to be published before every publish.
 */
public final class RegressionSuites {

    private static final String DOCUMENT = "suites";
    private static final Pattern SUITE_NAME = Pattern.compile("[\\p{L}\\p{N} ._-]{1,60}");
    private static final Set<String> QUESTION_HEADERS = Set.of("question", "问题");
    private static final Set<String> EXPECTED_HEADERS = Set.of("expected", "应答条目", "预期");
    private static final Set<String> LANG_HEADERS = Set.of("lang", "language", "语言");

    /** One question and what should answer it: an entry id or an answer kind. */
    public record Case(String question, String expected, Lang lang) {
    }

    public record Suite(String name, List<Case> cases, String createdBy, Instant created) {
    }

    /** How one case went. */
    public record Result(String question, String expected, String got, String tier, boolean passed) {
    }

    public record Report(String suite, int passed, int failed, List<Result> results) {
    }

    private final StoredList<Suite> suites;
    private final Clock clock;
    private final AuditLog audit;
    private final SheetLimits limits;

    RegressionSuites(StaffStorage storage, Json json, Clock clock, AuditLog audit, SheetLimits limits) {
        this.suites = new StoredList<>(storage, json, DOCUMENT, new TypeReference<>() {
        });
        this.clock = clock;
        this.audit = audit;
        this.limits = limits;
    }

    public List<Suite> all() {
        return suites.all();
    }

    /**
     * Reads an uploaded sheet (columns {@code question}, {@code expected}, optional {@code lang}; Chinese
     * headers 问题 / 应答条目 / 语言 too) and checks every expected entry exists; all or nothing.
     */
    public Suite parse(String name, String fileName, byte[] content, KnowledgeBase kb, String by) {
        if (name == null || !SUITE_NAME.matcher(name).matches()) {
            throw new ConsoleException("name", "1–60 letters, digits, spaces, '.', '_' or '-'");
        }
        String safeName = fileName == null ? "suite.csv" : Path.of(fileName).getFileName().toString();
        if (!safeName.matches("(?i).+\\.(csv|xlsx)")) {
            throw new ConsoleException(safeName, "upload a .csv or .xlsx file");
        }
        Table table = UploadedSheets.read(safeName, content, limits);
        int question = column(table, QUESTION_HEADERS);
        int expected = column(table, EXPECTED_HEADERS);
        int lang = column(table, LANG_HEADERS);
        List<ConsoleException.Problem> problems = new ArrayList<>();
        if (question < 0) {
            problems.add(new ConsoleException.Problem(safeName + ", row 1", "no column 'question' (问题)"));
        }
        if (expected < 0) {
            problems.add(new ConsoleException.Problem(safeName + ", row 1", "no column 'expected' (应答条目)"));
        }
        if (!problems.isEmpty()) {
            throw new ConsoleException(400, problems);
        }
        List<Case> cases = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String where = safeName + ", row " + row.number() + ", column ";
            String text = row.cell(question);
            String target = row.cell(expected);
            Lang language = null;
            if (text.isEmpty()) {
                problems.add(new ConsoleException.Problem(where + table.headers().get(question), "empty question"));
            }
            if (target.isEmpty()) {
                problems.add(new ConsoleException.Problem(where + table.headers().get(expected), "empty; give an entry id or one of " + kinds()));
            } else if (kb.entry(target).isEmpty() && kind(target) == null) {
                problems.add(new ConsoleException.Problem(where + table.headers().get(expected),
                        "'" + target + "' is neither an entry id nor one of " + kinds()));
            }
            if (lang >= 0 && !row.cell(lang).isEmpty()) {
                try {
                    language = Lang.fromCode(row.cell(lang));
                } catch (IllegalArgumentException e) {
                    problems.add(new ConsoleException.Problem(where + table.headers().get(lang), "use zh or en"));
                }
            }
            cases.add(new Case(text, target, language));
        }
        if (cases.isEmpty() && problems.isEmpty()) {
            problems.add(new ConsoleException.Problem(safeName, "has no questions"));
        }
        if (!problems.isEmpty()) {
            throw new ConsoleException(400, problems);
        }
        return new Suite(name, cases, by, clock.instant());
    }

    /** Keeps a suite, replacing one of the same name. */
    public Suite save(Suite suite) {
        suites.update(list -> {
            list.removeIf(s -> s.name().equals(suite.name()));
            list.add(suite);
            list.sort(Comparator.comparing(Suite::name));
            return null;
        });
        audit.record(suite.createdBy(), "suite-saved", suite.name(), suite.cases().size() + " questions");
        return suite;
    }

    public void remove(String name, String by) {
        suites.update(list -> {
            if (!list.removeIf(s -> s.name().equals(name))) {
                throw new ConsoleException(404, List.of(new ConsoleException.Problem("name", "no suite '" + name + "'")));
            }
            return null;
        });
        audit.record(by, "suite-removed", name, null);
    }

    /** Runs a suite against an engine, each question as the first of a conversation. */
    public static Report run(Suite suite, AnswerEngine engine) {
        List<Result> results = suite.cases().stream().map(c -> {
            Explanation explained = engine.explain(new Question(c.question(), c.lang()), c.lang() == null ? Lang.ZH : c.lang());
            AnswerKind expectedKind = kind(c.expected());
            String got = explained.answer().entryId() != null ? explained.answer().entryId()
                    : explained.answer().kind().code();
            boolean passed = expectedKind != null ? explained.answer().kind() == expectedKind && explained.answer().entryId() == null
                    : c.expected().equals(explained.answer().entryId());
            return new Result(c.question(), c.expected(), got, explained.tier().name().toLowerCase(Locale.ROOT), passed);
        }).toList();
        int passed = (int) results.stream().filter(Result::passed).count();
        return new Report(suite.name(), passed, results.size() - passed, results);
    }

    private static AnswerKind kind(String value) {
        return Arrays.stream(AnswerKind.values()).filter(k -> k != AnswerKind.FAQ && k != AnswerKind.CATALOGUE)
                .filter(k -> k.code().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    private static String kinds() {
        return Arrays.stream(AnswerKind.values()).filter(k -> k != AnswerKind.FAQ && k != AnswerKind.CATALOGUE)
                .map(AnswerKind::code).collect(Collectors.joining(", "));
    }

    private static int column(Table table, Set<String> names) {
        for (int i = 0; i < table.headers().size(); i++) {
            if (names.contains(table.headers().get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
