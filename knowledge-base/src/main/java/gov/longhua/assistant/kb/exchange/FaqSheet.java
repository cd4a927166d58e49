package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.LocalizedList;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Phrases;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.faq.FaqCitations;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.load.Problem;
import gov.longhua.assistant.kb.load.Sourced;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The FAQ as a sheet: one row per entry, the question, its other phrasings (one per line) and the answer in
 * each language, what it cites, and its provenance.
 */
public final class FaqSheet {

    static final Column ID = new Column("编号", "ID", true);
    static final Column TOPIC = new Column("主题", "Topic", true);
    static final Column TITLE = new Column("问题", "Question", true);
    static final Column TITLE_EN = new Column("问题（英文）", "Question (English)", true);
    static final Column VARIANTS = new Column("其他问法", "Other phrasings", true);
    static final Column VARIANTS_EN = new Column("其他问法（英文）", "Other phrasings (English)", true);
    static final Column ANSWER = new Column("答案", "Answer", true);
    static final Column ANSWER_EN = new Column("答案（英文）", "Answer (English)", true);
    static final Column ITEMS = new Column("引用事项", "Cited items", false);
    static final Column ARTICLES = new Column("引用条款", "Cited articles", false);
    static final Column STAGES = new Column("生命周期阶段", "Life-cycle stages", false);
    static final Column AS_OF = new Column("核实日期", "As of", true);
    static final Column SOURCES = new Column("来源", "Sources", true);
    static final Column STATUS = new Column("状态", "Status", true);
    static final Column THRESHOLD = new Column("回答阈值", "Threshold", false);
    static final Column NOT_FOR = new Column("不应回答的问法", "Must not answer", false);
    static final Column NOT_FOR_EN = new Column("不应回答的问法（英文）", "Must not answer (English)", false);

    static final Column EFFECTIVE = new Column("生效日期", "Effective", false);
    static final Column EXPIRES = new Column("失效日期", "Expires", false);

    static final List<Column> LAYOUT = List.of(ID, TOPIC, TITLE, TITLE_EN, VARIANTS, VARIANTS_EN, ANSWER, ANSWER_EN,
            ITEMS, ARTICLES, STAGES, AS_OF, SOURCES, STATUS, THRESHOLD, NOT_FOR, NOT_FOR_EN, EFFECTIVE, EXPIRES);

    private static final Map<String, Column> FIELD_COLUMNS = Map.of("id", ID, "cites.items", ITEMS,
            "stages", STAGES, "sources", SOURCES);

    /** The sheet name exports use. */
    public static final String SHEET = "问答";

    public List<Sourced<FaqEntry>> read(Table table, List<Problem> problems) {
        return SheetReader.read(table, LAYOUT, problems, this::read);
    }

    private Optional<FaqEntry> read(RowReader cells) {
        String id = cells.required(ID);
        cells.identify(id);
        String topic = cells.required(TOPIC);
        Optional<LocalizedText> title = cells.bilingual(TITLE, TITLE_EN, true);
        List<String> variantsZh = lines(cells.text(VARIANTS));
        List<String> variantsEn = lines(cells.text(VARIANTS_EN));
        if (variantsZh.isEmpty()) {
            cells.problem(VARIANTS, "empty; give at least one other way people ask this, one per line");
        }
        if (variantsEn.isEmpty()) {
            cells.problem(VARIANTS_EN, "empty; give at least one other way people ask this, one per line");
        }
        Optional<LocalizedText> answer = cells.bilingual(ANSWER, ANSWER_EN, true);
        List<String> items = cells.ids(ITEMS);
        List<Integer> articles = new ArrayList<>();
        for (String article : cells.ids(ARTICLES)) {
            try {
                int number = Integer.parseInt(article.replaceAll("^(第|Art\\.?)|条$", "").strip());
                if (number < 1 || number > FaqCitations.REGULATION_ARTICLES) {
                    cells.problem(ARTICLES, article + " is not an article of the Regulations (1–56)");
                } else {
                    articles.add(number);
                }
            } catch (NumberFormatException e) {
                cells.problem(ARTICLES, "'" + article + "' is not an article number");
            }
        }
        List<String> stages = cells.ids(STAGES);
        Optional<LocalDate> asOf = cells.date(AS_OF);
        List<String> sources = cells.ids(SOURCES);
        if (sources.isEmpty()) {
            cells.required(SOURCES);
        }
        Optional<Status> status = cells.term(STATUS, Vocabulary.STATUSES, true);
        Double threshold = threshold(cells);
        Phrases notFor = new Phrases(lines(cells.text(NOT_FOR)), lines(cells.text(NOT_FOR_EN)));
        LocalDate effective = cells.optionalDate(EFFECTIVE).orElse(null);
        LocalDate expires = cells.optionalDate(EXPIRES).orElse(null);
        if (effective != null && expires != null && expires.isBefore(effective)) {
            cells.problem(EXPIRES, expires + " is before the effective date " + effective);
        }
        if (cells.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new FaqEntry(id, topic, title.orElseThrow(), new LocalizedList(variantsZh, variantsEn),
                answer.orElseThrow(), new FaqCitations(items, articles), stages, asOf.orElseThrow(), sources,
                status.orElseThrow(), threshold, notFor, effective, expires));
    }

    private static Double threshold(RowReader cells) {
        String cell = cells.text(THRESHOLD);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(cell);
            if (value >= FaqEntry.MIN_THRESHOLD && value <= FaqEntry.MAX_THRESHOLD) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        cells.problem(THRESHOLD, "'" + cell + "' is not a number from " + FaqEntry.MIN_THRESHOLD + " to "
                + FaqEntry.MAX_THRESHOLD + "; leave it empty for the default");
        return null;
    }

    private static List<String> lines(String cell) {
        return Arrays.stream(cell.split("\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Translates the cross-reference checks' field names into this sheet's columns. */
    public Problem locate(Problem problem, Table table) {
        return SheetReader.locate(problem, table, LAYOUT, FIELD_COLUMNS);
    }

    public List<String> headers() {
        return LAYOUT.stream().map(Column::zh).toList();
    }

    public List<List<String>> rows(List<FaqEntry> entries) {
        return entries.stream().map(FaqSheet::row).toList();
    }

    private static List<String> row(FaqEntry faq) {
        return List.of(faq.id(), faq.topic(), faq.title().zh(), faq.title().en(),
                String.join("\n", faq.questions().zh()), String.join("\n", faq.questions().en()),
                faq.answer().zh(), faq.answer().en(),
                String.join(", ", faq.cites().items()),
                faq.cites().articles().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                String.join(", ", faq.stages()), faq.asOf().toString(), String.join(", ", faq.sources()),
                Vocabulary.word(Vocabulary.STATUSES, faq.status()),
                faq.threshold() == null ? "" : faq.threshold().toString(),
                String.join("\n", faq.notFor().zh()), String.join("\n", faq.notFor().en()),
                faq.effective() == null ? "" : faq.effective().toString(),
                faq.expires() == null ? "" : faq.expires().toString());
    }
}
