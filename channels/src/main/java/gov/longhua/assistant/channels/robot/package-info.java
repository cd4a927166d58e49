/** The reference client of the robot protocol, for the robot's makers and for testing the channel by hand. */
package gov.longhua.assistant.channels.robot;
