package gov.longhua.assistant.kb.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One item of the standard catalogue of disclosure items (政务公开事项标准目录), with every column of the
 * national standard guideline as a field.
 *
 * @param id stable id, e.g. {@code edu.admission-policy}
 * @param domain id of the pilot domain (reference/domains.yaml)
 * @param itemLevels 一级/二级(/三级)事项, from the broadest to the narrowest
 * @param content 公开内容（要素）
 * @param basis 公开依据
 * @param timeLimit 公开时限
 * @param body 公开主体
 * @param channels 公开渠道和载体, each mandatory (■) or optional (□)
 * @param audience 公开对象
 * @param mode 公开方式
 * @param disclosureLevels 公开层级
 * @param tier which of Longhua's catalogues holds the item: district, street or community
 * @param street id of the street when the tier is street or community, else null
 * @param stages ids of the life-cycle stages the item serves
 * @param effective the first day the item answers, or null
 * @param expires the last day the item answers, or null
 */
public record CatalogueItem(
        String id,
        String domain,
        List<LocalizedText> itemLevels,
        List<ContentElement> content,
        List<LocalizedText> basis,
        TimeLimit timeLimit,
        LocalizedText body,
        List<ChannelUse> channels,
        Audience audience,
        DisclosureMode mode,
        List<DisclosureLevel> disclosureLevels,
        Tier tier,
        String street,
        List<String> stages,
        LocalDate asOf,
        List<String> sources,
        Status status,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate effective,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate expires) implements Entry {

    public CatalogueItem {
        id = Checks.text("id", id);
        domain = Checks.text("domain", domain);
        itemLevels = Checks.nonEmpty("itemLevels", itemLevels);
        if (itemLevels.size() > 3) {
            throw new IllegalArgumentException("itemLevels: at most three levels (一级/二级/三级事项)");
        }
        content = Checks.nonEmpty("content", content);
        basis = Checks.nonEmpty("basis", basis);
        Checks.present("timeLimit", timeLimit);
        Checks.present("body", body);
        channels = Checks.nonEmpty("channels", channels);
        Checks.present("audience", audience);
        Checks.present("mode", mode);
        disclosureLevels = Checks.nonEmpty("disclosureLevels", disclosureLevels);
        Checks.present("tier", tier);
        street = Checks.optionalText(street);
        if (tier != Tier.DISTRICT && street == null) {
            throw new IllegalArgumentException("street: required when the tier is " + tier.code());
        }
        if (tier == Tier.DISTRICT && street != null) {
            throw new IllegalArgumentException("street: must be empty for a district item");
        }
        stages = Checks.orEmpty(stages);
        Checks.present("asOf", asOf);
        sources = Checks.nonEmpty("sources", sources);
        Checks.present("status", status);
        Checks.period(effective, expires);
    }

    /** The item's name: its levels joined, e.g. 招生管理 / 招生政策. */
    @Override
    public LocalizedText title() {
        return new LocalizedText(joinLevels(Lang.ZH, " / "), joinLevels(Lang.EN, " / "));
    }

    private String joinLevels(Lang lang, String separator) {
        return itemLevels.stream().map(level -> level.in(lang)).collect(Collectors.joining(separator));
    }
}
