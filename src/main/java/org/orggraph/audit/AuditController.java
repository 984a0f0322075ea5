package org.orggraph.audit;

import graphql.schema.DataFetchingEnvironment;
import org.orggraph.api.ApiError;
import org.orggraph.api.ApiException;
import org.orggraph.api.Caller;
import org.orggraph.api.Page;
import org.orggraph.api.PageRequests;
import org.orggraph.api.Role;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.auditTrail}, for ADMIN only. */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final PageRequests pages;

    AuditController(AuditTrail trail, PageRequests pages) {
        this.trail = trail;
        this.pages = pages;
    }

    @QueryMapping
    Page<AuditEntry> auditTrail(DataFetchingEnvironment env) {
        Caller caller = Caller.of(env.getGraphQlContext());
        if (!caller.has(Role.ADMIN)) {
            throw new ApiException(ApiError.FORBIDDEN, "The audit trail is for ADMIN only");
        }
        return trail.page(pages.of(env));
    }
}
