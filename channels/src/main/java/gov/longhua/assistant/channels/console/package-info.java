/**
 * The staff console: accounts and sign-in, the editorial workflow (drafts, review, releases, rollback, audit),
 * the live knowledge base every instance keeps in step, the record of questions with the review queue and the
 * dashboard built on it, hot topics, regression suites, sheet import and export, and the HTTP API the console
 * pages use ({@code /staff/api}).
 */
package gov.longhua.assistant.channels.console;
