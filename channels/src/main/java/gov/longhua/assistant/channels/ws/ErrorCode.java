package gov.longhua.assistant.channels.ws;

import java.util.Locale;

/**
 * The codes of {@code error} frames (docs/protocol.md), each with the text a front end may show the visitor,
 * in Chinese and in English. The code is stable for clients to act on; the text may be improved.
 */
enum ErrorCode {
    INVALID_JSON("无法识别的消息格式。", "The message could not be read."),
    MISSING_TYPE("消息缺少类型。", "The message has no type."),
    UNKNOWN_TYPE("不支持的消息类型。", "This kind of message is not supported."),
    INVALID_FEEDBACK("评价消息不完整。", "The rating is incomplete."),
    MISSING_ID("消息缺少编号。", "The message has no id."),
    MISSING_TEXT("请输入您的问题。", "Please type your question."),
    TEXT_TOO_LONG("问题太长，请精简到2000字以内。", "The question is too long; please keep it under 2,000 characters."),
    INVALID_LANG("不支持的语言设置。", "This language setting is not supported."),
    FRAME_TOO_LARGE("消息太长。", "The message is too long."),
    BINARY_NOT_SUPPORTED("只接受文字消息。", "Only text messages are accepted."),
    RATE_LIMITED("提问太频繁，请稍后再问。", "You are asking too quickly; please wait a moment and ask again."),
    BUSY("咨询的人较多，请稍后再问。", "Many people are asking right now; please ask again in a moment."),
    TOO_MANY_CONNECTIONS("连接数已满，请稍后再试。", "Too many connections right now; please try again later."),
    UNKNOWN_DEVICE("设备未登记。", "This device is not registered."),
    IDLE("长时间未操作，连接已关闭。", "The connection was closed after a long time without activity."),
    UNAVAILABLE("服务暂时不可用，请稍后再问。", "The service is unavailable for a moment; please ask again shortly."),
    NOT_READY("系统正在启动，请稍后再问。", "The assistant is starting; please ask again in a few seconds."),
    INTERNAL("系统出现故障，请稍后再问。", "Something went wrong on our side; please ask again later.");

    private final String zh;
    private final String en;

    ErrorCode(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The code on the wire, e.g. {@code rate_limited}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }
}
