/**
 * Where everything staff do is kept: one small port, {@link gov.longhua.assistant.channels.console.store.StaffStorage},
 * with local files (the embedded default, written atomically) and Redis (shared by every instance).
 */
package gov.longhua.assistant.channels.console.store;
