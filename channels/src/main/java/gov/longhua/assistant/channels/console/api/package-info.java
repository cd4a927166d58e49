/**
 * The staff console's HTTP API under {@code /staff/api} (signed-in staff; writes by role), the public list of
 * hot topics ({@code /api/hot-topics}), and how console errors become responses. docs/console.md lists it.
 */
package gov.longhua.assistant.channels.console.api;
