package org.orggraph.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.orggraph.api.ApiException;

/**
 * A subscriber's position in the change feed, as the opaque string clients hold: the feed number ({@code seq}) of
 * the last change delivered, behind a prefix so that a cursor of a list ({@code changeEvents}) is refused.
 * {@code of(0)} is the position before the first change ever numbered.
 */
public final class FeedCursor {

    private static final String PREFIX = "orggraph:live:v1:";

    private FeedCursor() {
    }

    public static String of(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiException BAD_USER_INPUT for anything {@link #of} did not make */
    static long seq(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // not Base64 or not a number: the same answer as any other made-up cursor
        }
        throw ApiException.badInput("after must be the cursor of a LiveChange of the changes subscription (got '"
                + cursor + "')");
    }
}
