/**
 * What every HTTP exchange goes through before the application sees it: security headers on every response
 * ({@link gov.longhua.assistant.channels.http.SecurityHeaders}) and the Origin check on staff requests that
 * change something or open the staff WebSocket ({@link gov.longhua.assistant.channels.http.OriginCheck}).
 */
package gov.longhua.assistant.channels.http;
