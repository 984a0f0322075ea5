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
            new Named().one("offeredById", input.offeredById(), NodeLabel.Unit, NodeLabel.IndustrialPark)
                    .each("listedByIds", listedBy, NodeLabel.ServiceCenter)
                    .lockAndCheck(edit);
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
            List<String> needs = atLeastOne(edit, "needIds", input.needIds(), "a project claims at least one need");
            List<String> resources = ids(edit, "resourceIds", input.resourceIds());
            new Named().one("unitId", input.unitId(), NodeLabel.Unit)
                    .each("needIds", needs, NodeLabel.Need)
                    .each("resourceIds", resources, NodeLabel.Resource)
                    .lockAndCheck(edit);
            String id = create(edit, NodeLabel.Project, Edit.params("name", input.name().strip(), "status", "CLAIMED",
                    "claimedOn", date));
            edit.link(RelType.CLAIMED_BY, List.of(id), List.of(input.unitId()), Map.of());
            edit.link(RelType.CLAIMS, List.of(id), needs, Map.of());
            edit.link(RelType.USES, List.of(id), resources, Map.of());
            return done(edit, NodeLabel.Project, id, "NEED_CLAIMED", date, input.name(), with(id, needs),
                    input.unitId());
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
            List<String> organizers = atLeastOne(edit, "organizerIds", input.organizerIds(),
                    "an activity has at least one organizer");
            List<String> participants = ids(edit, "participantIds", input.participantIds());
            new Named().each("organizerIds", organizers, NodeLabel.Unit, NodeLabel.Community, NodeLabel.IndustrialPark,
                            NodeLabel.Alliance, NodeLabel.PartyOrganization, NodeLabel.Street, NodeLabel.City)
                    .each("participantIds", participants, NodeLabel.Person)
                    .lockAndCheck(edit);
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
            new Named().one("raisedById", input.raisedById(), NodeLabel.Street, NodeLabel.Community)
                    .each("concernsIds", concerns, NodeLabel.Community, NodeLabel.ResidentialCompound)
                    .each("answeredByIds", answered, NodeLabel.Unit)
                    .lockAndCheck(edit);
            String id = create(edit, NodeLabel.Summons, Edit.params("name", input.name().strip(),
                    "category", input.category(), "date", date));
            edit.link(RelType.RAISED_BY, List.of(id), List.of(input.raisedById()), Map.of());
            edit.link(RelType.CONCERNS, List.of(id), concerns, Map.of());
            edit.link(RelType.ANSWERED, answered, List.of(id), Map.of("date", date));
            return done(edit, NodeLabel.Summons, id, "SUMMONS_RECORDED", date, input.name(), with(id, answered),
                    input.raisedById());
        }));
    }

    /** The nodes a mutation names, each with the field that names it and the labels it may have. */
    private static final class Named {

        private final List<Ref> refs = new ArrayList<>();

        Named one(String field, String id, NodeLabel... labels) {
            refs.add(Ref.required(field, id, labels));
            return this;
        }

        Named each(String field, List<String> ids, NodeLabel... labels) {
            ids.forEach(id -> one(field, id, labels));
            return this;
        }

        /** Checks and locks them all together (in id order: no deadlock between mutations), then stops on errors. */
        void lockAndCheck(Edit edit) {
            edit.lock(refs.toArray(Ref[]::new));
            edit.check();
        }
    }

    /** {@link #ids} of which there must be at least one. */
    private static List<String> atLeastOne(Edit edit, String field, List<String> ids, String why) {
        List<String> list = ids(edit, field, ids);
        if (list.isEmpty()) {
            edit.error(ErrorCode.REQUIRED, field, why);
        }
        return list;
    }

    /** The subjects of a change: what was created, then the others it concerns. */
    private static List<String> with(String created, List<String> others) {
        List<String> subjects = new ArrayList<>(List.of(created));
        subjects.addAll(others);
        return subjects;
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
