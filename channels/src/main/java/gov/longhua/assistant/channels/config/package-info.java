/** The application's one configuration mapping. */
package gov.longhua.assistant.channels.config;
