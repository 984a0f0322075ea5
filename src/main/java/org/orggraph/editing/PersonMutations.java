package org.orggraph.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.editing.Edit.Current;
import org.orggraph.editing.Edit.Ref;
import org.orggraph.editing.MutationError.ErrorCode;
import org.orggraph.editing.Payloads.PersonPayload;
import org.orggraph.editing.Payloads.TransferPayload;
import org.orggraph.history.ChangeEvent;
import org.orggraph.member.Person;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.names.ChinesePinyin;
import org.orggraph.organization.PartyOrganization;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** People: createPerson, updatePerson, transferMember (组织关系转接), changeEmployment, changeResidence. */
@Controller
class PersonMutations {

    record CreatePersonInput(String name, String gender, Integer birthYear, Boolean isMember,
            String partyOrganizationId, LocalDate since, String employerId, String residenceId) {
    }

    record UpdatePersonInput(String id, String name, String gender, Integer birthYear) {
    }

    record TransferMemberInput(String personId, String toPartyOrganizationId, LocalDate date) {
    }

    record ChangeEmploymentInput(String personId, String unitId, LocalDate date) {
    }

    record ChangeResidenceInput(String personId, String compoundId, LocalDate date) {
    }

    /** What a person mutation leaves to read back: the person and the change. */
    record Done(String person, String event) {
    }

    private final Editor editor;
    private final ReadBack read;

    PersonMutations(Editor editor, ReadBack read) {
        this.editor = editor;
        this.read = read;
    }

    @MutationMapping
    PersonPayload createPerson(@Argument CreatePersonInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            edit.required("name", input.name());
            birthYear(edit, input.birthYear(), edit.today());
            boolean member = Boolean.TRUE.equals(input.isMember());
            if (member && input.partyOrganizationId() == null) {
                edit.error(ErrorCode.REQUIRED, "partyOrganizationId",
                        "a party member has exactly one current party organization: partyOrganizationId is required");
            }
            if (!member && input.partyOrganizationId() != null) {
                edit.error(ErrorCode.CONFLICT, "partyOrganizationId", "only a party member (isMember: true) has a party organization");
            }
            LocalDate since = edit.date("since", input.since());
            edit.lock(Ref.optional("partyOrganizationId", input.partyOrganizationId(), NodeLabel.PartyOrganization),
                    Ref.optional("employerId", input.employerId(), NodeLabel.Unit),
                    Ref.optional("residenceId", input.residenceId(), NodeLabel.ResidentialCompound));
            edit.check();
            String id = Editor.newId(NodeLabel.Person);
            ChinesePinyin.Spelling spelling = ChinesePinyin.ofPerson(input.name());
            String element = (String) edit.one("create-person", Edit.params("id", id, "name", input.name().strip(),
                    "pinyin", spelling.pinyin(), "initials", spelling.initials(), "gender", input.gender(),
                    "birthYear", input.birthYear(), "member", member)).get("element");
            edit.created(id, element, NodeLabel.Person);
            edit.move(id, RelType.MEMBER_OF, input.partyOrganizationId(), since, Map.of());
            edit.move(id, RelType.WORKS_AT, input.employerId(), since, Map.of());
            edit.move(id, RelType.LIVES_IN, input.residenceId(), since, Map.of());
            Map<String, Object> after = Edit.params("name", input.name().strip(), "isMember", member,
                    "partyOrganization", input.partyOrganizationId(), "employer", input.employerId(),
                    "residence", input.residenceId());
            String event = editor.record(edit, Change.of("PERSON_CREATED", since, "登记" + input.name().strip(),
                    null, after, List.of(id), input.partyOrganizationId()));
            return new Done(id, event);
        }));
    }

    @MutationMapping
    PersonPayload updatePerson(@Argument UpdatePersonInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            if (input.name() != null) {
                edit.required("name", input.name());
            }
            birthYear(edit, input.birthYear(), edit.today());
            edit.lock(Ref.required("id", input.id(), NodeLabel.Person));
            edit.check();
            ChinesePinyin.Spelling spelling = input.name() == null ? null : ChinesePinyin.ofPerson(input.name());
            Map<String, Object> row = edit.one("update-person", Edit.params("person", edit.element(input.id()),
                    "name", input.name() == null ? null : input.name().strip(),
                    "pinyin", spelling == null ? null : spelling.pinyin(),
                    "initials", spelling == null ? null : spelling.initials(), "gender", input.gender(),
                    "birthYear", input.birthYear()));
            @SuppressWarnings("unchecked")
            Map<String, Object> before = (Map<String, Object>) row.get("before");
            @SuppressWarnings("unchecked")
            Map<String, Object> after = (Map<String, Object>) row.get("after");
            String event = editor.record(edit, Change.of("PERSON_UPDATED", edit.today(), "更新" + after.get("name"),
                    before, after, List.of(input.id()), null));
            return new Done(input.id(), event);
        }));
    }

    /** What transferMember leaves to read back. */
    record Transfer(String person, String to, String from, String event) {
    }

    @MutationMapping
    TransferPayload transferMember(@Argument TransferMemberInput input, DataFetchingEnvironment env) {
        Editor.Outcome<Transfer> outcome = editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("personId", input.personId(), NodeLabel.Person),
                    Ref.required("toPartyOrganizationId", input.toPartyOrganizationId(), NodeLabel.PartyOrganization));
            edit.check();
            if (!edit.has(input.personId(), NodeLabel.Member)) {
                edit.error(ErrorCode.CONFLICT, "personId", input.personId() + " is not a party member");
            }
            List<Current> current = edit.current(input.personId(), RelType.MEMBER_OF);
            Current from = current.size() == 1 ? current.get(0) : null;
            if (edit.has(input.personId(), NodeLabel.Member) && from == null) {
                edit.error(ErrorCode.CONFLICT, "personId", "a member has exactly one current party organization; "
                        + input.personId() + " has " + current.size());
            }
            if (from != null) {
                if (from.id().equals(input.toPartyOrganizationId())) {
                    edit.error(ErrorCode.NO_CHANGE, "toPartyOrganizationId", input.personId()
                            + " already belongs to " + from.id());
                }
                edit.notBefore("date", date, from.since(), "the start of the current membership");
            }
            Retired.check(edit, "toPartyOrganizationId", input.toPartyOrganizationId(), date);
            edit.check();
            edit.move(input.personId(), RelType.MEMBER_OF, input.toPartyOrganizationId(), date, Map.of());
            String event = editor.record(edit, Change.of("MEMBER_TRANSFERRED", date,
                    "组织关系由" + from.id() + "转入" + input.toPartyOrganizationId(),
                    Edit.params("partyOrganization", from.id(), "since", String.valueOf(from.since())),
                    Edit.params("partyOrganization", input.toPartyOrganizationId(), "since", date.toString()),
                    List.of(input.personId()), input.toPartyOrganizationId()));
            return new Transfer(input.personId(), input.toPartyOrganizationId(), from.id(), event);
        });
        Transfer done = outcome.value();
        return done == null ? new TransferPayload(null, null, null, null, outcome.errors())
                : new TransferPayload(read.node(done.person(), Person.class),
                        read.node(done.to(), PartyOrganization.class), read.node(done.from(), PartyOrganization.class),
                        read.node(done.event(), ChangeEvent.class), List.of());
    }

    @MutationMapping
    PersonPayload changeEmployment(@Argument ChangeEmploymentInput input, DataFetchingEnvironment env) {
        return move(env, input.personId(), RelType.WORKS_AT, "unitId", input.unitId(), NodeLabel.Unit, input.date(),
                "EMPLOYMENT_CHANGED", "employer");
    }

    @MutationMapping
    PersonPayload changeResidence(@Argument ChangeResidenceInput input, DataFetchingEnvironment env) {
        return move(env, input.personId(), RelType.LIVES_IN, "compoundId", input.compoundId(),
                NodeLabel.ResidentialCompound, input.date(), "RESIDENCE_CHANGED", "residence");
    }

    /** A person's one relationship of {@code type} moves to {@code toId} (or ends, toId null) on a day. */
    private PersonPayload move(DataFetchingEnvironment env, String personId, RelType type, String toField,
            String toId, NodeLabel toLabel, LocalDate day, String eventType, String what) {
        return payload(editor.run(env, edit -> {
            LocalDate date = edit.date("date", day);
            edit.lock(Ref.required("personId", personId, NodeLabel.Person), Ref.optional(toField, toId, toLabel));
            edit.check();
            List<Current> current = edit.current(personId, type);
            List<String> before = current.stream().map(Current::id).toList();
            if (before.equals(toId == null ? List.of() : List.of(toId))) {
                edit.error(ErrorCode.NO_CHANGE, toField, toId == null ? personId + " has no " + what
                        : personId + "'s " + what + " is already " + toId);
            }
            current.forEach(c -> edit.notBefore("date", date, c.since(), "the start of the current " + what));
            edit.check();
            edit.move(personId, type, toId, date, Map.of());
            String event = editor.record(edit, Change.of(eventType, date, what + ": " + before + " → " + toId,
                    Edit.params(what, before.isEmpty() ? null : before.get(0)), Edit.params(what, toId),
                    List.of(personId), toId));
            return new Done(personId, event);
        }));
    }

    private PersonPayload payload(Editor.Outcome<Done> outcome) {
        Done done = outcome.value();
        return done == null ? new PersonPayload(null, null, outcome.errors())
                : new PersonPayload(read.node(done.person(), Person.class), read.node(done.event(), ChangeEvent.class),
                        List.of());
    }

    private static void birthYear(Edit edit, Integer birthYear, LocalDate today) {
        if (birthYear != null && (birthYear < 1900 || birthYear > today.getYear())) {
            edit.error(ErrorCode.INVALID, "birthYear", "birthYear must lie between 1900 and " + today.getYear());
        }
    }
}
