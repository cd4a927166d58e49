/**
 * The WebSocket protocol v1 (docs/protocol.md): endpoints, frames and their validation, and the limits of
 * public connections (connections admitted, asks admitted, the bounded answering pool).
 */
package gov.longhua.assistant.channels.ws;
