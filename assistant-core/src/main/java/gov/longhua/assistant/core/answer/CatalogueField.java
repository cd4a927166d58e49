package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Coded;

/** A field of a catalogue item a question may ask about on its own: who, how soon, where, how, at what level. */
public enum CatalogueField implements Coded {
    /** 公开主体: who publishes it. */
    BODY,
    /** 公开时限: how soon it must be published. */
    TIME_LIMIT,
    /** 公开渠道和载体: where it is published. */
    CHANNELS,
    /** 公开方式: proactively or on application. */
    MODE,
    /** 公开层级: district, street or community. */
    LEVEL,
    /** 公开内容（要素）: what is published. */
    CONTENT,
    /** 公开依据: on what legal basis. */
    BASIS,
    /** 公开对象: to whom. */
    AUDIENCE
}
