package org.orggraph.member;

import java.time.LocalDate;

import org.orggraph.organization.PartyOrganization;

/** A membership of a party organization ({@code MEMBER_OF {since, until}}); current when {@code until} is null. */
public record Membership(Person person, PartyOrganization partyOrganization, LocalDate since, LocalDate until) {

    public boolean current() {
        return until == null;
    }
}
