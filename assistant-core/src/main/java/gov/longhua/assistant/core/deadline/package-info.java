/** Reply deadlines of OGI applications, computed in working days from the official calendar. */
package gov.longhua.assistant.core.deadline;
