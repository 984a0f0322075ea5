package org.orggraph.editing;

import java.util.List;

import org.orggraph.activity.Activity;
import org.orggraph.activity.Summons;
import org.orggraph.alliance.Alliance;
import org.orggraph.history.ChangeEvent;
import org.orggraph.member.Person;
import org.orggraph.organization.PartyOrganization;
import org.orggraph.threelists.Need;
import org.orggraph.threelists.Project;
import org.orggraph.threelists.Resource;

/** The payloads of the mutations: what changed, read back through the read path, and the errors. */
final class Payloads {

    private Payloads() {
    }

    record PersonPayload(Person person, ChangeEvent changeEvent, List<MutationError> errors) {
    }

    record TransferPayload(Person person, PartyOrganization partyOrganization, PartyOrganization previous,
            ChangeEvent changeEvent, List<MutationError> errors) {
    }

    record OrganizationPayload(Object organization, Alliance alliance, ChangeEvent changeEvent,
            List<MutationError> errors) {
    }

    record ReportPayload(Person person, PartyOrganization partyOrganization, Object organization,
            ChangeEvent changeEvent, List<MutationError> errors) {
    }

    record PartyOrganizationPayload(PartyOrganization partyOrganization, ChangeEvent changeEvent,
            List<MutationError> errors) {
    }

    record ThreeListsPayload(Need need, Resource resource, Project project, Activity activity, Summons summons,
            ChangeEvent changeEvent, List<MutationError> errors) {
    }
}
