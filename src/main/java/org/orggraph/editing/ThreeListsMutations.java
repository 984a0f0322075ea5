package org.orggraph.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.activity.Activity;
import org.orggraph.activity.Summons;
import org.orggraph.editing.Edit.Ref;
import org.orggraph.editing.MutationError.ErrorCode;
import org.orggraph.editing.Payloads.ThreeListsPayload;
import org.orggraph.history.ChangeEvent;
import org.orggraph.model.NodeLabel;
import org.orggraph.model.RelType;
import org.orggraph.threelists.Need;
import org.orggraph.threelists.Project;
import org.orggraph.threelists.Resource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The three lists (三张清单) and what happens in the network: raiseNeed, offerResource, claimNeed (a project),
 * completeProject, recordActivity (with participants), recordSummons (街道吹哨, with the departments that answered).
 */
@Controller
class ThreeListsMutations {

    /** Participants and answering units one mutation may name: the bound of one request's work. */
    static final int MAX_LINKS = 500;

    record RaiseNeedInput(String name, String category, String raisedById, LocalDate date) {
    }

    record OfferResourceInput(String name, String category, String offeredById, List<String> listedByIds,
            LocalDate date) {
    }

    record ClaimNeedInput(String name, String unitId, List<String> needIds, List<String> resourceIds, LocalDate date) {
    }

    record CompleteProjectInput(String projectId, LocalDate date) {
    }

    record RecordActivityInput(String name, String kind, LocalDate date, List<String> organizerIds,
            List<String> participantIds) {
    }

    record RecordSummonsInput(String name, String category, String raisedById, List<String> concernsIds,
            List<String> answeredByIds, LocalDate date) {
    }

    /** What was created or changed (its label and id) and the change. */
    record Done(NodeLabel label, String id, String event) {
    }

    private final Editor editor;
    private final ReadBack read;

    ThreeListsMutations(Editor editor, ReadBack read) {
        this.editor = editor;
        this.read = read;
    }

    @MutationMapping
    ThreeListsPayload raiseNeed(@Argument RaiseNeedInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            edit.required("name", input.name());
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("raisedById", input.raisedById(), NodeLabel.Community, NodeLabel.ResidentialCompound));
            edit.check();
            String id = create(edit, NodeLabel.Need, Edit.params("name", input.name().strip(), "category",
                    input.category(), "status", "RAISED", "raisedOn", date));
            edit.link(RelType.RAISED_BY, List.of(id), List.of(input.raisedById()), Map.of());
            return done(edit, NodeLabel.Need, id, "NEED_RAISED", date, input.name(), List.of(id), input.raisedById());
        }));
    }

    @MutationMapping
    ThreeListsPayload offerResource(@Argument OfferResourceInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            edit.required("name", input.name());
            LocalDate date = edit.date("date", input.date());
            List<String> listedBy = ids(edit, "listedByIds", input.listedByIds());
            List<Ref> refs = new ArrayList<>(List.of(Ref.required("offeredById", input.offeredById(), NodeLabel.Unit,
                    NodeLabel.IndustrialPark)));
            listedBy.forEach(id -> refs.add(Ref.required("listedByIds", id, NodeLabel.ServiceCenter)));
            edit.lock(refs.toArray(Ref[]::new));
            edit.check();
            String id = create(edit, NodeLabel.Resource, Edit.params("name", input.name().strip(), "category",
                    input.category(), "offeredOn", date));
            edit.link(RelType.OFFERED_BY, List.of(id), List.of(input.offeredById()), Map.of());
            edit.link(RelType.LISTED_BY, List.of(id), listedBy, Map.of());
            return done(edit, NodeLabel.Resource, id, "RESOURCE_OFFERED", date, input.name(), List.of(id),
                    input.offeredById());
        }));
    }

    @MutationMapping
    ThreeListsPayload claimNeed(@Argument ClaimNeedInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            edit.required("name", input.name());
            LocalDate date = edit.date("date", input.date());
            List<String> needs = ids(edit, "needIds", input.needIds());
            if (needs.isEmpty()) {
                edit.error(ErrorCode.REQUIRED, "needIds", "a project claims at least one need");
            }
            List<String> resources = ids(edit, "resourceIds", input.resourceIds());
            List<Ref> refs = new ArrayList<>(List.of(Ref.required("unitId", input.unitId(), NodeLabel.Unit)));
            needs.forEach(id -> refs.add(Ref.required("needIds", id, NodeLabel.Need)));
            resources.forEach(id -> refs.add(Ref.required("resourceIds", id, NodeLabel.Resource)));
            edit.lock(refs.toArray(Ref[]::new));
            edit.check();
            String id = create(edit, NodeLabel.Project, Edit.params("name", input.name().strip(), "status", "CLAIMED",
                    "claimedOn", date));
            edit.link(RelType.CLAIMED_BY, List.of(id), List.of(input.unitId()), Map.of());
            edit.link(RelType.CLAIMS, List.of(id), needs, Map.of());
            edit.link(RelType.USES, List.of(id), resources, Map.of());
            List<String> subjects = new ArrayList<>(List.of(id));
            subjects.addAll(needs);
            return done(edit, NodeLabel.Project, id, "NEED_CLAIMED", date, input.name(), subjects, input.unitId());
        }));
    }

    @MutationMapping
    ThreeListsPayload completeProject(@Argument CompleteProjectInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            LocalDate date = edit.date("date", input.date());
            edit.lock(Ref.required("projectId", input.projectId(), NodeLabel.Project));
            edit.check();
            Map<String, Object> state = edit.one("project-state", Map.of("project", edit.element(input.projectId())));
            if ("DONE".equals(state.get("status"))) {
                edit.error(ErrorCode.NO_CHANGE, "projectId", input.projectId() + " is done already");
            }
            edit.notBefore("date", date, (LocalDate) state.get("claimedOn"), "the day it was claimed");
            edit.check();
            edit.file("complete-project", Edit.params("project", edit.element(input.projectId()), "date", date));
            String event = editor.record(edit, Change.of("PROJECT_COMPLETED", date, input.projectId() + "完成",
                    Edit.params("status", state.get("status")), Edit.params("status", "DONE", "doneOn", date.toString()),
                    List.of(input.projectId()), null));
            return new Done(NodeLabel.Project, input.projectId(), event);
        }));
    }

    @MutationMapping
    ThreeListsPayload recordActivity(@Argument RecordActivityInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            edit.required("name", input.name());
            LocalDate date = edit.date("date", input.date());
            List<String> organizers = ids(edit, "organizerIds", input.organizerIds());
            if (organizers.isEmpty()) {
                edit.error(ErrorCode.REQUIRED, "organizerIds", "an activity has at least one organizer");
            }
            List<String> participants = ids(edit, "participantIds", input.participantIds());
            List<Ref> refs = new ArrayList<>();
            organizers.forEach(id -> refs.add(Ref.required("organizerIds", id, NodeLabel.Unit, NodeLabel.Community,
                    NodeLabel.IndustrialPark, NodeLabel.Alliance, NodeLabel.PartyOrganization, NodeLabel.Street,
                    NodeLabel.City)));
            participants.forEach(id -> refs.add(Ref.required("participantIds", id, NodeLabel.Person)));
            edit.lock(refs.toArray(Ref[]::new));
            edit.check();
            String id = create(edit, NodeLabel.Activity, Edit.params("name", input.name().strip(),
                    "kind", input.kind() == null ? "SERVICE" : input.kind(), "date", date));
            edit.link(RelType.ORGANIZED_BY, List.of(id), organizers, Map.of());
            edit.link(RelType.PARTICIPATED_IN, participants, List.of(id), Map.of());
            return done(edit, NodeLabel.Activity, id, "ACTIVITY_RECORDED", date, input.name(), List.of(id), null);
        }));
    }

    @MutationMapping
    ThreeListsPayload recordSummons(@Argument RecordSummonsInput input, DataFetchingEnvironment env) {
        return payload(editor.run(env, edit -> {
            edit.required("name", input.name());
            LocalDate date = edit.date("date", input.date());
            List<String> concerns = ids(edit, "concernsIds", input.concernsIds());
            List<String> answered = ids(edit, "answeredByIds", input.answeredByIds());
            List<Ref> refs = new ArrayList<>(List.of(Ref.required("raisedById", input.raisedById(), NodeLabel.Street,
                    NodeLabel.Community)));
            concerns.forEach(id -> refs.add(Ref.required("concernsIds", id, NodeLabel.Community,
                    NodeLabel.ResidentialCompound)));
            answered.forEach(id -> refs.add(Ref.required("answeredByIds", id, NodeLabel.Unit)));
            edit.lock(refs.toArray(Ref[]::new));
            edit.check();
            String id = create(edit, NodeLabel.Summons, Edit.params("name", input.name().strip(),
                    "category", input.category(), "date", date));
            edit.link(RelType.RAISED_BY, List.of(id), List.of(input.raisedById()), Map.of());
            edit.link(RelType.CONCERNS, List.of(id), concerns, Map.of());
            edit.link(RelType.ANSWERED, answered, List.of(id), Map.of("date", date));
            List<String> subjects = new ArrayList<>(List.of(id));
            subjects.addAll(answered);
            return done(edit, NodeLabel.Summons, id, "SUMMONS_RECORDED", date, input.name(), subjects,
                    input.raisedById());
        }));
    }

    /** A list of ids: no duplicates, at most {@link #MAX_LINKS}; null is empty. */
    private static List<String> ids(Edit edit, String field, List<String> ids) {
        List<String> list = ids == null ? List.of() : ids;
        edit.distinct(field, list);
        if (list.size() > MAX_LINKS) {
            edit.error(ErrorCode.INVALID, field, "at most " + MAX_LINKS + " ids (got " + list.size() + ")");
        }
        return list;
    }

    private static String create(Edit edit, NodeLabel label, Map<String, Object> properties) {
        String id = Editor.newId(label);
        String element = (String) edit.run(edit.render("create-item", Map.of("label", label.cypher())),
                Edit.params("id", id, "properties", properties)).get(0).get("element");
        edit.created(id, element, label);
        return id;
    }

    private Done done(Edit edit, NodeLabel label, String id, String type, LocalDate date, String name,
            List<String> subjects, String into) {
        String event = editor.record(edit, Change.of(type, date, name.strip(), null, Edit.params("id", id,
                "name", name.strip()), subjects, into));
        return new Done(label, id, event);
    }

    private ThreeListsPayload payload(Editor.Outcome<Done> outcome) {
        Done done = outcome.value();
        if (done == null) {
            return new ThreeListsPayload(null, null, null, null, null, null, outcome.errors());
        }
        Object node = read.node(done.id());
        return new ThreeListsPayload(node instanceof Need n ? n : null, node instanceof Resource r ? r : null,
                node instanceof Project p ? p : null, node instanceof Activity a ? a : null,
                node instanceof Summons s ? s : null, read.node(done.event(), ChangeEvent.class), List.of());
    }
}
