package org.orggraph.alliance;

/** The GraphQL {@code AllianceFilter}; absent conditions are null. */
public record AllianceFilter(String nameContains, Boolean urbanRegional, String memberId) {
}
