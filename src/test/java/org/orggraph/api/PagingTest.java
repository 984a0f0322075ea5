package org.orggraph.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page arithmetic behind every connection, without a server. */
class PagingTest {

    @Test
    void aFetchOfOneMoreThanAskedTellsThereIsANextPage() {
        Paging.Window window = Paging.window(2, null, "NAME_ASC");
        assertThat(window.limit()).isEqualTo(3);
        Connection<String> page = window.connection(List.of("a", "b", "c"), 7);
        assertThat(page.nodes()).containsExactly("a", "b");
        assertThat(page.pageInfo().hasNextPage()).isTrue();
        assertThat(page.pageInfo().hasPreviousPage()).isFalse();
        assertThat(page.totalCount()).isEqualTo(7);
    }

    @Test
    void theEndCursorOfOnePageStartsTheNext() {
        Connection<String> first = Paging.window(2, null, "ID_ASC").connection(List.of("a", "b", "c"), null);
        Paging.Window next = Paging.window(2, first.pageInfo().endCursor(), "ID_ASC");
        assertThat(next.offset()).isEqualTo(2);
        Connection<String> second = next.connection(List.of("c"), null);
        assertThat(second.pageInfo().hasNextPage()).isFalse();
        assertThat(second.pageInfo().hasPreviousPage()).isTrue();
        assertThat(second.edges().get(0).cursor()).isEqualTo(Paging.cursor("ID_ASC", 3));
    }

    @Test
    void omittedFirstMeansTheDefaultPageSize() {
        assertThat(Paging.window(null, null, "ID_ASC").size()).isEqualTo(Paging.DEFAULT_PAGE_SIZE);
    }

    @Test
    void pageSizesOutsideZeroToTheMaximumAreBadInput() {
        assertThatThrownBy(() -> Paging.window(Paging.MAX_PAGE_SIZE + 1, null, "ID_ASC"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ApiError.BAD_USER_INPUT));
        assertThatThrownBy(() -> Paging.window(-5, null, "ID_ASC"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ApiError.BAD_USER_INPUT));
        assertThat(Paging.window(0, null, "ID_ASC").size()).isZero();
    }

    @Test
    void cursorsOfAnotherOrderOrOfNothingAreBadInput() {
        String byName = Paging.cursor("NAME_ASC", 4);
        assertThatThrownBy(() -> Paging.window(5, byName, "ID_ASC")).hasMessageContaining("another order");
        assertThatThrownBy(() -> Paging.window(5, "%%%", "ID_ASC")).hasMessageContaining("is not a cursor");
        assertThatThrownBy(() -> Paging.window(5, Paging.cursor("ID_ASC", 0).replace('A', '-'), "ID_ASC"))
                .isInstanceOf(ApiException.class);
    }
}
