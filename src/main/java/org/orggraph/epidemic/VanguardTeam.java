package org.orggraph.epidemic;

import java.time.LocalDate;

/** 党员先锋队: a members' task force. */
public record VanguardTeam(String id, String name, String kind, String purpose, LocalDate founded) {
}
