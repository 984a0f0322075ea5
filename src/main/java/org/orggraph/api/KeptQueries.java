package org.orggraph.api;

import java.util.Set;

/**
 * A feature whose root query fields answer from nothing but the graph's state at a cursor that the feature can read
 * cheaply from the database (the dashboard: the recorded history's cursor). A request whose operation selects only
 * such fields is answered from its whole kept response while the cursor stays where it was ({@link KeptResponses}).
 * The cursor is read from the database on every request, so a write made through another app instance over the
 * same database is seen by the next request all the same.
 */
public interface KeptQueries {

    /** Where a request that runs finds the cursor it was checked against (and whose response is kept under it). */
    String CURSOR = KeptQueries.class.getName() + ".cursor";

    /** The root fields of {@code Query} it answers. */
    Set<String> rootFields();

    /**
     * Where the graph's state stands now, read from the database: any committed write moves it. Compared with
     * {@code equals}; passed to the execution of a request that is not kept under {@link #CURSOR} in its
     * GraphQL context, so the request answers for the state it was kept under.
     */
    Object cursor();
}
