/** The staff inbox: people taking over conversations visitors asked a person for. */
package gov.longhua.assistant.channels.staff;
