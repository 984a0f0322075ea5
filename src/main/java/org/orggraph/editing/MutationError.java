package org.orggraph.editing;

/** Why a mutation was rejected: a code clients can switch on, the input field it concerns, and a sentence. */
public record MutationError(ErrorCode code, String field, String message) {

    /** The codes of {@link MutationError}. */
    public enum ErrorCode {
        /** A required field is missing or blank. */
        REQUIRED,
        /** A value outside what the field accepts (a malformed id, a negative number, an unknown level). */
        INVALID,
        /** An id that names nothing. */
        NOT_FOUND,
        /** An id of the wrong kind (a unit where a party organization is needed). */
        WRONG_KIND,
        /** A date after today. */
        DATE_IN_FUTURE,
        /** A date before the date it must follow (e.g. before the current membership began). */
        DATE_ORDER,
        /** Something linked to itself. */
        SELF_LINK,
        /** The same id twice in one list. */
        DUPLICATE,
        /** The change is already the state (the member is already there, the unit already in that alliance). */
        NO_CHANGE,
        /** The change would break a rule of the network (a member without exactly one party organization…). */
        CONFLICT,
        /** A committee needs at least 100 members unless the upgrade records an exception with a reason. */
        TOO_FEW_MEMBERS
    }
}
