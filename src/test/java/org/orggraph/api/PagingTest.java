package org.orggraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page arithmetic and cursors behind every connection, without a server. */
class PagingTest {

    private final PageRequests pages = new PageRequests(
            CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64()));
    private static final Map<String, Object> BY_NAME = Map.of("of", "communities-by-name");
    private static final Map<String, Object> BY_ID = Map.of("of", "communities-by-id");

    @Test
    void aFetchOfOneMoreThanAskedTellsThereIsANextPage() {
        PageRequest request = pages.of(2, null, BY_NAME);
        assertThat(request.limit()).isEqualTo(3);
        Page<String> page = Page.of(List.of("a", "b", "c"), keysets("a", "b", "c"), request, 7);
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.total()).isEqualTo(7);
    }

    @Test
    void theCursorOfAnItemHoldsItsKeysetAndStartsTheNextPageAfterIt() {
        PageRequest first = pages.of(2, null, BY_ID);
        Page<String> page = Page.of(List.of("a", "b", "c"), keysets("a", "b", "c"), first, null);
        String end = pages.cursor(first, page.keysets().get(1));
        PageRequest next = pages.of(2, end, BY_ID);
        assertThat(next.after()).containsEntry("key", "b").containsEntry("id", "id-b");
        Page<String> second = Page.of(List.of("c"), keysets("c"), next, null);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void keysetValuesKeepTheirTypesThroughTheCursor() {
        PageRequest first = pages.of(2, null, BY_ID);
        String cursor = pages.cursor(first, Map.of("key", java.time.LocalDate.of(2020, 2, 3), "id", "activity:9",
                "weight", 12L));
        Map<String, Object> after = pages.of(2, cursor, BY_ID).after();
        assertThat(after.get("key")).isEqualTo(java.time.LocalDate.of(2020, 2, 3));
        assertThat(((Number) after.get("weight")).longValue()).isEqualTo(12L);
    }

    @Test
    void anItemWithoutItsSortKeyStillHasACursorAndTheNextPageStartsAfterIt() {
        PageRequest first = pages.of(2, null, BY_ID);
        java.util.Map<String, Object> keyset = new java.util.HashMap<>();
        keyset.put("key", null);
        keyset.put("id", "community:26");
        Map<String, Object> after = pages.of(2, pages.cursor(first, keyset), BY_ID).after();
        assertThat(after).containsEntry("id", "community:26").containsKey("key");
        assertThat(after.get("key")).isNull();
    }

    @Test
    void omittedFirstMeansTheDefaultPageSize() {
        assertThat(pages.of(null, null, BY_ID).size()).isEqualTo(PageRequests.DEFAULT_PAGE_SIZE);
    }

    @Test
    void pageSizesOutsideZeroToTheMaximumAreBadInput() {
        assertThatThrownBy(() -> pages.of(PageRequests.MAX_PAGE_SIZE + 1, null, BY_ID))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ApiError.BAD_USER_INPUT));
        assertThatThrownBy(() -> pages.of(-5, null, BY_ID))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ApiError.BAD_USER_INPUT));
        assertThat(pages.of(0, null, BY_ID).size()).isZero();
    }

    @Test
    void cursorsOfAnotherOrderOrOfNothingAreBadInput() {
        String byName = pages.cursor(pages.of(5, null, BY_NAME), Map.of("key", "a", "id", "x"));
        assertThatThrownBy(() -> pages.of(5, byName, BY_ID)).hasMessageContaining("another order");
        assertThatThrownBy(() -> pages.of(5, "%%%", BY_ID)).hasMessageContaining("is not a cursor");
        assertThatThrownBy(() -> pages.of(5, byName.substring(0, byName.length() - 4), BY_NAME))
                .isInstanceOf(ApiException.class);
    }

    private static List<Map<String, Object>> keysets(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Map.<String, Object>of("key", k, "id", "id-" + k)).toList();
    }
}
