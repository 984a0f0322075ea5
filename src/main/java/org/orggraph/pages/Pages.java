package org.orggraph.pages;

import java.util.List;

/**
 * The paths of the pages the app serves to browsers, in one place, so that an access rule (login) can name them:
 * the landing page, the explorer, the dashboard, and their static assets (scripts, styles, messages) and the
 * WebJars they load (ECharts). The pages call {@code /graphql} from the browser with the session's cookie.
 */
public final class Pages {

    /** The landing page (for {@code Accept: text/html}; JSON clients get Neo4j Browser's discovery document). */
    public static final String LANDING = "/";
    /** The graph explorer. */
    public static final String EXPLORE = "/explore";
    /** The big-screen dashboard. */
    public static final String DASHBOARD = "/dashboard";
    /** The pages' own scripts, styles and messages ({@code static/pages/}). */
    public static final String ASSETS = "/pages/**";
    /** Scripts from WebJars (ECharts). */
    public static final String WEBJARS = "/webjars/**";

    /** Every path above, for access rules. */
    public static final List<String> ALL = List.of(LANDING, EXPLORE, DASHBOARD, ASSETS, WEBJARS);

    private Pages() {
    }
}
