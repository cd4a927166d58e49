package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.Audience;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.catalogue.ChannelUse;
import gov.longhua.assistant.kb.catalogue.ContentElement;
import gov.longhua.assistant.kb.catalogue.DisclosureLevel;
import gov.longhua.assistant.kb.catalogue.DisclosureMode;
import gov.longhua.assistant.kb.catalogue.Tier;
import gov.longhua.assistant.kb.catalogue.TimeLimit;
import gov.longhua.assistant.kb.catalogue.TimeLimitParser;
import gov.longhua.assistant.kb.load.Problem;
import gov.longhua.assistant.kb.load.Sourced;
import gov.longhua.assistant.kb.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalogue as a sheet in the column layout of the national standard guideline (公开内容（要素）, 公开依据,
 * 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级), with Chinese headers as official catalogues
 * write them (English headers accepted), an English twin for every text column, and our own columns for id,
 * domain, tier, street, life-cycle stages and provenance.
 */
public final class CatalogueSheet {

    static final Column ID = new Column("编号", "ID", true);
    static final Column DOMAIN = new Column("领域", "Domain", true);
    static final Column LEVEL_1 = new Column("一级事项", "Item level 1", true);
    static final Column LEVEL_1_EN = new Column("一级事项（英文）", "Item level 1 (English)", true);
    static final Column LEVEL_2 = new Column("二级事项", "Item level 2", false);
    static final Column LEVEL_2_EN = new Column("二级事项（英文）", "Item level 2 (English)", false);
    static final Column LEVEL_3 = new Column("三级事项", "Item level 3", false);
    static final Column LEVEL_3_EN = new Column("三级事项（英文）", "Item level 3 (English)", false);
    static final Column CONTENT = new Column("公开内容（要素）", "Content (elements)", true);
    static final Column CONTENT_EN = new Column("公开内容（要素）（英文）", "Content (elements) (English)", true);
    static final Column BASIS = new Column("公开依据", "Legal basis", true);
    static final Column BASIS_EN = new Column("公开依据（英文）", "Legal basis (English)", true);
    static final Column TIME_LIMIT = new Column("公开时限", "Time limit", true);
    static final Column TIME_LIMIT_EN = new Column("公开时限（英文）", "Time limit (English)", true);
    static final Column BODY = new Column("公开主体", "Responsible body", true);
    static final Column BODY_EN = new Column("公开主体（英文）", "Responsible body (English)", true);
    static final Column CHANNELS = new Column("公开渠道和载体", "Channels and carriers", true);
    static final Column AUDIENCE = new Column("公开对象", "Audience", true);
    static final Column MODE = new Column("公开方式", "Mode", true);
    static final Column LEVELS = new Column("公开层级", "Disclosure level", true);
    static final Column TIER = new Column("目录层级", "Tier", true);
    static final Column STREET = new Column("街道", "Street", false);
    static final Column STAGES = new Column("生命周期阶段", "Life-cycle stages", false);
    static final Column AS_OF = new Column("核实日期", "As of", true);
    static final Column SOURCES = new Column("来源", "Sources", true);
    static final Column STATUS = new Column("状态", "Status", true);

    static final Column EFFECTIVE = new Column("生效日期", "Effective", false);
    static final Column EXPIRES = new Column("失效日期", "Expires", false);

    static final List<Column> LAYOUT = List.of(ID, DOMAIN, LEVEL_1, LEVEL_1_EN, LEVEL_2, LEVEL_2_EN, LEVEL_3,
            LEVEL_3_EN, CONTENT, CONTENT_EN, BASIS, BASIS_EN, TIME_LIMIT, TIME_LIMIT_EN, BODY, BODY_EN, CHANNELS,
            AUDIENCE, MODE, LEVELS, TIER, STREET, STAGES, AS_OF, SOURCES, STATUS, EFFECTIVE, EXPIRES);

    /** The columns that the cross-reference checks name by field. */
    private static final Map<String, Column> FIELD_COLUMNS = Map.of("id", ID, "domain", DOMAIN, "street", STREET,
            "channels", CHANNELS, "stages", STAGES, "sources", SOURCES);

    private static final Pattern CHANNEL = Pattern.compile("([■□]?)\\s*([^■□\\n；;、]+)");
    private static final Pattern MARKED_ELEMENT = Pattern.compile("^([●〇○])\\s*(.+)$");

    /** The sheet name exports use. */
    public static final String SHEET = "政务公开事项标准目录";

    private final ReferenceData reference;
    private final Names names;
    private final TimeLimitParser timeLimits = new TimeLimitParser();

    public CatalogueSheet(ReferenceData reference) {
        this.reference = reference;
        this.names = new Names(reference);
    }

    /** Every row as an item, or problems for the rows that are wrong; blank rows are skipped. */
    public List<Sourced<CatalogueItem>> read(Table table, List<Problem> problems) {
        return SheetReader.read(table, LAYOUT, problems, this::read);
    }

    private Optional<CatalogueItem> read(RowReader cells) {
        String id = cells.required(ID);
        cells.identify(id);
        Optional<String> domain = cells.term(DOMAIN, names.domains(), true);
        List<LocalizedText> levels = new ArrayList<>();
        cells.bilingual(LEVEL_1, LEVEL_1_EN, true).ifPresent(levels::add);
        cells.bilingual(LEVEL_2, LEVEL_2_EN, false).ifPresent(levels::add);
        cells.bilingual(LEVEL_3, LEVEL_3_EN, false).ifPresent(levels::add);
        List<ContentElement> content = cells.pairedLists(CONTENT, CONTENT_EN, true).stream()
                .map(CatalogueSheet::element).toList();
        List<LocalizedText> basis = cells.pairedLists(BASIS, BASIS_EN, true).stream()
                .map(pair -> new LocalizedText(pair[0], pair[1])).toList();
        Optional<TimeLimit> timeLimit = cells.bilingual(TIME_LIMIT, TIME_LIMIT_EN, true).flatMap(text -> {
            Optional<TimeLimit> parsed = timeLimits.parse(text);
            if (parsed.isEmpty()) {
                cells.problem(TIME_LIMIT, "time limit '" + text.zh() + "' not understood; write e.g. "
                        + "'信息形成或者变更之日起20个工作日内', '实时公开' or '长期公开'");
            }
            return parsed;
        });
        Optional<LocalizedText> body = cells.bilingual(BODY, BODY_EN, true);
        List<ChannelUse> channels = channels(cells);
        Optional<Audience> audience = cells.term(AUDIENCE, Vocabulary.AUDIENCES, true);
        Optional<DisclosureMode> mode = cells.term(MODE, Vocabulary.MODES, true);
        List<DisclosureLevel> levelsOfDisclosure = new ArrayList<>();
        for (String word : cells.list(LEVELS)) {
            DisclosureLevel level = Vocabulary.LEVELS.get(Vocabulary.key(word));
            if (level == null) {
                cells.problem(LEVELS, "'" + word + "' is not understood; use one of: "
                        + Vocabulary.describe(Vocabulary.LEVELS));
            } else if (!levelsOfDisclosure.contains(level)) {
                levelsOfDisclosure.add(level);
            }
        }
        if (cells.text(LEVELS).isEmpty()) {
            cells.required(LEVELS);
        }
        Optional<Tier> tier = cells.term(TIER, Vocabulary.TIERS, true);
        Optional<String> street = cells.term(STREET, names.streets(), false);
        tier.ifPresent(t -> {
            if (t != Tier.DISTRICT && street.isEmpty() && cells.text(STREET).isEmpty()) {
                cells.problem(STREET, "empty; a " + t.code() + " item needs its street");
            }
            if (t == Tier.DISTRICT && !cells.text(STREET).isEmpty()) {
                cells.problem(STREET, "must be empty for a district item");
            }
        });
        List<String> stages = cells.ids(STAGES);
        Optional<LocalDate> asOf = cells.date(AS_OF);
        List<String> sources = cells.ids(SOURCES);
        if (sources.isEmpty()) {
            cells.required(SOURCES);
        }
        Optional<Status> status = cells.term(STATUS, Vocabulary.STATUSES, true);
        LocalDate effective = cells.optionalDate(EFFECTIVE).orElse(null);
        LocalDate expires = cells.optionalDate(EXPIRES).orElse(null);
        if (effective != null && expires != null && expires.isBefore(effective)) {
            cells.problem(EXPIRES, expires + " is before the effective date " + effective);
        }
        if (cells.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogueItem(id, domain.orElseThrow(), levels, content, basis, timeLimit.orElseThrow(),
                body.orElseThrow(), channels, audience.orElseThrow(), mode.orElseThrow(), levelsOfDisclosure,
                tier.orElseThrow(), street.orElse(null), stages, asOf.orElseThrow(), sources, status.orElseThrow(),
                effective, expires));
    }

    private static ContentElement element(String[] pair) {
        Matcher zh = MARKED_ELEMENT.matcher(pair[0]);
        Matcher en = MARKED_ELEMENT.matcher(pair[1]);
        Boolean mandatory = zh.matches() ? zh.group(1).equals("●") : null;
        return new ContentElement(zh.matches() ? zh.group(2).strip() : pair[0],
                en.matches() ? en.group(2).strip() : pair[1], mandatory);
    }

    /** ■ marks a mandatory channel, □ an optional one; an unmarked channel counts as mandatory. */
    private List<ChannelUse> channels(RowReader cells) {
        String value = cells.required(CHANNELS);
        List<ChannelUse> uses = new ArrayList<>();
        Matcher m = CHANNEL.matcher(value);
        while (m.find()) {
            String name = m.group(2).strip();
            if (name.isEmpty()) {
                continue;
            }
            String id = names.channels().get(Vocabulary.key(name));
            if (id == null) {
                cells.problem(CHANNELS, "unknown channel '" + name + "'; use the names of the 13 standard channels");
            } else {
                uses.add(new ChannelUse(id, !m.group(1).equals("□")));
            }
        }
        return uses;
    }

    /** Translates the cross-reference checks' field names into this sheet's columns. */
    public Problem locate(Problem problem, Table table) {
        return SheetReader.locate(problem, table, LAYOUT, FIELD_COLUMNS);
    }

    /** The sheet's header row (Chinese, as official catalogues) and one row per item. */
    public List<String> headers() {
        return LAYOUT.stream().map(Column::zh).toList();
    }

    public List<List<String>> rows(List<CatalogueItem> items) {
        return items.stream().map(this::row).toList();
    }

    private List<String> row(CatalogueItem item) {
        List<String> cells = new ArrayList<>();
        cells.add(item.id());
        cells.add(reference.domains().stream().filter(d -> d.id().equals(item.domain()))
                .map(d -> d.name().zh()).findFirst().orElse(item.domain()));
        for (int level = 0; level < 3; level++) {
            LocalizedText text = level < item.itemLevels().size() ? item.itemLevels().get(level) : null;
            cells.add(text == null ? "" : text.zh());
            cells.add(text == null ? "" : text.en());
        }
        cells.add(item.content().stream().map(e -> marker(e) + e.zh()).collect(Collectors.joining("\n")));
        cells.add(item.content().stream().map(e -> marker(e) + e.en()).collect(Collectors.joining("\n")));
        cells.add(item.basis().stream().map(LocalizedText::zh).collect(Collectors.joining("\n")));
        cells.add(item.basis().stream().map(LocalizedText::en).collect(Collectors.joining("\n")));
        cells.add(item.timeLimit().text().zh());
        cells.add(item.timeLimit().text().en());
        cells.add(item.body().zh());
        cells.add(item.body().en());
        cells.add(item.channels().stream().map(use -> (use.required() ? "■" : "□") + channelName(use.id()))
                .collect(Collectors.joining("\n")));
        cells.add(Vocabulary.word(Vocabulary.AUDIENCES, item.audience()));
        cells.add(Vocabulary.word(Vocabulary.MODES, item.mode()));
        cells.add(item.disclosureLevels().stream().map(l -> Vocabulary.word(Vocabulary.LEVELS, l))
                .collect(Collectors.joining("、")));
        cells.add(Vocabulary.word(Vocabulary.TIERS, item.tier()));
        cells.add(item.street() == null ? "" : reference.streets().stream().filter(st -> st.id().equals(item.street()))
                .map(st -> st.name().zh()).findFirst().orElse(item.street()));
        cells.add(String.join(", ", item.stages()));
        cells.add(item.asOf().toString());
        cells.add(String.join(", ", item.sources()));
        cells.add(Vocabulary.word(Vocabulary.STATUSES, item.status()));
        cells.add(item.effective() == null ? "" : item.effective().toString());
        cells.add(item.expires() == null ? "" : item.expires().toString());
        return cells;
    }

    private static String marker(ContentElement element) {
        return element.mandatory() == null ? "" : element.mandatory() ? "●" : "〇";
    }

    private String channelName(String id) {
        return reference.channels().stream().filter(c -> c.id().equals(id)).map(c -> c.name().zh())
                .findFirst().orElse(id);
    }
}
