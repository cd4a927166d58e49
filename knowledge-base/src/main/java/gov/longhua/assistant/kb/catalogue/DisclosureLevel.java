package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Coded;

/** 公开层级 in the national guideline's terms: in Longhua, county = 区, township = 街道, village = 社区. */
public enum DisclosureLevel implements Coded {
    COUNTY,
    TOWNSHIP,
    VILLAGE;
}
