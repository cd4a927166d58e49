package gov.longhua.assistant.kb.synthetic;

import gov.longhua.assistant.kb.KnowledgeBase;

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
import gov.longhua.assistant.kb.reference.Channel;
import gov.longhua.assistant.kb.reference.Domain;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.reference.Street;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a synthetic catalogue of any size for performance tests: plausible bilingual items spread over
 * every domain, the three tiers and the six streets, built from the same vocabulary real catalogues use.
 * Every item is marked synthetic three ways: its id starts with {@code syn.}, its only source is
 * {@value #SOURCE}, and its status is placeholder. The same seed gives the same catalogue.
 */
public final class SyntheticCatalogue {

    /** The source id every synthetic item cites. */
    public static final String SOURCE = "SYNTHETIC";

    private static final String[][] FIRST_LEVELS = {
        {"政策文件", "Policy documents"}, {"办事服务", "Services"}, {"审批结果", "Approval results"},
        {"监督检查", "Supervision and inspection"}, {"资金使用", "Use of funds"}, {"项目信息", "Project information"},
        {"统计数据", "Statistics"}, {"规划计划", "Plans"}, {"行政许可", "Administrative licensing"},
        {"行政处罚", "Administrative penalties"}, {"公共服务", "Public services"}, {"工作动态", "Work updates"},
    };
    private static final String[][] SECOND_LEVELS = {
        {"申请条件", "Eligibility"}, {"办理流程", "Procedure"}, {"公示名单", "Published list"},
        {"年度计划", "Annual plan"}, {"进度查询", "Progress check"}, {"收费标准", "Fees"},
        {"投诉渠道", "Complaint channels"}, {"结果公告", "Notice of results"}, {"补贴发放", "Payment of subsidies"},
        {"资格审核", "Eligibility review"}, {"信息登记", "Registration"}, {"政策解读", "Policy explanation"},
        {"服务机构名录", "Directory of service providers"}, {"专项检查", "Special inspections"},
    };
    private static final String[][] ELEMENTS = {
        {"事项名称", "name of the matter"}, {"办理依据", "legal basis"}, {"申请条件", "eligibility"},
        {"申请材料", "materials required"}, {"办理流程", "procedure"}, {"办理时限", "processing time"},
        {"收费标准", "fees"}, {"办理地点", "place"}, {"咨询方式", "how to enquire"}, {"监督投诉渠道", "complaint channels"},
        {"对象名单", "list of recipients"}, {"金额标准", "amounts"}, {"检查结果", "inspection results"},
        {"项目名称", "project name"}, {"实施单位", "implementing body"}, {"完成情况", "progress"},
    };
    private static final String[][] TIME_LIMITS = {
        {"信息形成或者变更之日起20个工作日内", "within 20 working days of the information being created or changed"},
        {"制定或获取信息之日起10个工作日内", "within 10 working days of the information being made or obtained"},
        {"信息形成或变更之日起3个工作日内", "within 3 working days of the information being created or changed"},
        {"作出决定之日起7个工作日内", "within 7 working days of the decision"},
        {"实时公开", "in real time"},
        {"长期公开", "standing (kept public while it applies)"},
    };

    private final ReferenceData reference;
    private final TimeLimitParser timeLimits = new TimeLimitParser();

    /**
     * The knowledge base with {@code count} synthetic items added after its own and their source registered, so
     * that it passes every check a real one does.
     */
    public static KnowledgeBase added(KnowledgeBase base, int count, long seed) {
        ReferenceData reference = withSource(base.reference());
        List<CatalogueItem> items = new java.util.ArrayList<>(base.items());
        items.addAll(new SyntheticCatalogue(reference).generate(count, seed));
        return new KnowledgeBase(reference, items, base.faqs(), base.guides(), base.glossary(), base.calendar(),
                base.scope());
    }

    /** The registers with the synthetic data's source added. */
    private static ReferenceData withSource(ReferenceData reference) {
        List<gov.longhua.assistant.kb.reference.Source> sources = new java.util.ArrayList<>(reference.sources());
        sources.add(new gov.longhua.assistant.kb.reference.Source(SOURCE,
                "synthetic data generated for performance tests; not real", null));
        return new ReferenceData(reference.district(), reference.domains(), reference.streets(), reference.channels(),
                reference.stages(), sources, reference.officialChannel());
    }

    public SyntheticCatalogue(ReferenceData reference) {
        this.reference = reference;
    }

    public List<CatalogueItem> generate(int count, long seed) {
        Random random = new Random(seed);
        List<CatalogueItem> items = new ArrayList<>(count);
        List<Domain> domains = reference.domains();
        List<Street> streets = reference.streets();
        List<Channel> channels = reference.channels();
        for (int n = 1; n <= count; n++) {
            Domain domain = domains.get(random.nextInt(domains.size()));
            String[] first = pick(random, FIRST_LEVELS);
            String[] second = pick(random, SECOND_LEVELS);
            Tier tier = random.nextInt(10) < 6 ? Tier.DISTRICT : random.nextBoolean() ? Tier.STREET : Tier.COMMUNITY;
            Street street = tier == Tier.DISTRICT ? null : streets.get(random.nextInt(streets.size()));
            String where = street == null ? "" : street.name().zh();
            String whereEn = street == null ? "" : " (" + street.name().en() + ")";
            List<LocalizedText> levels = List.of(
                    new LocalizedText(domain.name().zh() + first[0], domain.name().en() + ": " + first[1]),
                    new LocalizedText(where + second[0] + "（第" + n + "项）", second[1] + whereEn + " (no. " + n + ")"));
            Set<Integer> chosen = new LinkedHashSet<>();
            int elementCount = 2 + random.nextInt(4);
            while (chosen.size() < elementCount) {
                chosen.add(random.nextInt(ELEMENTS.length));
            }
            List<ContentElement> content = chosen.stream()
                    .map(i -> new ContentElement(ELEMENTS[i][0], ELEMENTS[i][1], random.nextInt(3) == 0 ? null : random.nextBoolean()))
                    .toList();
            String[] limit = pick(random, TIME_LIMITS);
            TimeLimit timeLimit = timeLimits.parse(new LocalizedText(limit[0], limit[1])).orElseThrow();
            LocalizedText body = tier == Tier.DISTRICT
                    ? new LocalizedText("区" + domain.name().zh() + "主管部门", "district " + domain.name().en().toLowerCase() + " authority")
                    : new LocalizedText(street.name().zh() + "办事处", street.name().en() + " office");
            List<ChannelUse> uses = new ArrayList<>();
            uses.add(new ChannelUse("website", true));
            for (int c = random.nextInt(3); c > 0; c--) {
                String id = channels.get(random.nextInt(channels.size())).id();
                if (uses.stream().noneMatch(u -> u.id().equals(id))) {
                    uses.add(new ChannelUse(id, random.nextBoolean()));
                }
            }
            DisclosureLevel level = switch (tier) {
                case DISTRICT -> DisclosureLevel.COUNTY;
                case STREET -> DisclosureLevel.TOWNSHIP;
                case COMMUNITY -> DisclosureLevel.VILLAGE;
            };
            items.add(new CatalogueItem(String.format("syn.%05d", n), domain.id(), levels, content,
                    List.of(new LocalizedText("《中华人民共和国政府信息公开条例》", "Regulations of the PRC on Open Government Information")),
                    timeLimit, body, uses, random.nextInt(5) == 0 ? Audience.SPECIFIC_GROUP : Audience.WHOLE_SOCIETY,
                    random.nextInt(6) == 0 ? DisclosureMode.ON_APPLICATION : DisclosureMode.PROACTIVE,
                    List.of(level), tier, street == null ? null : street.id(), List.of(),
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)), List.of(SOURCE), Status.PLACEHOLDER, null, null));
        }
        return items;
    }

    private static String[] pick(Random random, String[][] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
