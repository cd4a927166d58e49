/** The WebSocket protocol v1 (docs/protocol.md): endpoints, frames, and their validation. */
package gov.longhua.assistant.channels.ws;
